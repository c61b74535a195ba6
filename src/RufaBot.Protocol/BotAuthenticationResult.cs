using System.Security.Claims;

namespace BotProtocol;

/// <summary>The outcome of checking an inbound request's token.</summary>
/// <param name="Succeeded">True when the request may be processed.</param>
/// <param name="Identity">The validated identity; an anonymous one in local development.</param>
/// <param name="Path">Which validation path was used: <c>channel</c>, <c>entra</c>, <c>emulator</c> or <c>anonymous</c>.</param>
/// <param name="FailureReason">Why it failed, for the log only; never returned to the caller.</param>
public sealed record BotAuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? Path, string? FailureReason)
{
    /// <summary>A rejection with a reason for the log.</summary>
    public static BotAuthenticationResult Fail(string reason, string? path = null) => new(false, null, path, reason);
}
