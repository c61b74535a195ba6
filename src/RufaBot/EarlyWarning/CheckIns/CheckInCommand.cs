using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Dialogs;
using RufaBot.Escalation.Outbox;
using RufaBot.Storage;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.EarlyWarning.CheckIns;

/// <summary>
/// The reporter's answer to a check-in. Only the concern's own reporter may answer (their keyed link is checked). A
/// yes asks for consent, and with it the configured ethics channel is told who to contact about which reference;
/// never anyone who holds the concern, since they may be the ones implicated. Every answer is recorded in the trail as
/// a word, without content; "off" stops the check-ins for this concern.
/// </summary>
internal sealed class CheckInCommand(IDbContextFactory<RufaDbContext> contexts, ReporterKeys keys, CheckInCard cards, IOptionsMonitor<EarlyWarningOptions> options,
    FlowCatalog catalog, TimeProvider time) : IChatCommand
{
    public const string EthicsPurpose = "retaliation-ethics";

    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (Parse(turn.Activity) is not { } request)
            return null;
        var locale = turn.Activity.Locale;
        if (turn.Activity.Conversation?.ConversationType is "channel" or "groupChat" || turn.Activity.From?.AadObjectId is not { Length: > 0 } aad)
            return [Replies.Text(catalog.Text("ew.checkin.notYours", locale))];

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var concern = await db.Concerns.Include(c => c.Events).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == request.ConcernId, cancellationToken);
        var link = concern is null ? null : await db.ReporterLinks.AsNoTracking().FirstOrDefaultAsync(l => l.ConcernId == concern.Id, cancellationToken);
        // The same answer whether the concern does not exist or is someone else's.
        if (concern is null || link is null || link.ReporterKey != keys.Reporter(aad, concern.Id))
            return [Replies.Text(catalog.Text("ew.checkin.notYours", locale))];
        var state = await db.Set<CheckInState>().FirstOrDefaultAsync(s => s.ConcernId == concern.Id, cancellationToken);
        if (state is null)
            db.Add(state = new CheckInState { ConcernId = concern.Id });
        var now = time.GetUtcNow();

        if (request.Answer == CheckInCard.Yes)
            return [Replies.Card(cards.AskConsent(concern, locale))];
        var outcome = state.Answer(request.Answer, () => TellEthics(db, concern, link, now));
        state.Pending = null;
        concern.RecordCheckIn(outcome, now);
        await db.SaveChangesAsync(cancellationToken);
        return [Replies.Text(catalog.Text("ew.checkin.thanks." + request.Answer, locale).Replace("{reference}", concern.Reference, StringComparison.Ordinal))];
    }

    // With the reporter's consent: who to contact (the name they gave) and about which reference; nothing of the concern.
    private int TellEthics(RufaDbContext db, Concern concern, ReporterLink link, DateTimeOffset now)
    {
        var holders = concern.Participants.Where(p => p.AadObjectId is not null).Select(p => p.AadObjectId!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ethics = options.CurrentValue.CheckIns.EthicsAadObjectIds.Where(id => !holders.Contains(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var revealed = link.Reveal();
        var text = catalog.Text("ew.checkin.ethics", null).Replace("{reference}", concern.Reference, StringComparison.Ordinal)
            .Replace("{name}", revealed.DisplayName ?? "—", StringComparison.Ordinal);
        foreach (var person in ethics)
            db.Enqueue(OutboxWrites.SendText(OutboxRecipient.Person(person), text, EthicsPurpose, null, now));
        return ethics.Count;
    }

    private static (Guid ConcernId, string Answer)? Parse(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("rufa", out var marker) && marker.ValueKind == JsonValueKind.String && marker.GetString() == CheckInCard.Marker
        && value.TryGetProperty("concern", out var c) && c.ValueKind == JsonValueKind.String && Guid.TryParse(c.GetString(), out var id)
        && value.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.String
        && a.GetString() is CheckInCard.Yes or CheckInCard.No or CheckInCard.Off or CheckInCard.Consent or CheckInCard.NoConsent
            ? (id, a.GetString()!)
            : null;
}
