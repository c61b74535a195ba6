namespace RufaBot.MyConcerns;

/// <summary>What the reporter asks of "my concerns".</summary>
internal enum MyConcernsVerb
{
    List,
    Open,
    Add,
}
