namespace BotProtocol;

/// <summary>Supplies the bot's outbound bearer token (client credentials or managed identity).</summary>
public interface IBotTokenProvider
{
    /// <summary>The token, or null when the bot has no app id (local development: calls go without a bearer).</summary>
    ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
