using System.Text.Json;
using RufaBot.Knowledge.Feedback;

namespace RufaBot.Tests.Knowledge;

public sealed class FeedbackTests
{
    private const string AnswerId = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Store_RecordsVotes_AndALaterVoteReplacesTheEarlierOne()
    {
        var store = new InMemoryAnswerFeedbackStore();
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        await store.RecordAsync(AnswerId, "user-a", helpful: true, at, CancellationToken.None);
        await store.RecordAsync(AnswerId, "user-b", helpful: true, at.AddMinutes(1), CancellationToken.None);
        await store.RecordAsync(AnswerId, "user-a", helpful: false, at.AddMinutes(2), CancellationToken.None);

        Assert.Equal([("user-b", true), ("user-a", false)], store.All.Select(v => (v.UserKey, v.Helpful)));
    }

    [Fact]
    public async Task Store_IsBounded()
    {
        var store = new InMemoryAnswerFeedbackStore();
        var at = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < InMemoryAnswerFeedbackStore.Capacity + 5; i++)
            await store.RecordAsync(AnswerId, $"user-{i}", true, at.AddSeconds(i), CancellationToken.None);
        Assert.Equal(InMemoryAnswerFeedbackStore.Capacity, store.All.Count);
        Assert.Equal("user-5", store.All[0].UserKey);
    }

    [Fact]
    public void Submission_IsReadFromTheCardData()
    {
        var value = JsonDocument.Parse($$"""{"rufa":"feedback","answerId":"{{AnswerId}}","helpful":false}""").RootElement;
        Assert.True(FeedbackSubmission.TryRead(value, out var id, out var helpful));
        Assert.Equal(AnswerId, id);
        Assert.False(helpful);
    }

    [Theory]
    [InlineData("""{"rufa":"other","answerId":"0123456789abcdef0123456789abcdef","helpful":true}""")]
    [InlineData("""{"rufa":"feedback","answerId":"../../etc/passwd","helpful":true}""")]
    [InlineData("""{"rufa":"feedback","answerId":"0123456789abcdef0123456789abcdef","helpful":"yes"}""")]
    [InlineData("""{"rufa":"feedback","helpful":true}""")]
    [InlineData("""["feedback"]""")]
    public void Submission_WithAnyOtherShape_IsRefused(string json) =>
        Assert.False(FeedbackSubmission.TryRead(JsonDocument.Parse(json).RootElement, out _, out _));
}
