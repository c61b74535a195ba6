namespace RufaBot.Escalation.Outbox;

/// <summary>A person has no chat with RufaBot and none could be opened (the app is not installed for them).</summary>
internal sealed class UnreachableException(string failure) : Exception($"The recipient cannot be reached: {failure}.")
{
    public string Failure { get; } = failure;
}
