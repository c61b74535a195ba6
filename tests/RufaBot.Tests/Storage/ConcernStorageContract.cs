using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Dialogs.Answers;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.Storage;

/// <summary>
/// What concern storage must guarantee, run against SQLite and against a real PostgreSQL server. Each test gets a
/// fresh database and a host started by the real <c>AddConcerns</c> on its own temp content root.
/// </summary>
public abstract partial class ConcernStorageContract : IAsyncLifetime
{
    // The reporter, as the chat knows them. None of these may ever be readable from the database in clear.
    private const string AadId = "5f1c2a9e-83d4-4b7a-9c1e-6a2f0d9b4e17";
    private const string DisplayName = "Amina Diallo-Kaboré";
    private const string UserId = "29:1qWeRtYuIoPaSdFgHjKlZxCvBnM";
    private const string Upn = "amina_diallo_un_org";
    private const string DutyStation = "Kalemie sub-office";
    private const string OtherAadId = "0b7d3e55-1c2f-4a8e-9d6b-3f4e5a6b7c8d";
    private const string Secret = "SECRET-4711";

    private static readonly string[] Identity = [AadId, AadId.Replace("-", ""), DisplayName, "Diallo", UserId, Upn, DutyStation];

    private readonly string _contentRoot = Directory.CreateTempSubdirectory("rufa-concerns-").FullName;
    private IReadOnlyDictionary<string, string?> _settings = null!;

    private protected ConcernsHost Host { get; private set; } = null!;

    private protected string ContentRoot => _contentRoot;

    /// <summary>Provider and connection string of a database of its own for one test.</summary>
    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings();

    public async Task InitializeAsync()
    {
        _settings = DatabaseSettings();
        Host = await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await AfterTestAsync(_settings);
        try
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned eventually.
        }
    }

    protected virtual Task AfterTestAsync(IReadOnlyDictionary<string, string?> settings) => Task.CompletedTask;

    private protected Task<ConcernsHost> StartHostAsync(Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        return ConcernsHost.StartAsync(_contentRoot, settings, services);
    }

    private static ReporterInfo Reporter(string aadId = AadId) =>
        new(aadId, DisplayName, new ReporterConversation("https://smba.trafficmanager.net/emea/", $"a:1-conv-{UserId}", "72f988bf-tenant"));

    private static string DraftId(string suffix = "1") => $"rufa:conv:{UserId}:raise-concern:{suffix}";

    private static ConcernIntake Intake(string consent)
    {
        var answers = IntakeAnswers.Full(consent);
        answers["dutyStation"] = new TextAnswer(DutyStation);
        answers["attachments"] = new AttachmentsAnswer([new AttachmentInfo($"{DisplayName} market.jpg", "image/jpeg", 48213, $"https://un-my.sharepoint.com/personal/{Upn}/Documents/market.jpg")]);
        return ConcernIntake.From(answers);
    }

    private Task<string> SubmitAsync(string consent = "confidential", string draft = "1", string aadId = AadId) =>
        Host.Concerns.SubmitAsync(Intake(consent), Reporter(aadId), DraftId(draft), CancellationToken.None);

    private async Task<Guid> IdOfAsync(string reference)
    {
        await using var db = Host.NewContext();
        return await db.Concerns.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }

    private async Task<int> RowsAsync()
    {
        await using var db = Host.NewContext();
        return await db.Concerns.CountAsync() + await db.ReporterLinks.CountAsync() + await db.ConcernEvents.CountAsync();
    }

    /// <summary>Applies a focal point's change to the stored concern, as the escalation feature will.</summary>
    private async Task ActAsync(string reference, Action<Concern, ConcernActor, DateTimeOffset> change)
    {
        await using var db = Host.NewContext();
        var concern = await db.Concerns.SingleAsync(c => c.Reference == reference);
        change(concern, new ConcernActor(ConcernRole.EntityFocalPoint, "fp-key"), Host.Time.GetUtcNow());
        await db.SaveChangesAsync();
    }
}
