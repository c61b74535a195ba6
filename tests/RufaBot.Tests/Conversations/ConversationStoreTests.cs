using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using RufaBot.Conversations;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.State;
using RufaBot.Testing;

namespace RufaBot.Tests.Conversations;

public sealed class ConversationStoreTests(RedisServer redis) : IClassFixture<RedisServer>
{
    public static TheoryData<string> Stores => ["memory", "redis"];

    private ConversationStore Create(string store)
    {
        IDistributedCache cache = store == "redis"
            ? new RedisCache(Options.Create(new RedisCacheOptions { Configuration = redis.ConnectionString, InstanceName = "test:" }))
            : new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        return new ConversationStore(cache, Options.Create(new ConversationOptions()));
    }

    private static ConversationState WithAnswer(ConversationState state, string text)
    {
        var frame = new FlowFrame { FlowId = "sample-feedback", Version = 1, StepId = "topic" };
        frame.Values["otherTopic"] = new TextAnswer(text);
        state.Flow = new FlowState { Stack = [frame], UpdatedAt = DateTimeOffset.UnixEpoch };
        return state;
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task SaveThenLoad_RoundTripsTheDraft(string store)
    {
        var conversations = Create(store);
        var key = "k:" + Guid.NewGuid();
        await conversations.SaveAsync(key, WithAnswer(new ConversationState(), "Soldiers at the market"), CancellationToken.None);

        var loaded = await conversations.LoadAsync(key, CancellationToken.None);

        Assert.Equal(1, loaded.Version);
        Assert.Equal(new TextAnswer("Soldiers at the market"), loaded.Flow!.Stack[0].Values["otherTopic"]);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Save_AfterAnotherTurnSaved_ThrowsConflict_AndKeepsTheOtherAnswer(string store)
    {
        var conversations = Create(store);
        var key = "k:" + Guid.NewGuid();
        await conversations.SaveAsync(key, new ConversationState(), CancellationToken.None);
        var first = await conversations.LoadAsync(key, CancellationToken.None);
        var second = await conversations.LoadAsync(key, CancellationToken.None);

        await conversations.SaveAsync(key, WithAnswer(first, "first answer"), CancellationToken.None);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => conversations.SaveAsync(key, WithAnswer(second, "second answer"), CancellationToken.None));

        var stored = await conversations.LoadAsync(key, CancellationToken.None);
        Assert.Equal(new TextAnswer("first answer"), stored.Flow!.Stack[0].Values["otherTopic"]);
        Assert.Equal(2, stored.Version);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Delete_OfAStaleState_ThrowsConflict(string store)
    {
        var conversations = Create(store);
        var key = "k:" + Guid.NewGuid();
        await conversations.SaveAsync(key, WithAnswer(new ConversationState(), "a"), CancellationToken.None);
        var stale = await conversations.LoadAsync(key, CancellationToken.None);
        var fresh = await conversations.LoadAsync(key, CancellationToken.None);
        await conversations.SaveAsync(key, fresh, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => conversations.DeleteAsync(key, stale, CancellationToken.None));
    }

    [Fact]
    public async Task FullIntakeSizedDraft_StaysUnder8KB()
    {
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var conversations = new ConversationStore(cache, Options.Create(new ConversationOptions()));
        var frame = new FlowFrame { FlowId = "intake", Version = 1, StepId = "consent" };
        frame.Values["what"] = new TextAnswer(new string('x', 1500));
        frame.Values["where"] = new TextAnswer(new string('y', 200));
        frame.Values["country"] = new CountryAnswer("CI");
        frame.Values["when"] = new DateAnswer(new DateOnly(2026, 11, 1), Approximate: true);
        frame.Values["categories"] = new ChoicesAnswer(["killings", "arbitraryDetention", "displacement"]);
        frame.Values["groups"] = new ChoicesAnswer(["women", "children", "displaced"]);
        frame.Values["count"] = new ChoiceAnswer("11-100");
        frame.Values["perpetrator"] = new ChoiceAnswer("militia");
        frame.Values["source"] = new ChoiceAnswer("witness");
        frame.Values["corroboration"] = new ChoiceAnswer("one");
        frame.Values["danger"] = new BoolAnswer(false);
        frame.Values["already"] = new ChoicesAnswer(["nobody"]);
        frame.Values["entity"] = new ChoiceAnswer("unicef");
        frame.Values["files"] = new AttachmentsAnswer([new AttachmentInfo("photo.jpg", "image/jpeg", 123456, "https://contoso.sharepoint.com/sites/x/Shared%20Documents/photo.jpg")]);
        frame.History.AddRange(frame.Values.Keys);
        var key = "k:" + Guid.NewGuid();
        await conversations.SaveAsync(key, new ConversationState { Flow = new FlowState { Stack = [frame], UpdatedAt = DateTimeOffset.UtcNow } }, CancellationToken.None);

        var size = (await cache.GetAsync(key))!.Length;

        Console.WriteLine($"Serialized state of a full intake-sized draft: {size} bytes");
        Assert.True(size <= 8 * 1024, $"state is {size} bytes");
    }
}
