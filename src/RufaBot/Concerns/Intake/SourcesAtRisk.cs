namespace RufaBot.Concerns.Intake;

/// <summary>Q14, step <c>sourcesAtRisk</c>: limits contact with sources and calls for redaction.</summary>
internal enum SourcesAtRisk
{
    Unknown,
    Yes,
    No,
}
