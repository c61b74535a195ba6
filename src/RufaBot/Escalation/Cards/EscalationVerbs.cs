namespace RufaBot.Escalation.Cards;

/// <summary>
/// The <c>Action.Execute</c> verbs of the escalation card, and the only data a card carries: <c>rufa</c>, the concern id
/// and the card's version (plus what the user typed). Everything else is looked up again on the server.
/// </summary>
internal static class EscalationVerbs
{
    public const string Marker = "escalation";

    public const string Refresh = "refresh";
    public const string Acknowledge = "acknowledge";
    public const string Ask = "askReporter";
    public const string Escalate = "escalate";
    public const string Refer = "refer";
    public const string Close = "close";
    public const string ConfirmClose = "confirmClose";
    public const string RecordDecision = "recordDecision";
    public const string Reassign = "reassign";
    public const string DeclareConflict = "declareConflict";
    public const string RevealReporter = "revealReporter";

    /// <summary>Download links for the reporter's files: a read, allowed to whoever reads the content, assigned or not.</summary>
    public const string FileLinks = "fileLinks";

    public static readonly IReadOnlyList<string> Actions =
        [Acknowledge, Ask, Escalate, Refer, Close, ConfirmClose, RecordDecision, Reassign, DeclareConflict, RevealReporter];

    /// <summary>The verb for logs: a card's verb is user-controlled, so anything unknown is logged as "unknown".</summary>
    public static string Known(string verb) => verb is Refresh or FileLinks || Actions.Contains(verb) ? verb : "unknown";

    /// <summary>Input ids on the card; each verb reads only its own.</summary>
    public static class Inputs
    {
        public const string Question = "question";
        public const string EscalateReason = "escalateReason";
        public const string ReferTo = "referTo";
        public const string ReferReason = "referReason";
        public const string CloseOutcome = "closeOutcome";
        public const string CloseReason = "closeReason";
        public const string DecisionNote = "decisionNote";
        public const string ReassignTo = "reassignTo";
        public const string RevealReason = "revealReason";
        public const string RevealConfirm = "revealConfirm";
    }
}
