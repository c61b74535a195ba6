using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

public sealed class InvalidInputTests
{
    [Theory]
    [InlineData("topic", "9", "could not match that to an option")]
    [InlineData("otherTopic", "ab", "at least 3 characters")]
    [InlineData("liked", "1, 2, 3, 4", "at most 3")]
    [InlineData("lastUsed", "the other day maybe", "could not read that as a date")]
    [InlineData("lastUsed", "2025-12-01", "in the future")]
    [InlineData("dutyStation", "Narnia", "do not know that country")]
    [InlineData("rating", "four", "type a number")]
    [InlineData("rating", "4.5", "whole number")]
    [InlineData("rating", "9", "at most 5")]
    [InlineData("rating", "0", "at least 1")]
    [InlineData("screenshots", "here it is", "attach a file")]
    [InlineData("reference", "12345", "two letters, a dash and four digits")]
    [InlineData("wantsContact", "perhaps", "yes or no")]
    [InlineData("name", "  ", "An answer is needed")]
    [InlineData("email", "amina at un", "does not look like an email")]
    public void InvalidAnswer_IsRepromptedWithItsReason(string step, string input, string reason)
    {
        var t = SampleAnswers.Sample();
        if (step == "otherTopic") t.Send("other");
        t.AnswerUntil(step).Send(input).Asks(step).Error(reason).Status(FlowStatus.Waiting);

        Assert.Equal(1, t.Prompt.Tries);
        Assert.Null(t.Prompt.Offer);
    }

    [Fact]
    public void TooManyFiles_AreRefused()
    {
        var file = new Answers.AttachmentInfo("a.png", "image/png");
        SampleAnswers.Sample().AnswerUntil("screenshots").SendFiles(file, file, file, file)
            .Asks("screenshots").Error("at most 3");
    }

    [Fact]
    public void ThreeFailures_OnRequiredStep_OfferHelpAndCancelButNotSkip()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating")
            .Send("lots").Send("many");
        Assert.Null(t.Prompt.Offer);

        t.Send("loads").Asks("rating").Reply("Type help for an explanation, or cancel to stop");
        Assert.Equal(3, t.Prompt.Tries);
        Assert.DoesNotContain(t.Prompt.Actions, a => a.Command == FlowCommand.Skip);
        Assert.Contains(t.Prompt.Actions, a => a.Command == FlowCommand.Help);
        Assert.Contains(t.Prompt.Actions, a => a.Command == FlowCommand.Cancel);

        t.Send("skip").Asks("rating").Error("cannot be skipped");
        t.Send("help").Reply("Type a number using digits").Asks("rating");
        t.Send("4").Asks("screenshots");
        Assert.Equal(0, t.Prompt.Tries);
    }

    [Fact]
    public void ThreeFailures_OnOptionalStep_OfferSkip()
    {
        var t = SampleAnswers.Sample().AnswerUntil("reference")
            .Send("x").Send("y").Send("z")
            .Reply("skip to leave it blank");
        Assert.Contains(t.Prompt.Actions, a => a.Command == FlowCommand.Skip && a.Label == "Skip");

        t.Command(FlowCommand.Skip).Asks(PromptKind.Confirm, "wantsContact");
    }
}
