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

    [Theory]
    [InlineData("en", "25 November 2026")]
    [InlineData("fr", "25 novembre 2026")]
    [InlineData("es", "25 de noviembre de 2026")]
    [InlineData("ru", "25 ноября 2026 г.")]
    [InlineData("zh", "2026年11月25日")]
    [InlineData("ar", "25 تشرين الثاني/نوفمبر 2026")]
    public void ACompletion_IsDatedInTheReadersLanguage(string language, string date)
    {
        var catalog = RufaBot.Dialogs.FlowLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
        var record = new RufaBot.Storage.InductionCompletionRecord
        {
            UserId = "aad-1", DisplayName = "Ana", Entity = "UNDP", EntityKey = "UNDP", DraftKey = "draft",
            CompletedAt = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero), Correct = 5, Questions = 6,
        };

        var text = RufaBot.Induction.InductionTexts.Fill(catalog, "induction.mine.done", language, record);

        Assert.Contains(date, text, StringComparison.Ordinal);
        Assert.DoesNotContain("{date}", text, StringComparison.Ordinal);
    }

    private static JsonObject Table(string name) =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("dialogs", "strings", name)))!.AsObject();
}
