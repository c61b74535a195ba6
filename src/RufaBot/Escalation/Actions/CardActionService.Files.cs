using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Outbox;
using RufaBot.Storage;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// "Get the files": download links for the reporter's files, for whoever may read the concern's content (the rule of
/// the card's content, not of its buttons: a colleague who reads the concern may read its files). The links are the
/// card's message, for this person only; the downloads themselves are recorded (<see cref="Files.FileDownloads"/>).
/// </summary>
internal sealed partial class CardActionService
{
    private async Task<CardActionOutcome> FileLinksAsync(RufaDbContext db, Concern concern, CardViewer viewer, DateTimeOffset now, CancellationToken ct)
    {
        if (!viewer.SeesContent || viewer.Key is not { } key)
        {
            Log.CardActionRefused(logger, concern.Id, EscalationVerbs.FileLinks, "no_content");
            EscalationTelemetry.Refused("no_content");
            return await Outcome(concern, viewer, now, "esc.msg.filesRefused", [], ct);
        }
        var files = await db.ConcernFiles.AsNoTracking().Where(f => f.ConcernId == concern.Id).OrderBy(f => f.Number)
            .Select(f => new { f.Id, f.Name, f.Size }).ToListAsync(ct);
        if (files.Count == 0)
            return await Outcome(concern, viewer, now, "esc.msg.noFiles", [], ct);
        var lines = files.Select(f => $"- [{f.Name}]({links.Url(f.Id, key)}) ({Kilobytes(f.Size)} KB)");
        Files.Log.LinksGiven(logger, concern.Id, viewer.Role, files.Count);
        return await Outcome(concern, viewer, now, "esc.msg.fileLinks",
            [("links", string.Join("\n", lines)), ("minutes", ((int)links.Lifetime.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture))], ct);
    }

    private static string Kilobytes(long bytes) => Math.Max(1, (bytes + 1023) / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
