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

    /// <summary>
    /// Takes an answer that ends a check-in (not the first "yes", which asks for consent) and gives the words the
    /// concern's trail records for it, the same from Teams and the web: never the reporter's words, only what happened.
    /// <paramref name="tellEthics"/> passes a consented "yes" on and says how many it reached.
    /// </summary>
    public string Answer(string answer, Func<int> tellEthics)
    {
        switch (answer)
        {
            case CheckInCard.No:
                return "no";
            case CheckInCard.Off:
                Off = true;
                return "off";
            case CheckInCard.NoConsent:
                return "yes, no consent to pass it on";
            default:
                return tellEthics() > 0 ? "yes, sent to the ethics channel" : "yes, no ethics channel configured";
        }
    }
}
