namespace RufaBot.Tests.Cli;

/// <summary>
/// Chat mode end to end: the real host built by RufaBotHost, a script typed into it, the transcript it prints.
/// </summary>
public sealed class ChatModeTests
{
    [Fact]
    public async Task Start_WelcomesTheUser_AndHelpListsTheChatCommands()
    {
        var chat = await ChatRun.RunAsync("/help\n/quit\n");

        Assert.Equal(0, chat.ExitCode);
        chat.AssertInOrder("RufaBot: Welcome to RufaBot", "Hello, I am RufaBot.", "/1 Raise a concern   /2 My concerns", "Alex> /help", "/set FIELD VALUE", "/as NAME", "Alex> /quit");
        Assert.DoesNotContain("[warning]", chat.Error);
    }

    [Fact]
    public async Task Feedback_ShowsTheCardAsNumberedFieldsAndButtons_AndAnAnswerLeadsToTheNextQuestion()
    {
        var chat = await ChatRun.RunAsync("feedback\n/set 1 2\n/1\n/quit\n");

        chat.AssertInOrder(
            "Alex> feedback",
            "RufaBot: What is your feedback about?",
            "[field 1: topic] Your answer (required) - choose one",
            "    1. ", "    2. ", "/1 Next   /2 Help",
            "Alex> /set 1 2",
            "  topic = ",
            "Alex> /1",
            "RufaBot: What worked well?",
            "[field 1: liked]");
    }

    [Fact]
    public async Task ShowMore_OnAnAnswer_ShowsTheOtherPassages_AndShowLessHidesThem()
    {
        var chat = await ChatRun.RunAsync("what must I do if I see a violation?\n/1\n/1\n/quit\n");

        chat.AssertInOrder("/1 Show more", "Alex> /1", "Confidentiality and anonymity", "[2] RufaBot guidance", "/1 Show less", "Alex> /1", "/1 Show more", "Alex> /quit");
        Assert.DoesNotContain("cannot press", chat.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressingSubmit_AsksForARequiredFieldLeftEmpty()
    {
        var chat = await ChatRun.RunAsync("feedback\n/1\n4\n/quit\n");

        chat.AssertInOrder("Alex> /1", "  topic (Your answer)> 4", "RufaBot: What is it about?");
    }

    [Fact]
    public async Task TypedAnswers_AndButtonsWithoutInputs_WorkAsInTeams()
    {
        var chat = await ChatRun.RunAsync("feedback\nSomething else\n/3\n/1\n/quit\n");

        chat.AssertInOrder("Alex> Something else", "RufaBot: What is it about?", "/1 Next   /2 Help   /3 Back", "Alex> /3", "RufaBot: What is your feedback about?");
    }

    [Fact]
    public async Task As_SwitchesToAnotherPersonsOwnPrivateChat_AndBack()
    {
        var chat = await ChatRun.RunAsync("feedback\n/as Sam Focal\nhelp\n/as\n/as Alex\n/set topic 4\n/1\n/quit\n");

        chat.AssertInOrder(
            "Alex> feedback", "What is your feedback about?",
            "Alex> /as Sam Focal", "You are now Sam Focal (29:chat-sam-focal)", "RufaBot: Welcome to RufaBot", "Hello, I am RufaBot.",
            "Sam Focal> help", "RufaBot: Here is what I can do",
            "Sam Focal> /as", "conversation a:chat-sam-focal",
            "Alex> /set topic 4",
            "Alex> /1", "RufaBot: What is it about?");
    }

    [Fact]
    public async Task Mistakes_AreExplained_NotSent()
    {
        // The welcome card has buttons but no fields.
        var chat = await ChatRun.RunAsync("/9\n/set 1 2\n/frobnicate\nfeedback\n/set 1 9\n/set 7 1\n/9\n/quit\n");

        chat.AssertInOrder(
            "Press a button from /1 to /5.",
            "There is no card with fields in this chat.",
            "Unknown command /frobnicate.",
            "Alex> /set 1 9", "Not set: '9' is not one of the choices 1-4.",
            "Alex> /set 7 1", "No field 7; this card has 1 (topic).",
            "Alex> /9", "Press a button from /1 to /3.");
    }

    [Fact]
    public async Task AScriptFasterThanAPerson_IsNotRateLimited()
    {
        // Past the per-user limit of 30 messages a minute.
        var chat = await ChatRun.RunAsync(string.Concat(Enumerable.Repeat("help\n", 40)) + "/quit\n");

        Assert.Equal(40, chat.Output.Split("Here is what I can do").Length - 1);
        Assert.DoesNotContain("faster than I can take them", chat.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndOfInput_EndsTheSession()
    {
        var chat = await ChatRun.RunAsync("help\n");

        Assert.Equal(0, chat.ExitCode);
        chat.AssertInOrder("Alex> help", "Here is what I can do", "Alex> ");
    }

    [Fact]
    public async Task AHostThatCannotStart_IsReportedWithTheReason()
    {
        var chat = await ChatRun.RunAsync("/quit\n", "--Conversations:DraftIdleTimeout=-00:01:00");

        Assert.Equal(1, chat.ExitCode);
        Assert.Contains("RufaBot did not start", chat.Error);
        Assert.Contains("DraftIdleTimeout", chat.Error);
    }
}
