using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Web.Files;

/// <summary>A download link works for its lifetime under the app's clock, and then never again; a new one can be asked for.</summary>
public sealed class FileLinkExpiryTests : EscalationBot
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["FileLinks:Lifetime"] = "00:05:00",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public async Task ALink_WorksForItsLifetime_ThenIsRefused_AndANewOneWorks()
    {
        var stored = await Concerns.CompleteIntakeAsync(ConcernIntake.From(IntakeAnswers.Full("unlinked")),
            new ReporterInfo("web-door:test", null, null), Guid.NewGuid().ToString("N"), CancellationToken.None);
        var (status, _) = await FileUpload.PostAsync(Bot, stored.Reference, stored.Passphrase!, "", ("n.txt", "Plain words."u8.ToArray(), "text/plain"));
        Assert.Equal(HttpStatusCode.OK, status);
        var (_, body) = await PressAsync(Fp1, "fileLinks", await LoadAsync(stored.Reference));
        Assert.Contains("valid for 5 minutes", body.ToJsonString(), StringComparison.Ordinal);
        var link = Assert.Single(FileUpload.Links(body.ToJsonString())).Url;

        _clock.Advance(TimeSpan.FromMinutes(4));
        using (var early = await Bot.GetAsync(link))
            Assert.Equal("Plain words.", await early.Content.ReadAsStringAsync());

        _clock.Advance(TimeSpan.FromMinutes(2));
        using (var late = await Bot.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
            Assert.Contains("not valid or has expired", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fresh = Assert.Single(FileUpload.Links((await PressAsync(Fp1, "fileLinks", await LoadAsync(stored.Reference))).Body.ToJsonString())).Url;
        using var again = await Bot.GetAsync(fresh);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await LoadAsync(stored.Reference)).Events.Count(e => e.Kind == ConcernEventKind.FileDownloaded));
    }

    private async Task<Concern> LoadAsync(string reference)
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Reference == reference);
    }
}
