namespace RufaBot.Conversations;

/// <summary>Another turn saved this conversation's state after we loaded it; reload and run the turn again.</summary>
internal sealed class ConcurrencyConflictException(string message) : Exception(message);
