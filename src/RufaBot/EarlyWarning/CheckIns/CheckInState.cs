namespace RufaBot.EarlyWarning.CheckIns;

/// <summary>
/// Where a concern's check-ins against retaliation stand: how many of the after-submission and after-close check-ins
/// were sent, the one awaiting an answer, and whether the reporter turned them off. Nothing of the answers' content.
/// </summary>
internal sealed class CheckInState
{
    public Guid ConcernId { get; init; }

    public int SubmissionSent { get; set; }

    public int CloseSent { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }

    /// <summary>The check-in awaiting an answer ("submission:30", "close:90"), or null.</summary>
    public string? Pending { get; set; }

    public bool Off { get; set; }
}
