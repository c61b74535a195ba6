namespace BotProtocol.Redis;

/// <summary>
/// Where the shared turn coordination keeps its keys. The defaults are neutral; an application with keys already in a
/// deployed Redis keeps its own prefixes here, so instances of the old and new build still exclude each other.
/// </summary>
public sealed class RedisTurnCoordinationOptions
{
    /// <summary>Put before the conversation id of a turn lock.</summary>
    public string LockKeyPrefix { get; set; } = "bot:lock:";
    /// <summary>Put before <c>{conversationId}:{activityId}</c> of a delivered activity.</summary>
    public string SeenKeyPrefix { get; set; } = "bot:seen:";
}
