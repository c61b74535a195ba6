using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Web;

/// <summary>
/// Wrong passphrases are limited per reference, under the app's clock: after the configured number the reference is
/// locked, even for the right passphrase, until the lock passes; other references are untouched.
/// </summary>
public sealed class WebFollowUpLockTests : EscalationBot
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["WebDoor:FailuresBeforeLock"] = "3",
        ["WebDoor:LockFor"] = "00:30:00",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public async Task WrongPassphrases_LockTheReference_UntilTheLockPasses()
    {
        var (reference, passphrase) = await UnlinkedAsync();
        var (other, otherPassphrase) = await UnlinkedAsync();
        var door = new DoorBrowser(Bot);

        for (var i = 1; i <= 2; i++)
        {
            await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", FollowUpPassphrase.New()));
            Assert.Equal(HttpStatusCode.BadRequest, door.Status);
            Assert.Contains("do not match a concern", door.Html, StringComparison.Ordinal);
        }
        await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", FollowUpPassphrase.New()));
        Assert.Equal(HttpStatusCode.TooManyRequests, door.Status);
        Assert.Contains("Try again in 30 minutes", door.Html, StringComparison.Ordinal);

        await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", passphrase));
        Assert.Equal(HttpStatusCode.TooManyRequests, door.Status);
        await door.PostAsync("/follow-up", ("reference", other), ("passphrase", otherPassphrase));
        Assert.Equal(HttpStatusCode.OK, door.Status);

        _clock.Advance(TimeSpan.FromMinutes(31));
        await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", passphrase));
        Assert.Equal(HttpStatusCode.OK, door.Status);
        Assert.Contains(reference, door.Html, StringComparison.Ordinal);
    }

    private async Task<(string Reference, string Passphrase)> UnlinkedAsync()
    {
        var stored = await Concerns.CompleteIntakeAsync(ConcernIntake.From(IntakeAnswers.Full("unlinked")),
            new ReporterInfo("web-door:test", null, null), Guid.NewGuid().ToString("N"), CancellationToken.None);
        return (stored.Reference, stored.Passphrase!);
    }
}
