namespace RufaBot.MyConcerns;

/// <summary>What the reporter asks of "my concerns".</summary>
internal enum MyConcernsVerb
{
    List,
    Open,
    Add,

    /// <summary>Asks to cut the link to one concern: answered with what that means and a confirmation.</summary>
    Forget,

    /// <summary>The confirmed cut.</summary>
    ForgetConfirmed,
}
