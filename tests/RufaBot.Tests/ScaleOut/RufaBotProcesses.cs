namespace RufaBot.Tests.ScaleOut;

/// <summary>
/// Tests that run several RufaBot processes at once take their turn one class after another: run side by side on a
/// small machine they would starve each other, and a slow reply is not what they are about.
/// </summary>
[CollectionDefinition(nameof(RufaBotProcesses))]
public sealed class RufaBotProcesses;
