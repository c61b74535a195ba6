namespace RufaBot.Concerns.Files;

/// <summary>
/// The files sent would take the concern past its limit; nothing was stored. <see cref="Left"/> is how many more it
/// can take, counted in the same transaction as the refusal, so two posts at once cannot pass the limit together.
/// </summary>
internal sealed class ConcernFileLimitException(int left)
    : InvalidOperationException($"The concern can take {left} more file(s).")
{
    public int Left => left;
}
