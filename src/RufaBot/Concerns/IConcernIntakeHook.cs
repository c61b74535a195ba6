using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// A feature's look at a concern whose intake was just stored (submitted, or the details of an emergency completed),
/// after routing and inside the same unit of work, so what it adds is saved with the concern or not at all. Every
/// registered hook is called; the early-warning feature registers the related-concerns check.
/// </summary>
internal interface IConcernIntakeHook
{
    Task IntakeStoredAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct);
}
