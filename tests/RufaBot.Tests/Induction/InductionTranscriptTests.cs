using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Induction;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Induction;

/// <summary>The introduction ("induction") through the real host: every section, feedback on each answer, the score recorded.</summary>
public sealed class InductionTranscriptTests : RunningBot
{
    private const string User = "aad-reporter";

    private InductionRecords Records => App.Services.GetRequiredService<InductionRecords>();

    [Fact]
    public async Task FullInduction_GivesFeedbackOnEachAnswer_AndRecordsTheScore()
    {
        var t = await InductionWalk.StartAsync(new Transcript(Bot, Connector), "  undp  ");
        await InductionWalk.AnswerAllAsync(t, true, false, true, true, false, true);

        t.AssertReply("You have completed RufaBot's introduction to Human Rights up Front: 4/6 correct answers").AssertReply("recorded for undp on")
            .AssertReply("This introduction is not the mandatory human rights induction of the Detailed Action Plan (items 2.2 and 2.3)");
        var record = await Records.LatestAsync(User, default);
        Assert.NotNull(record);
        Assert.Equal((4, 6, "undp", "UNDP", "Alex"), (record!.Correct, record.Questions, record.Entity, record.EntityKey, record.DisplayName));
        Assert.Equal(DateTimeOffset.UtcNow.Date, record.CompletedAt.UtcDateTime.Date);
    }

    [Fact]
    public async Task TypedAnswers_AreScoredLikeCardAnswers_AndAWrongAnswerNamesTheRightOne()
    {
        var t = await InductionWalk.StartAsync(new Transcript(Bot, Connector));
        (await t.Send("A model of early action")).AssertReply("Not quite. The Panel called it a \"systemic failure\"");
        (await t.Send("3")).AssertReply("Right. Pledge 3: \"when national authorities are unable or unwilling to respond\"");
        (await t.Send("nonsense answer")).AssertReply("could not match that to an option").AssertReply("Does Human Rights up Front apply to you?");
    }

    [Fact]
    public async Task Entity_WithCharactersANameDoesNotHave_IsAskedAgain()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("induction");
        (await t.Send("=cmd|' /C calc'!A0")).AssertReply("Please type the name or acronym of your entity").AssertNoReplyContains("1 of 6");
    }

    [Fact]
    public async Task StartingAgainAfterCompletion_ShowsThePreviousScore_AndTakeItAgainRecordsASecondCompletion()
    {
        var t = await InductionWalk.StartAsync(new Transcript(Bot, Connector));
        await InductionWalk.AnswerAllAsync(t, false, false, true, true, true, true);

        await t.Send("induction");
        t.AssertReply("You completed RufaBot's introduction to Human Rights up Front on").AssertReply("with 4/6 correct answers (UNDP). Would you like to take it again?");
        var card = t.LastCard();
        Assert.Equal(["Take it again", "My responsibilities"], card["actions"]!.AsArray().Select(a => (string?)a!["title"]));
        var again = (string)card["actions"]![0]!["data"]!["say"]!;
        Assert.Equal("say", (string?)card["actions"]![0]!["data"]!["rufa"]);

        await InductionWalk.StartAsync(t, "UNDP", words: again);
        await InductionWalk.AnswerAllAsync(t, true, true, true, true, true, true);
        t.AssertReply("6/6 correct answers");

        (await t.Send("my induction")).AssertReply("You completed RufaBot's introduction to Human Rights up Front on").AssertReply("with 6/6 correct answers (UNDP)")
            .AssertReply("not the mandatory human rights induction");
        Assert.Equal([4, 6], (await Records.ForEntityAsync("undp", default)).Select(r => r.Correct));
    }

    [Fact]
    public async Task MyInduction_BeforeAnyCompletion_SaysHowToStart()
    {
        var t = new Transcript(Bot, Connector);
        (await t.Send("my induction")).AssertReply("You have not completed RufaBot's introduction to Human Rights up Front yet. Say \"induction\"");
    }

    [Theory]
    [InlineData("groupChat", "induction")]
    [InlineData("channel", "take the induction again")]
    [InlineData("groupChat", "my induction")]
    public async Task InSharedScopes_TheInductionPointsToThePrivateChat(string scope, string text)
    {
        var t = new Transcript(Bot, Connector);
        await t.Post(new JsonObject
        {
            ["text"] = text,
            ["conversation"] = new JsonObject { ["id"] = t.ConversationId, ["conversationType"] = scope, ["isGroup"] = true, ["tenantId"] = "tenant-1" },
        });
        t.AssertReply("The introduction to Human Rights up Front is personal learning: open a private chat with me").AssertNoReplyContains("Welcome to");
    }

    [Fact]
    public async Task InFrench_TheInductionSpeaksFrench()
    {
        var t = new Transcript(Bot, Connector, locale: "fr-FR");
        (await t.Send("induction")).AssertReply("Bienvenue dans l'introduction de RufaBot à l'initiative « Les droits de l'homme avant tout »").AssertReply("pour quelle entité");
        (await t.Send("PNUD")).AssertReply("1 sur 6 - Pourquoi l'initiative « Les droits de l'homme avant tout » existe");
        (await t.Answer("quizWhy", "systemic")).AssertReply("Exact.").AssertReply("2 sur 6 - Les sept engagements");
    }
}

/// <summary>An organisation that counts the introduction as (part of) its mandatory induction says so, and the user is told.</summary>
public sealed class InductionCountedTests : RunningBot
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Induction:CountsAsMandatoryInduction"] = "true",
    };

    [Fact]
    public async Task WhenConfigured_TheCompletionSaysItCountsAsTheMandatoryInduction()
    {
        var t = await InductionWalk.StartAsync(new Transcript(Bot, Connector));
        await InductionWalk.AnswerAllAsync(t, true, true, true, true, true, true);
        t.AssertReply("Your organisation counts this introduction as part of its mandatory human rights induction").AssertNoReplyContains("is not the mandatory");
    }
}
