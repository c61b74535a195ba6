using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// Files that parse and match the schema but point at things that are not there.
public sealed class BrokenReferenceTests
{
    [Fact]
    public void MissingStringKey_InOneLanguage_NamesUseAndLanguage()
    {
        var e = LoadFailure.Of(f => f.RemoveString("fr", "feedback.rating"));
        LoadFailure.AssertNames(e, "sample-feedback.dialog.json", "$.steps[7].text", "'feedback.rating' is missing from strings/fr.json");
    }

    [Fact]
    public void MissingEngineString_NamesTheLanguageFile()
    {
        var e = LoadFailure.Of(f => f.RemoveString("fr", "engine.error.date"));
        LoadFailure.AssertNames(e, "strings/fr.json", "$['engine.error.date']", "missing");
    }

    [Fact]
    public void UnknownBranchTarget_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" },
              { "id": "b", "kind": "branch", "cases": [ { "when": { "step": "q", "equals": true }, "goto": "nowhere" } ] },
              { "id": "end", "kind": "end" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[1].cases[0].goto", "'nowhere', which does not exist");
    }

    [Fact]
    public void UnreachableStep_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact", "next": "end" },
              { "id": "lost", "kind": "text", "text": "feedback.otherTopic" },
              { "id": "end", "kind": "end" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[1]", "'lost' is unreachable");
    }

    [Fact]
    public void UnknownCalledDialog_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """[ { "id": "c", "kind": "call", "dialog": "ghost" } ] }"""));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0].dialog", "'ghost', which does not exist");
    }

    [Fact]
    public void CallLoop_IsRefused()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """[ { "id": "c", "kind": "call", "dialog": "broken" } ] }"""));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0].dialog", "calls must not loop");
    }

    [Fact]
    public void ConditionOnUnknownChoice_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """
            [ { "id": "q", "kind": "choice", "text": "feedback.topic", "choices": [ { "id": "x", "text": "feedback.topic.bot" }, { "id": "y", "text": "feedback.topic.other" } ] },
              { "id": "b", "kind": "branch", "cases": [ { "when": { "not": { "step": "q", "in": ["x", "z"] } }, "goto": "end" } ] },
              { "id": "end", "kind": "end" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[1].cases[0].when.not.in[1]", "'z' is not a choice id");
    }

    [Fact]
    public void DuplicateStepId_AndIdNotMatchingFileName_AreBothReported()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", """
            { "$schema": "./dialog.schema.json", "id": "other-name", "version": 1, "title": "feedback.title", "steps":
            [ { "id": "a", "kind": "message", "text": "feedback.intro" }, { "id": "a", "kind": "end" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.id", "must be the file name");
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[1].id", "used twice");
    }

    [Fact]
    public void NewLanguageFile_MissingKeys_IsRefusedUntilComplete()
    {
        var e = LoadFailure.Of(f => f.Write("strings/de.json", """{ "$schema": "../strings.schema.json", "engine.yes": "Ja" }"""));
        Assert.Contains(e.Errors, x => x.File == "sample-feedback.dialog.json" && x.Reason.Contains("strings/de.json", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "strings/de.json" && x.JsonPath == "$['engine.no']");
    }

    [Fact]
    public void NewLanguage_IsAddedByAddingAFile()
    {
        using var folder = DialogFolder.CopyOfRepo();
        var fr = File.ReadAllText(Path.Combine(folder.Path, "strings", "fr.json"));
        folder.Write("strings/es.json", fr.Replace("Sur quoi porte votre avis ?", "¿Sobre qué es su opinión?", StringComparison.Ordinal));
        // A language is all its tables: a feature's own strings/<area>.fr.json needs its Spanish counterpart too.
        foreach (var area in Directory.EnumerateFiles(Path.Combine(folder.Path, "strings"), "*.fr.json"))
            folder.Write("strings/" + Path.GetFileName(area)[..^".fr.json".Length] + ".es.json", File.ReadAllText(area));

        var t = new Transcript(folder.Load(), "es-MX").Begin("sample-feedback").Reply("¿Sobre qué es su opinión?");
        Assert.Equal("es", t.Runner.Catalog.LanguageFor("es-MX"));
    }
}
