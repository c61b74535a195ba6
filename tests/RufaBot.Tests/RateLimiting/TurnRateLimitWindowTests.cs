using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.RateLimiting;

/// <summary>Once the window has passed, the refused message can be sent again and the dialog goes on where it was.</summary>
public sealed class TurnRateLimitWindowTests : LimitedBot
{
    protected override IReadOnlyDictionary<string, string?> Limits => new Dictionary<string, string?>
    {
        ["RateLimiting:PerConversation:PermitLimit"] = "2",
        ["RateLimiting:PerConversation:Window"] = "00:00:01",
    };

    [Fact]
    public async Task AfterTheWindow_TheResentAnswer_ContinuesTheDialogWhereItWas()
    {
        var t = new Transcript(Bot, Connector);
        (await t.Send("feedback")).AssertReply("What is your feedback about?");
        (await t.Answer("topic", "other")).AssertReply("What is it about?");
        (await t.Send("the intranet page")).AssertReply(TurnRateLimitTests.Notice);

        Clock.Advance(TimeSpan.FromSeconds(1.5));

        (await t.Send("the intranet page")).AssertReply("What worked well?").AssertNoReplyContains(TurnRateLimitTests.Notice);
    }
}
