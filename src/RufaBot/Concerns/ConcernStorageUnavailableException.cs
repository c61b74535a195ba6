namespace RufaBot.Concerns;

/// <summary>
/// The concern database could not be reached or failed mid-write; nothing was stored (one transaction per change).
/// The chat should tell the reporter their draft is safe and offer to try again: a retry with the same draft id never
/// creates a second concern.
/// </summary>
internal sealed class ConcernStorageUnavailableException(Exception inner)
    : Exception("The concern database is unavailable; nothing was stored.", inner);
