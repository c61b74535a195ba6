namespace RufaBot.Concerns;

/// <summary>Why a focal point closes a concern (issue 5, point 3); kept in the decision record.</summary>
internal enum CloseOutcome
{
    AdviceGiven,
    NotSubstantiated,
    Duplicate,
    Redirected,
}
