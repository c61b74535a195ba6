namespace RufaBot.Concerns.Assessment;

/// <summary>How far the information can be relied on (source and corroboration), kept apart from severity.</summary>
internal enum Confidence
{
    Low,
    Medium,
    High,
}
