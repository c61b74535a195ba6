using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Summaries;

// What the loader checks for summaries and labels, and summaries over called dialogs.
public sealed class SummaryLoadingTests
{
    private const string Head = """{ "$schema": "./dialog.schema.json", "id": "broken", "version": 1, "title": "feedback.title", "steps": """;

    [Fact]
    public void ASummaryShowingAnUnknownStep_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" },
              { "id": "s", "kind": "summary", "text": "feedback.intro", "steps": ["q", "ghost"] } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[1].steps[1]", "'ghost', which does not exist");
    }

    [Fact]
    public void ASummaryShowingAMessage_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "hello", "kind": "message", "text": "feedback.intro" },
              { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" },
              { "id": "s", "kind": "summary", "text": "feedback.intro", "steps": ["hello"] } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[2].steps[0]", "shows only question and call steps");
    }

    [Fact]
    public void MoreDetailsStartingAtAMessage_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" },
              { "id": "s", "kind": "summary", "text": "feedback.intro", "more": "hello", "moreLabel": "feedback.intro", "next": "done" },
              { "id": "done", "kind": "end" },
              { "id": "hello", "kind": "message", "text": "feedback.intro", "next": "s" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[1].more", "'more' must name a question step");
    }

    [Fact]
    public void MoreDetailsWithoutALabel_IsRefusedByTheSchema()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" },
              { "id": "s", "kind": "summary", "text": "feedback.intro", "more": "q" } ] }
            """));
        Assert.Contains(e.Errors, p => p.File == "broken.dialog.json" && p.Reason.Contains("moreLabel", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionCountedByTwoStages_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", Head.Replace("\"steps\": ", "\"stages\": [ { \"text\": \"feedback.intro\", \"steps\": [\"q\"] }, { \"text\": \"feedback.intro\", \"steps\": [\"q\", \"hello\"] } ], \"steps\": ", StringComparison.Ordinal) + """
            [ { "id": "hello", "kind": "message", "text": "feedback.intro" },
              { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.stages[1].steps[0]", "already counted by a stage");
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.stages[1].steps[1]", "'hello' is not a question step");
    }

    [Fact]
    public void AStage_CountsItsQuestionsInTheirOwnWords()
    {
        var head = Head.Replace("\"steps\": ", "\"stages\": [ { \"text\": \"concern.progress\", \"steps\": [\"q\", \"r\"] } ], \"steps\": ", StringComparison.Ordinal);
        using var folder = DialogFolder.CopyOfRepo();
        var catalog = folder.Write("counted.dialog.json", head.Replace("\"broken\"", "\"counted\"", StringComparison.Ordinal) + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" },
              { "id": "m", "kind": "message", "text": "feedback.intro" },
              { "id": "r", "kind": "confirm", "text": "feedback.wantsContact" } ] }
            """).Load();
        var t = new Transcript(catalog, "fr").Begin("counted");
        Assert.Equal("Question 1 sur 2", t.Prompt.Progress);
        Assert.Equal("Question 2 sur 2", t.Send("oui").Prompt.Progress);
    }

    [Fact]
    public void ALabelMissingFromALanguage_IsNamed()
    {
        var e = LoadFailure.Of(f => f.RemoveString("fr", "concern.country.label"));
        LoadFailure.AssertNames(e, "raise-concern.dialog.json", "$.steps[12].label", "'concern.country.label' is missing from strings/fr.json");
    }

    [Fact]
    public void ALabelOnAMessage_IsRefusedByTheSchema()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "hello", "kind": "message", "text": "feedback.intro", "label": "feedback.intro" },
              { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0].label", "not allowed");
    }

    [Fact]
    public void ASummaryWithoutText_IsRefusedByTheSchema()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" }, { "id": "s", "kind": "summary" } ] }
            """));
        Assert.Contains(e.Errors, x => x.File == "broken.dialog.json" && x.JsonPath == "$.steps[1]" && x.Reason.Contains("text", StringComparison.Ordinal));
    }

    [Fact]
    public void EngineSummaryStrings_AreRequiredInEveryLanguage()
    {
        var e = LoadFailure.Of(f => f.RemoveString("fr", "engine.words.edit"));
        LoadFailure.AssertNames(e, "strings/fr.json", "$['engine.words.edit']", "missing");
    }

    [Fact]
    public void ACalledDialog_IsShownReadOnly_WithItsAnswers()
    {
        var catalog = ReviewFlow.Load("wrap.dialog.json", """
            { "$schema": "./dialog.schema.json", "id": "wrap", "version": 1, "title": "r.title", "steps": [
              { "id": "topic", "kind": "choice", "text": "r.topic", "label": "r.topic.label",
                "choices": [ { "id": "a", "text": "r.a" }, { "id": "b", "text": "r.b" } ] },
              { "id": "contact", "kind": "call", "dialog": "sample-contact", "label": "r.detail.label" },
              { "id": "review", "kind": "summary", "text": "r.review" } ] }
            """);
        var t = new Transcript(catalog).Begin("wrap").Send("a").Send("Amina").Send("amina@un.org").Asks(PromptKind.Summary, "review");

        var contact = t.Prompt.Items[1];
        Assert.Equal(new SummaryItem("contact", "Detail", "What name should we use?: Amina; Which email address can we write to?: amina@un.org", Editable: false, Answered: true), contact);
        t.Send("edit 2").Error("cannot be changed from here").Send("edit 1").Send("b").Asks("review");
        t.Send("submit").Status(FlowStatus.Complete);
        Assert.Equal(["topic", "contact"], t.Last!.Result!.Path);
    }

    [Fact]
    public void APausingMessage_StopsBeforeTheNextQuestion_AndResumeAsksIt()
    {
        var catalog = ReviewFlow.Load("hold.dialog.json", """
            { "$schema": "./dialog.schema.json", "id": "hold", "version": 1, "title": "r.title", "steps": [
              { "id": "topic", "kind": "choice", "text": "r.topic", "choices": [ { "id": "a", "text": "r.a" }, { "id": "b", "text": "r.b" } ] },
              { "id": "wait", "kind": "message", "text": "r.note", "pause": true },
              { "id": "name", "kind": "text", "text": "r.name" } ] }
            """);
        var t = new Transcript(catalog).Begin("hold").Send("a").Reply("Almost done.");

        Assert.True(t.Last!.Paused);
        Assert.Null(t.Last.Prompt);
        Assert.Equal("name", t.State!.Stack[0].StepId);
        t.Resume().Asks("name").Send("Amina").Status(FlowStatus.Complete);
    }
}
