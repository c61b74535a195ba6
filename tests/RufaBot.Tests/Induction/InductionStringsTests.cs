using RufaBot.Testing;
using System.Text.Json.Nodes;

namespace RufaBot.Tests.Induction;

/// <summary>The induction's and welcome's own string tables: every text in English and French, none left empty.</summary>
public sealed class InductionStringsTests
{
    [Theory]
    [InlineData("induction")]
    [InlineData("welcome")]
    public void EveryKey_HasAnEnglishAndAFrenchText(string area)
    {
        var en = Table($"{area}.en.json");
        var fr = Table($"{area}.fr.json");

        Assert.Equal(en.Select(p => p.Key).Order(), fr.Select(p => p.Key).Order());
        Assert.All(en.Concat(fr).Where(p => p.Key != "$schema"), p => Assert.True(
            p.Value is JsonArray { Count: > 0 } || ((string?)p.Value)?.Trim().Length > 0, $"{p.Key} is empty"));
        // A French text identical to the English one is a forgotten translation, names and commands aside.
        var same = en.Where(p => p.Key != "$schema" && p.Value is JsonValue && (string?)p.Value is { Length: > 20 } text && text == (string?)fr[p.Key]).Select(p => p.Key);
        Assert.Empty(same);
    }

    private static JsonObject Table(string name) =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("dialogs", "strings", name)))!.AsObject();
}
