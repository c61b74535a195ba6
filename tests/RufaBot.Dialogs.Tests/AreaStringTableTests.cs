using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// A feature may keep its texts in strings/<area>.<language>.json beside the main table of the language.
public sealed class AreaStringTableTests
{
    [Fact]
    public void AreaTable_IsMergedIntoItsLanguage_AndFallsBackToEnglish()
    {
        using var folder = DialogFolder.CopyOfRepo()
            .Write("strings/area-test.en.json", """{ "areaTest.greeting": "Hello from an area table", "areaTest.words": ["alpha", "beta"] }""")
            .Write("strings/area-test.fr.json", """{ "areaTest.words": ["alpha", "bêta"] }""");

        var catalog = folder.Load();

        Assert.Equal("Hello from an area table", catalog.Text("areaTest.greeting", "en-US"));
        Assert.Equal("Hello from an area table", catalog.Text("areaTest.greeting", "fr-FR"));
        Assert.True(catalog.IsWord("areaTest.words", "bêta", "fr-FR"));
        // The main tables are still there.
        Assert.NotEqual(catalog.Text("host.welcome", "en"), catalog.Text("host.welcome", "fr"));
    }

    [Fact]
    public void KeyDefinedInTwoTablesOfOneLanguage_StopsLoadingAndNamesBothFiles()
    {
        using var folder = DialogFolder.CopyOfRepo()
            .Write("strings/area-test.en.json", """{ "host.welcome": "A second welcome" }""");

        var error = Assert.Throws<FlowValidationException>(folder.Load);

        Assert.Contains("strings/area-test.en.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("'host.welcome' is already defined in strings/en.json", error.Message, StringComparison.Ordinal);
    }
}
