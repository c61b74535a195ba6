namespace RufaBot.Turns;

/// <summary>
/// Which words start which dialog when no dialog is in progress. The words live in the string tables
/// (<c>host.words.*</c>), so they are translated with everything else.
/// </summary>
internal static class FlowTriggers
{
    public static readonly IReadOnlyList<(string WordsKey, string FlowId)> All =
    [
        ("host.words.raiseConcern", ConcernSubmission.FlowId),
        ("host.words.feedback", "sample-feedback"),
        ("induction.words.start", Induction.InductionFlow.Id),
        ("induction.words.again", Induction.InductionFlow.Id),
    ];
}
