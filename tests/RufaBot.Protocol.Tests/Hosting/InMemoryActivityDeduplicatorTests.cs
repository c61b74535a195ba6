using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using BotProtocol;

namespace BotProtocol.Tests.Hosting;

/// <summary>
/// The in-process re-send check: an activity is a duplicate for at least the whole window after it was first seen,
/// including one seen just before the check rolls over to a new generation, and is forgotten two windows later.
/// </summary>
public sealed class InMemoryActivityDeduplicatorTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryActivityDeduplicator _seen;

    public InMemoryActivityDeduplicatorTests() =>
        _seen = new InMemoryActivityDeduplicator(Options.Create(new BotOptions { DuplicateWindow = Window }), _time);

    [Fact]
    public async Task ResendWithinTheWindow_IsADuplicate()
    {
        Assert.True(await FirstTimeAsync("conv", "a1"));
        _time.Advance(Window - TimeSpan.FromSeconds(1));

        Assert.False(await FirstTimeAsync("conv", "a1"));
    }

    [Fact]
    public async Task SeenJustBeforeANewGeneration_IsStillRememberedAWindowLater()
    {
        Assert.True(await FirstTimeAsync("conv", "early"));
        _time.Advance(Window - TimeSpan.FromSeconds(1));
        Assert.True(await FirstTimeAsync("conv", "late"));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await FirstTimeAsync("conv", "starts-a-generation"));
        _time.Advance(Window - TimeSpan.FromSeconds(3));

        Assert.False(await FirstTimeAsync("conv", "late"));
    }

    [Fact]
    public async Task AfterTwoWindows_TheIdIsForgotten()
    {
        Assert.True(await FirstTimeAsync("conv", "a1"));
        _time.Advance(Window);
        Assert.True(await FirstTimeAsync("conv", "a2"));
        _time.Advance(Window + TimeSpan.FromSeconds(1));

        Assert.True(await FirstTimeAsync("conv", "a1"));
    }

    [Fact]
    public async Task AfterALongQuietSpell_NothingOldIsKept()
    {
        Assert.True(await FirstTimeAsync("conv", "a1"));
        _time.Advance(Window * 3);

        Assert.True(await FirstTimeAsync("conv", "a1"));
    }

    [Fact]
    public async Task ConversationAndIdAreToldApart_WhereverTheBoundaryFalls()
    {
        Assert.True(await FirstTimeAsync("ab", "c"));
        Assert.True(await FirstTimeAsync("a", "bc"));
        Assert.False(await FirstTimeAsync("ab", "c"));
    }

    private Task<bool> FirstTimeAsync(string conversationId, string activityId) =>
        _seen.TryBeginAsync(conversationId, activityId, CancellationToken.None).AsTask();
}
