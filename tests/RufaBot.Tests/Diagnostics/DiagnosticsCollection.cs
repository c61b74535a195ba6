namespace RufaBot.Tests.Diagnostics;

/// <summary>The counters are process-wide: these tests run alone, so no other test's turns move them meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DiagnosticsCollection
{
    public const string Name = "Diagnostics counters";
}
