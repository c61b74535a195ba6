using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;

namespace RufaBot.Cards;

/// <summary>
/// Renders a dialog summary as an Adaptive Card: each answer under its label with an Edit button, then Submit and the
/// ways out. The answers are the user's own words and the card may be read by others (a screenshot, a shared screen),
/// so every answer goes through <see cref="CardText.Escape"/>: no link, image or formatting can be injected. Long
/// answers are shortened on the card (the engine keeps the full text) until the card fits Teams' message size.
/// Buttons send <c>{"rufa":"answer","step":summaryId, summaryId:"submit" | "edit:stepId"}</c>.
/// </summary>
internal sealed class SummaryCard(FlowCatalog catalog)
{
    /// <summary>UTF-16 bytes of the card JSON; Teams refuses a message over 28 KB, and the activity adds its envelope.</summary>
    public const int MaxBytes = 24 * 1024;

    // Longest answer shown, tried in turn until the card fits: a 4,000-character description shows its first 1,200.
    private static readonly int[] AnswerLimits = [1200, 600, 300, 150, 80];

    public JsonObject Render(Prompt prompt, string? locale)
    {
        JsonObject card = null!;
        foreach (var limit in AnswerLimits)
        {
            card = Build(prompt, locale, limit);
            if (SizeOf(card) <= MaxBytes)
                break;
        }
        return card;
    }

    public static int SizeOf(JsonObject card) => Encoding.Unicode.GetByteCount(card.ToJsonString());

    private JsonObject Build(Prompt prompt, string? locale, int limit)
    {
        var body = new JsonArray();
        if (prompt.Error is not null)
            body.Add(AdaptiveCard.TextBlock(prompt.Error, color: "Attention"));
        body.Add(AdaptiveCard.TextBlock(prompt.Text, bold: true));
        if (prompt.Offer is not null)
            body.Add(AdaptiveCard.TextBlock(prompt.Offer, subtle: true));

        var shortened = false;
        var edit = catalog.Text("engine.action.edit", locale);
        foreach (var item in prompt.Items)
        {
            var answer = Shorten(item.Answer, limit);
            shortened |= answer != item.Answer;
            body.Add(Item(prompt, item, answer, edit));
        }
        if (shortened)
            body.Add(AdaptiveCard.TextBlock(catalog.Text("host.summary.shortened", locale), subtle: true, size: "Small"));

        var submit = prompt.Choices.FirstOrDefault(c => c.Id == FlowRunner.SubmitValue)?.Text ?? catalog.Text("engine.action.submit", locale);
        var actions = new JsonArray { AdaptiveCard.Submit(submit, Answer(prompt, FlowRunner.SubmitValue), validateInputs: false, primary: true) };
        foreach (var way in prompt.Actions)
            actions.Add(PromptCards.WayOut(way));
        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Item(Prompt prompt, SummaryItem item, string answer, string edit)
    {
        var text = AdaptiveCard.TextBlock(CardText.Escape(answer), subtle: !item.Answered);
        text["spacing"] = "None";
        var columns = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "stretch",
                ["items"] = new JsonArray { AdaptiveCard.TextBlock(CardText.Escape(item.Label), bold: true), text },
            },
        };
        if (item.Editable)
        {
            var button = AdaptiveCard.Submit(edit, Answer(prompt, FlowRunner.EditPrefix + item.StepId), validateInputs: false);
            button["tooltip"] = $"{edit}: {item.Label}";
            columns.Add(new JsonObject
            {
                ["type"] = "Column",
                ["width"] = "auto",
                ["verticalContentAlignment"] = "Center",
                ["items"] = new JsonArray { new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray { button } } },
            });
        }
        return new JsonObject { ["type"] = "ColumnSet", ["separator"] = true, ["columns"] = columns };
    }

    private static JsonObject Answer(Prompt prompt, string value) =>
        new() { ["rufa"] = "answer", ["step"] = prompt.StepId, [prompt.StepId] = value };

    // Cut on a character boundary (never half a surrogate pair), then mark the cut.
    internal static string Shorten(string text, int limit)
    {
        if (text.Length <= limit)
            return text;
        var cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..cut].TrimEnd() + "…";
    }
}
