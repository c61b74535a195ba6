using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// A malformed file fails at load, and the message says which file, where, and why.
public sealed class MalformedDialogTests
{
    [Fact]
    public void BadJson_NamesFileAndPosition()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """[ { "id": "a", "kind": "message", "text": "feedback.intro" }, ] }"""));
        Assert.Equal("broken.dialog.json", e.File);
        Assert.Contains("not valid JSON (line 1", e.Reason);
        Assert.Contains("broken.dialog.json: $", e.Message);
    }

    [Fact]
    public void SchemaViolation_NamesThePath()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """
            [ { "id": "a", "kind": "number", "text": "feedback.rating", "min": "one" } ] }
            """));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0].min", "should be \"number\"");
    }

    [Fact]
    public void UnknownKind_IsASchemaViolation()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """[ { "id": "a", "kind": "essay", "text": "feedback.rating" } ] }"""));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0].kind", "kind must be one of message, text");
    }

    [Fact]
    public void MisspeltProperty_IsNotAllowed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """[ { "id": "a", "kind": "text", "text": "feedback.rating", "maxLenght": 3 } ] }"""));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0].maxLenght", "not allowed here");
    }

    [Fact]
    public void MissingRequiredProperty_NamesIt()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """[ { "id": "a", "kind": "choice", "text": "feedback.topic" } ] }"""));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0]", "choices");
    }

    [Fact]
    public void BadPattern_IsNamed()
    {
        var e = LoadFailure.Of(f => f.Write("broken.dialog.json", LoadFailure.Head + """[ { "id": "a", "kind": "text", "text": "feedback.otherTopic", "pattern": "([a-z" } ] }"""));
        LoadFailure.AssertNames(e, "broken.dialog.json", "$.steps[0].pattern", "not a valid regular expression");
    }

    [Fact]
    public void MissingSchemaFile_IsReported()
    {
        var e = LoadFailure.Of(f => f.Delete("dialog.schema.json"));
        LoadFailure.AssertNames(e, "dialog.schema.json", "$", "missing");
    }

    [Fact]
    public void StringTableWithWrongValueType_IsASchemaViolation()
    {
        var e = LoadFailure.Of(f => f.Write("strings/de.json", """{ "engine.yes": 42 }"""));
        Assert.Contains(e.Errors, x => x.File == "strings/de.json" && x.JsonPath == "$['engine.yes']");
    }

    // Commands are matched only against short messages (FlowCatalog.LongestWords), so a longer word could never match.
    [Fact]
    public void WordLongerThanAnyMessageMatched_IsRefused()
    {
        var longWord = new string('a', FlowCatalog.LongestWords + 1);
        var e = LoadFailure.Of(f => f.Write("strings/de.json", $$"""{ "engine.words.cancel": ["{{longWord}}"] }"""));
        LoadFailure.AssertNames(e, "strings/de.json", "$['engine.words.cancel']", $"at most {FlowCatalog.LongestWords} characters");
    }
}
