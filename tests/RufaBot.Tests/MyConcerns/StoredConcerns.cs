using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Storage;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.MyConcerns;

/// <summary>The running bot's concern database, read and changed directly, as a focal point's tools would.</summary>
internal sealed class StoredConcerns(IServiceProvider services)
{
    /// <summary>The directory id the <see cref="Conversations.Transcript"/> user has.</summary>
    public const string Reporter = "aad-reporter";

    public const string SomeoneElse = "aad-someone-else";

    /// <summary>The same user in Web Chat: an id of that channel, never their directory id (see SenderIdentity).</summary>
    public const string WebChatReporter = "webchat:29:reporter";

    private static readonly ConcernActor FocalPoint = new(ConcernRole.EntityFocalPoint, "fp-key");

    public ConcernService Service => services.GetRequiredService<ConcernService>();

    public Task<string> SubmitAsync(string aadId = Reporter, string consent = "confidential") =>
        Service.SubmitAsync(ConcernIntake.From(IntakeAnswers.Full(consent)), new ReporterInfo(aadId, "Someone", null), Guid.NewGuid().ToString("N"), CancellationToken.None);

    public async Task ActAsync(string reference, Action<Concern, ConcernActor, DateTimeOffset> change)
    {
        await using var db = NewContext();
        var concern = await db.Concerns.SingleAsync(c => c.Reference == reference);
        change(concern, FocalPoint, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    public async Task<int> CountAsync()
    {
        await using var db = NewContext();
        return await db.Concerns.CountAsync();
    }

    public async Task<Concern> SingleAsync()
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events).SingleAsync();
    }

    // The test host configures no escalation routing, so every concern also records a routing gap; left out here.
    public async Task<IReadOnlyList<ConcernEventKind>> TrailAsync(string reference)
    {
        await using var db = NewContext();
        return await db.ConcernEvents.Where(e => e.Kind != ConcernEventKind.RoutingGap && db.Concerns.Any(c => c.Id == e.ConcernId && c.Reference == reference))
            .OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
    }

    private RufaDbContext NewContext() => services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();
}
