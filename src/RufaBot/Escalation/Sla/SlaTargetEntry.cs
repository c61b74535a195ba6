namespace RufaBot.Escalation.Sla;

/// <summary>One milestone's deadline: <see cref="Normal"/>, and <see cref="Severe"/> for S3 and S4 (defaults to Normal).</summary>
internal sealed class SlaTargetEntry
{
    public string Normal { get; set; } = "";

    public string? Severe { get; set; }
}
