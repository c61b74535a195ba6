using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;
using RufaBot.Storage;

namespace RufaBot.Escalation.Files;

/// <summary>
/// <c>GET /files/{id}?t=…</c>: a reporter's file for the focal point the link was made for, while the link lasts and
/// while they may still read the concern's content (the card's own rule, <see cref="CardViewer.SeesContent"/>). Always
/// a download (<c>Content-Disposition: attachment</c>) of the type found in the bytes, never sniffed, never run:
/// <c>X-Content-Type-Options: nosniff</c> and <c>Content-Security-Policy: sandbox</c>, not cached. Each download is in
/// the concern's trail (who and when, not what). A forged or expired link is 403 and a file that is gone 404, with no content.
/// </summary>
internal static class FileDownloads
{
    public static async Task<IResult> GetAsync(Guid id, HttpContext context, FileLinks links, IDbContextFactory<RufaDbContext> contexts,
        TimeProvider time, ILogger<FileLinks> logger)
    {
        var ct = context.RequestAborted;
        // The token opens the file for minutes: it goes into no trace an exporter would send on.
        if (context.Features.Get<IHttpActivityFeature>()?.Activity is { } activity)
            foreach (var tag in new[] { "url.query", "url.full", "http.url" }) activity.SetTag(tag, null);
        Secure(context.Response.Headers);
        if (links.Read(id, context.Request.Query["t"]) is not { } claim)
        {
            Log.LinkRefused(logger, "invalid");
            return Results.Text("This download link is not valid or has expired. Ask the card for a new one.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var file = await db.ConcernFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        var concern = file is null ? null : await db.Concerns.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == file.ConcernId && c.PurgedAt == null, ct);
        if (file is null || concern is null)
        {
            Log.LinkRefused(logger, "gone");
            return Results.Text("This file no longer exists.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }
        if (concern.Participant(claim.ActorKey) is not { Conflicted: false } person
            || !new CardViewer(person.Role, concern.IsAssigned(claim.ActorKey), claim.ActorKey).SeesContent)
        {
            Log.LinkRefused(logger, "not_entitled");
            return Results.Text("You can no longer open this concern's files.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }
        concern.RecordFileDownload(new ConcernActor(person.Role, claim.ActorKey), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        Log.Downloaded(logger, concern.Id, person.Role);
        return Results.File(file.Content, file.ContentType, file.Name);
    }

    internal static void Secure(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
    }
}
