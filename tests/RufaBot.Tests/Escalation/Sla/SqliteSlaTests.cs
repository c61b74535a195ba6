namespace RufaBot.Tests.Escalation.Sla;

/// <summary>The SLA ladder on SQLite (in memory).</summary>
public sealed class SqliteSlaTests : SlaContract
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>();
}
