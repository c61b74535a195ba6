using BotProtocol;

namespace RufaBot.Tests.Infrastructure;

/// <summary>The bot's outbound token, fixed, so no test asks Entra for one.</summary>
internal sealed class StaticTokenProvider(string token) : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
}
