using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using RufaBot.Cards;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Input;
using RufaBot.Testing;
using RufaBot.Turns;

namespace RufaBot.Benchmarks;

/// <summary>
/// One dialog prompt turn as the host runs it: load the user's state, let the engine take the answer, render the next
/// question as an Adaptive Card, save the state with its version check. Each invocation answers a question and then
/// goes back, so every turn starts from the same place; figures are per turn.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private const int TurnsPerInvocation = 2;
    private RedisServer? _redis;
    private ConversationStore _store = null!;
    private FlowRunner _runner = null!;
    private FlowReplies _replies = null!;
    private readonly string _key = "bench:" + Guid.NewGuid();

    [Params("memory", "redis")]
    public string State { get; set; } = "memory";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var catalog = FlowLoader.Load(RepoPaths.Combine("dialogs"));
        _runner = new FlowRunner(catalog);
        _replies = new FlowReplies(new PromptCards(catalog, TimeProvider.System), catalog);
        IDistributedCache cache;
        if (State == "redis")
        {
            _redis = new RedisServer();
            await _redis.InitializeAsync();
            cache = new RedisCache(Options.Create(new RedisCacheOptions { ConnectionMultiplexerFactory = () => Task.FromResult(_redis.Multiplexer) }));
        }
        else
        {
            cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        }
        _store = new ConversationStore(cache, Options.Create(new ConversationOptions()));
        var state = new ConversationState { Flow = _runner.Begin("sample-feedback", "en-US", DateTimeOffset.UtcNow).State };
        await _store.SaveAsync(_key, state, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_redis is not null)
            await _redis.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = TurnsPerInvocation)]
    public async Task<int> PromptTurn()
    {
        var size = await TurnAsync(UserInput.FromText("1"));
        return size + await TurnAsync(UserInput.FromCommand(FlowCommand.Back));
    }

    private async Task<int> TurnAsync(UserInput input)
    {
        var state = await _store.LoadAsync(_key, CancellationToken.None);
        var result = _runner.Continue(state.Flow!, input, "en-US", DateTimeOffset.UtcNow);
        var sent = 0;
        foreach (var message in result.Messages)
            sent += _replies.Render(message, "msteams", "en-US").Attachments?.Count ?? 1;
        state.Flow = result.State;
        await _store.SaveAsync(_key, state, CancellationToken.None);
        return sent;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15));
            AddColumn(StatisticColumn.P95, new P99Column());
        }
    }
}
