using System.Text.Json;
using RufaBot.Cli;

namespace RufaBot.Tests.Cli;

/// <summary>How chat mode shows Adaptive Cards as text, and reads what is typed into their fields.</summary>
public sealed class CardRendererTests
{
    private static readonly JsonElement Card = JsonDocument.Parse("""
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Concern \\#12 \\(draft\\)", "weight": "Bolder" },
            { "type": "TextBlock", "text": "hidden", "isVisible": false },
            { "type": "FactSet", "facts": [ { "title": "Status", "value": "Escalated" } ] },
            { "type": "Container", "items": [
              { "type": "Input.Text", "id": "note", "label": "Note", "isRequired": true },
              { "type": "Input.ChoiceSet", "id": "tier", "label": "Tier", "isMultiSelect": true, "value": "hq",
                "choices": [ { "title": "Country", "value": "country" }, { "title": "Headquarters", "value": "hq" } ] },
              { "type": "Input.Toggle", "id": "urgent", "title": "Urgent", "valueOn": "Y", "valueOff": "N" }
            ] },
            { "type": "ActionSet", "actions": [ { "type": "Action.OpenUrl", "title": "Guidance", "url": "https://example.org" } ] }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Escalate", "verb": "escalate", "data": { "id": 12 } },
            { "type": "Action.Submit", "title": "Cancel", "data": { "cancel": true }, "associatedInputs": "none" },
            { "type": "Action.ShowCard", "title": "More", "card": { "type": "AdaptiveCard", "body": [] } }
          ]
        }
        """).RootElement;

    [Fact]
    public void Card_IsShownAsLines_InputsAsNumberedFields_ButtonsInOrder()
    {
        var rendered = CardRenderer.Render(Card);

        Assert.Equal(
        [
            "Concern #12 (draft)",
            "Status: Escalated",
            "[field 1: note] Note (required) - text",
            "[field 2: tier] Tier - choose one or more, e.g. 1,3 (now: Headquarters)",
            "    1. Country",
            "    2. Headquarters",
            "[field 3: urgent] Urgent - yes or no",
        ], rendered.Lines);
        Assert.Equal(["Guidance", "Escalate", "Cancel", "More"], rendered.Buttons.Select(b => b.Title));
        Assert.Equal(
            [ChatButton.Kind.OpenUrl, ChatButton.Kind.Execute, ChatButton.Kind.Submit, ChatButton.Kind.ShowCard],
            rendered.Buttons.Select(b => b.Action));
        Assert.Equal("escalate", rendered.Buttons[1].Verb);
        Assert.False(rendered.Buttons[2].SendsInputs);
    }

    [Theory]
    [InlineData("2", "hq")]
    [InlineData("headquarters", "hq")]
    [InlineData("1, 2", "country,hq")]
    [InlineData("country,Headquarters", "country,hq")]
    public void Choices_AreTakenByNumberTitleOrValue(string typed, string sent)
    {
        var tier = CardRenderer.Render(Card).Inputs[1];

        Assert.Equal(sent, tier.Resolve(typed, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Toggles_TakeYesOrNo_AndUnknownChoicesAreRefused()
    {
        var inputs = CardRenderer.Render(Card).Inputs;

        Assert.Equal("Y", inputs[2].Resolve("yes", out _));
        Assert.Equal("N", inputs[2].Resolve("no", out _));
        Assert.Null(inputs[1].Resolve("3", out var problem));
        Assert.Equal("'3' is not one of the choices 1-2", problem);
    }
}
