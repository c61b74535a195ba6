namespace RufaBot.Dialogs.Tests.Harness;

// Loads a broken copy of the dialogs folder and checks the error names file, JSON path and reason.
internal static class LoadFailure
{
    public const string Head = """{ "$schema": "./dialog.schema.json", "id": "broken", "version": 1, "title": "feedback.title", "steps": """;

    public static FlowValidationException Of(Action<DialogFolder> arrange)
    {
        using var folder = DialogFolder.CopyOfRepo();
        arrange(folder);
        return Assert.Throws<FlowValidationException>(folder.Load);
    }

    public static void AssertNames(FlowValidationException e, string file, string path, string reason)
    {
        var error = Assert.Single(e.Errors, x => x.File == file && x.JsonPath == path);
        Assert.Contains(reason, error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{file}: {path}: ", e.Message);
        Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
    }
}
