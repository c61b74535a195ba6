using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Conversations;

/// <summary>
/// Transcripts of the sample dialog through the real host, over HTTP, with replies read from a fake Connector.
/// Runs once with in-memory state and once with a real Redis server (see the subclasses).
/// </summary>
public abstract class DialogTranscriptTests : RunningBot
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    private Transcript NewTranscript(string channelId = "msteams", string locale = "en-US") => new(Bot, Connector, channelId, locale);

    [Fact]
    public async Task SampleFlow_EveryStepKind_RunsToTheEndInTeams()
    {
        var t = NewTranscript();
        (await t.Send("feedback")).AssertReply("Thank you for taking a minute").AssertReply("What is your feedback about?");
        Assert.Equal("expanded", (string?)t.AssertCardInput("topic", "Input.ChoiceSet")["style"]);

        (await t.Answer("topic", "other")).AssertReply("What is it about?");
        t.AssertCardInput("otherTopic", "Input.Text");
        (await t.Send("the intranet page")).AssertReply("What worked well?");
        Assert.True((bool?)t.AssertCardInput("liked", "Input.ChoiceSet")["isMultiSelect"]);
        (await t.Answer("liked", "clarity,speed")).AssertReply("When did you last use it?");
        t.AssertCardInput("lastUsed", "Input.Date");
        (await t.Send("yesterday")).AssertReply("In which country is your duty station?");
        Assert.Equal("filtered", (string?)t.AssertCardInput("dutyStation", "Input.ChoiceSet")["style"]);
        (await t.Send("Ivory Coast")).AssertReply("How would you rate it");
        t.AssertCardInput("rating", "Input.Number");
        (await t.Answer("rating", "4")).AssertReply("You may attach screenshots");
        (await t.Post(new JsonObject
        {
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["name"] = "screen.png", ["contentUrl"] = "https://contoso.sharepoint.com/screen.png" }),
        })).AssertReply("ticket reference");
        (await t.Command("Skip")).AssertReply("May we contact you about your feedback?");
        (await t.Answer("wantsContact", "yes")).AssertReply("What name should we use?");
        (await t.Send("Alex")).AssertReply("Which email address can we write to?");
        (await t.Send("alex@un.org")).AssertReply("Thanks, we have your contact details.").AssertReply("your feedback has been recorded");

        // The draft is gone: a new request starts from the beginning.
        (await t.Send("feedback")).AssertReply("What is your feedback about?");
    }

    [Fact]
    public async Task InvalidInput_IsRepromptedWithTheReason_AndAfterThreeTriesAWayOutIsOffered()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        await t.Answer("topic", "bot");
        await t.Answer("liked", "clarity");
        await t.Send("yesterday");
        await t.Send("France");
        (await t.Send("ten")).AssertReply("How would you rate it").AssertReply("Please type a number using digits");
        (await t.Send("9")).AssertReply("How would you rate it");
        (await t.Send("0")).AssertReply("This one seems hard to answer");
        (await t.Send("5")).AssertReply("You may attach screenshots");
    }

    [Fact]
    public async Task Back_ReturnsToThePreviousQuestion_WithItsAnswerKept()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        (await t.Answer("topic", "training")).AssertReply("What worked well?");
        (await t.Command("Back")).AssertReply("What is your feedback about?");
        Assert.Equal("training", (string?)t.AssertCardInput("topic", "Input.ChoiceSet")["value"]);
    }

    [Fact]
    public async Task Cancel_AsksFirst_ThenDiscardsTheDraft()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        (await t.Send("cancel")).AssertReply("Do you want to stop here?");
        (await t.Send("no")).AssertReply("What is your feedback about?");
        (await t.Send("cancel")).AssertReply("Do you want to stop here?");
        (await t.Answer("$cancel", "yes")).AssertReply("Stopped. Nothing was kept.");
        (await t.Answer("topic", "bot")).AssertReply("There is nothing waiting for an answer");
    }

    [Fact]
    public async Task Help_GivesTheStepsOwnHelp_ThenAsksAgain()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        (await t.Command("Help")).AssertReply("Choose the part of the service").AssertReply("What is your feedback about?");
        (await t.Send("help")).AssertReply("Choose the part of the service");
    }

    [Fact]
    public async Task StartOver_AfterConfirmation_ClearsTheAnswers()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        await t.Answer("topic", "bot");
        (await t.Send("start over")).AssertReply("Start again from the first question?");
        (await t.Send("yes")).AssertReply("What is your feedback about?");
        Assert.Null(t.AssertCardInput("topic", "Input.ChoiceSet")["value"]);
    }

    [Fact]
    public async Task GlobalRequest_PausesTheDialog_AndOffersToResume()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        await t.Answer("topic", "bot");
        (await t.Send("what can you do")).AssertReply("Here is what I can do").AssertReply("Shall we continue");
        (await t.Send("yes")).AssertReply("continue where we left off").AssertReply("What worked well?");
    }

    // In every language: what the person types to start another dialog is never hidden in this one's free-text answer.
    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("fr-FR", "fr")]
    [InlineData("es-ES", "es")]
    [InlineData("ru-RU", "ru")]
    [InlineData("zh-CN", "zh")]
    [InlineData("ar-SA", "ar")]
    public async Task WordsThatStartAnotherDialog_AreNotTakenAsAnAnswer_AndTheDialogCarriesOn(string locale, string language)
    {
        var catalog = App.Services.GetRequiredService<RufaBot.Dialogs.FlowCatalog>();
        string T(string key) => catalog.Text(key, language);
        var words = Languages.StringFiles.Read("", language)!.ToDictionary(p => p.Key, p => p.Value);
        var induction = Languages.StringFiles.Read("welcome", language)!.Single(p => p.Key == "welcome.say.induction").Value.GetString()!;
        var t = NewTranscript(locale: locale);

        await t.Send(words["host.words.feedback"][0].GetString()!);
        (await t.Answer("topic", "other")).AssertReply(T("feedback.otherTopic"));
        (await t.Send(induction)).AssertReply(T("host.finishFirst")).AssertReply(T("engine.confirmResume").Split("{title}")[0])
            .AssertNoReplyContains(T("feedback.liked"));
        (await t.Send(T("engine.yes"))).AssertReply(T("engine.resuming")).AssertReply(T("feedback.otherTopic"));
        (await t.Send("intranet")).AssertReply(T("feedback.liked"));
    }

    [Fact]
    public async Task WordsThatStartAnotherDialog_OnceTheDialogIsStopped_StartIt()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        await t.Answer("topic", "other");
        (await t.Send("raise a concern")).AssertReply("That would start something new").AssertReply("Shall we continue");
        (await t.Send("no")).AssertReply("Stopped");
        (await t.Send("raise a concern")).AssertReply("First, your safety");
    }

    [Fact]
    public async Task StaleCard_IsNotTakenAsTheAnswerToAnotherQuestion()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        await t.Answer("topic", "bot");
        (await t.Answer("topic", "training")).AssertReply("That card belongs to an earlier question").AssertReply("What worked well?");
        (await t.Command("Back")).AssertReply("What is your feedback about?");
        Assert.Equal("bot", (string?)t.AssertCardInput("topic", "Input.ChoiceSet")["value"]);
    }

    [Theory]
    [InlineData("fr-FR", "Sur quoi porte votre avis")]
    [InlineData("fr-CA", "Sur quoi porte votre avis")]
    [InlineData("de-DE", "What is your feedback about?")]
    [InlineData("", "What is your feedback about?")]
    public async Task Locale_PicksTheLanguage_FallingBackToEnglish(string locale, string expected)
    {
        var t = NewTranscript(locale: locale);
        (await t.Send(locale.StartsWith("fr") ? "avis" : "feedback")).AssertReply(expected);
    }

    [Fact]
    public async Task IdleDraft_ExpiresAfterSevenDays_AndTheUserIsToldPlainly()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        Clock.Advance(TimeSpan.FromDays(8));
        (await t.Answer("topic", "bot")).AssertReply("has expired");
        (await t.Send("feedback")).AssertReply("What is your feedback about?");
    }

    [Fact]
    public async Task TwoConcurrentTurns_OnOneConversation_BothAnswersCount()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        // Both say "1": serialised, the first answers the topic and the second the next question.
        await Task.WhenAll(
            Bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["text"] = "1" })),
            Bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["text"] = "1" })));
        await t.Collect();
        t.AssertReply("What worked well?").AssertReply("When did you last use it?");
    }

    [Fact]
    public async Task OtherChannels_GetTextWithSuggestedActions()
    {
        var t = NewTranscript(channelId: "webchat");
        await t.Send("feedback");
        var question = t.LastReplies[^1];
        Assert.Null(question["attachments"]);
        Assert.Contains("1. The chat assistant", (string?)question["text"]);
        var actions = question["suggestedActions"]!["actions"]!.AsArray();
        Assert.Contains(actions, a => (string?)a!["title"] == "Guidance documents" && (string?)a["type"] == "imBack");
        (await t.Send("2")).AssertReply("What worked well?");
    }

    [Fact]
    public async Task TypedAnswers_WorkInTeamsToo()
    {
        var t = NewTranscript();
        await t.Send("feedback");
        (await t.Send("guidance documents")).AssertReply("What worked well?");
        (await t.Send("1, 4")).AssertReply("When did you last use it?");
    }
}

public sealed class InMemoryDialogTranscriptTests : DialogTranscriptTests;

public sealed class RedisDialogTranscriptTests(RufaBot.Testing.RedisServer redis) : DialogTranscriptTests, IClassFixture<RufaBot.Testing.RedisServer>
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString };
}
