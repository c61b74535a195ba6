using BenchmarkDotNet.Running;

namespace RufaBot.Benchmarks;

/// <summary>Each benchmark is its own class in this assembly; pick with --filter, e.g. --filter '*Retrieval*'.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
