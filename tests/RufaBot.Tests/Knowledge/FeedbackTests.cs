using System.Text.Json;
using RufaBot.Knowledge.Feedback;

namespace RufaBot.Tests.Knowledge;

public sealed class FeedbackTests
{
    private const string AnswerId = "0123456789abcdef0123456789abcdef";

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
