using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// A broken dialogs folder fails at load, and the message says which file, where, and why.
public sealed class MalformedDialogTests
{
    private const string Head = """{ "$schema": "./dialog.schema.json", "id": "broken", "version": 1, "title": "feedback.title", "steps": """;

    private static FlowValidationException LoadFails(Action<DialogFolder> arrange)
    {
        using var folder = DialogFolder.CopyOfRepo();
        arrange(folder);
        return Assert.Throws<FlowValidationException>(folder.Load);
    }

    private static void AssertNames(FlowValidationException e, string file, string path, string reason)
    {
        var error = Assert.Single(e.Errors, x => x.File == file && x.JsonPath == path);
        Assert.Contains(reason, error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{file}: {path}: ", e.Message);
        Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BadJson_NamesFileAndPosition()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """[ { "id": "a", "kind": "message", "text": "feedback.intro" }, ] }"""));
        Assert.Equal("broken.dialog.json", e.File);
        Assert.Contains("not valid JSON (line 1", e.Reason);
        Assert.Contains("broken.dialog.json: $", e.Message);
    }

    [Fact]
    public void SchemaViolation_NamesThePath()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "a", "kind": "number", "text": "feedback.rating", "min": "one" } ] }
            """));
        AssertNames(e, "broken.dialog.json", "$.steps[0].min", "should be \"number\"");
    }

    [Fact]
    public void UnknownKind_IsASchemaViolation()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """[ { "id": "a", "kind": "essay", "text": "feedback.rating" } ] }"""));
        AssertNames(e, "broken.dialog.json", "$.steps[0].kind", "kind must be one of message, text");
    }

    [Fact]
    public void MisspeltProperty_IsNotAllowed()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """[ { "id": "a", "kind": "text", "text": "feedback.rating", "maxLenght": 3 } ] }"""));
        AssertNames(e, "broken.dialog.json", "$.steps[0].maxLenght", "not allowed here");
    }

    [Fact]
    public void MissingRequiredProperty_NamesIt()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """[ { "id": "a", "kind": "choice", "text": "feedback.topic" } ] }"""));
        AssertNames(e, "broken.dialog.json", "$.steps[0]", "choices");
    }

    [Fact]
    public void MissingStringKey_InOneLanguage_NamesUseAndLanguage()
    {
        var e = LoadFails(f => f.RemoveString("fr", "feedback.rating"));
        AssertNames(e, "sample-feedback.dialog.json", "$.steps[7].text", "'feedback.rating' is missing from strings/fr.json");
    }

    [Fact]
    public void MissingEngineString_NamesTheLanguageFile()
    {
        var e = LoadFails(f => f.RemoveString("fr", "engine.error.date"));
        AssertNames(e, "strings/fr.json", "$['engine.error.date']", "missing");
    }

    [Fact]
    public void UnknownBranchTarget_IsNamed()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact" },
              { "id": "b", "kind": "branch", "cases": [ { "when": { "step": "q", "equals": true }, "goto": "nowhere" } ] },
              { "id": "end", "kind": "end" } ] }
            """));
        AssertNames(e, "broken.dialog.json", "$.steps[1].cases[0].goto", "'nowhere', which does not exist");
    }

    [Fact]
    public void UnreachableStep_IsNamed()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "q", "kind": "confirm", "text": "feedback.wantsContact", "next": "end" },
              { "id": "lost", "kind": "text", "text": "feedback.otherTopic" },
              { "id": "end", "kind": "end" } ] }
            """));
        AssertNames(e, "broken.dialog.json", "$.steps[1]", "'lost' is unreachable");
    }

    [Fact]
    public void UnknownCalledDialog_IsNamed()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """[ { "id": "c", "kind": "call", "dialog": "ghost" } ] }"""));
        AssertNames(e, "broken.dialog.json", "$.steps[0].dialog", "'ghost', which does not exist");
    }

    [Fact]
    public void CallLoop_IsRefused()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """[ { "id": "c", "kind": "call", "dialog": "broken" } ] }"""));
        AssertNames(e, "broken.dialog.json", "$.steps[0].dialog", "calls must not loop");
    }

    [Fact]
    public void ConditionOnUnknownChoice_IsNamed()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """
            [ { "id": "q", "kind": "choice", "text": "feedback.topic", "choices": [ { "id": "x", "text": "feedback.topic.bot" }, { "id": "y", "text": "feedback.topic.other" } ] },
              { "id": "b", "kind": "branch", "cases": [ { "when": { "not": { "step": "q", "in": ["x", "z"] } }, "goto": "end" } ] },
              { "id": "end", "kind": "end" } ] }
            """));
        AssertNames(e, "broken.dialog.json", "$.steps[1].cases[0].when.not.in[1]", "'z' is not a choice id");
    }

    [Fact]
    public void DuplicateStepId_AndIdNotMatchingFileName_AreBothReported()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", """
            { "$schema": "./dialog.schema.json", "id": "other-name", "version": 1, "title": "feedback.title", "steps":
            [ { "id": "a", "kind": "message", "text": "feedback.intro" }, { "id": "a", "kind": "end" } ] }
            """));
        AssertNames(e, "broken.dialog.json", "$.id", "must be the file name");
        AssertNames(e, "broken.dialog.json", "$.steps[1].id", "used twice");
    }

    [Fact]
    public void BadPattern_IsNamed()
    {
        var e = LoadFails(f => f.Write("broken.dialog.json", Head + """[ { "id": "a", "kind": "text", "text": "feedback.otherTopic", "pattern": "([a-z" } ] }"""));
        AssertNames(e, "broken.dialog.json", "$.steps[0].pattern", "not a valid regular expression");
    }

    [Fact]
    public void MissingSchemaFile_IsReported()
    {
        var e = LoadFails(f => f.Delete("dialog.schema.json"));
        AssertNames(e, "dialog.schema.json", "$", "missing");
    }

    [Fact]
    public void StringTableWithWrongValueType_IsASchemaViolation()
    {
        var e = LoadFails(f => f.Write("strings/de.json", """{ "engine.yes": 42 }"""));
        Assert.Contains(e.Errors, x => x.File == "strings/de.json" && x.JsonPath == "$['engine.yes']");
    }

    [Fact]
    public void NewLanguageFile_MissingKeys_IsRefusedUntilComplete()
    {
        var e = LoadFails(f => f.Write("strings/de.json", """{ "$schema": "../strings.schema.json", "engine.yes": "Ja" }"""));
        Assert.Contains(e.Errors, x => x.File == "sample-feedback.dialog.json" && x.Reason.Contains("strings/de.json", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.File == "strings/de.json" && x.JsonPath == "$['engine.no']");
    }

    [Fact]
    public void NewLanguage_IsAddedByAddingAFile()
    {
        using var folder = DialogFolder.CopyOfRepo();
        var fr = File.ReadAllText(Path.Combine(folder.Path, "strings", "fr.json"));
        folder.Write("strings/es.json", fr.Replace("Sur quoi porte votre avis ?", "¿Sobre qué es su opinión?", StringComparison.Ordinal));

        var t = new Transcript(folder.Load(), "es-MX").Begin("sample-feedback").Reply("¿Sobre qué es su opinión?");
        Assert.Equal("es", t.Runner.Catalog.LanguageFor("es-MX"));
    }
}
