using System.Text.Json.Nodes;
using RufaBot.Concerns;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Cards;

/// <summary>
/// Colours and button styles by meaning on the escalation card: Good for what was done, Attention for a refusal,
/// no colour for neutral facts; closing and handing over on a conflict are never styled as the positive step.
/// </summary>
public sealed class CardMeaningTests : EscalationBot
{
    [Theory]
    [InlineData("acknowledge")]
    [InlineData("escalate")]
    public async Task WhatWasDone_IsGood_NeverRed(string verb)
    {
        var concern = await SubmitAsync();

        var (_, body) = await PressAsync(Fp1, verb, concern, ("escalateReason", "Pattern across two provinces"));

        var message = (JsonObject)CardOf(body)["body"]![0]!;
        Assert.StartsWith(verb == "acknowledge" ? "Acknowledged." : "Escalated", (string?)message["text"], StringComparison.Ordinal);
        Assert.Equal("Good", (string?)message["color"]);
    }

    [Fact]
    public async Task ARefusal_IsAttention()
    {
        var concern = await SubmitAsync();

        var (_, body) = await PressAsync(Fp1, "escalate", concern);

        var message = (JsonObject)CardOf(body)["body"]![0]!;
        Assert.Contains("Nothing was changed", (string?)message["text"], StringComparison.Ordinal);
        Assert.Equal("Attention", (string?)message["color"]);
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("refresh")]
    public async Task EveryButton_HasAnAccessibleNameOfItsOwn(string verb)
    {
        var concern = await SubmitAsync(RufaBot.Concerns.Intake.ConsentMode.Confidential);

        var (_, body) = await PressAsync(Fp1, verb, concern);

        // A button's title is what a screen reader announces: a form's "Refer" under a "Refer" button is two of one name.
        var names = Descendants(CardOf(body)).Where(n => ((string?)n["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true && n["title"] is not null)
            .Select(n => (string)n["title"]!).ToList();
        Assert.True(names.Count >= 10, string.Join(" | ", names));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task NeutralFacts_HaveNoColour_AndCloseAndHandOver_AreNotPositive()
    {
        var concern = await SubmitAsync();
        await PressAsync(Fp1, "acknowledge", concern);

        var (_, body) = await PressAsync(Fp1, "refresh", await LoadAsync(concern.Id));

        var card = CardOf(body);
        Assert.DoesNotContain(Descendants(card), n => (string?)n["type"] == "TextBlock" && (string?)n["color"] is "Good" or "Attention");
        string? SubmitStyle(string verb) => (string?)Descendants(card).Single(n => (string?)n["type"] == "Action.Execute" && (string?)n["verb"] == verb)["style"];
        Assert.NotEqual("positive", SubmitStyle("close"));
        Assert.Equal("destructive", SubmitStyle("declareConflict"));
        Assert.Equal("positive", SubmitStyle("askReporter"));
    }
}
