using System.Text.Json.Nodes;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;

namespace RufaBot.Cards;

/// <summary>
/// Renders a dialog summary as an Adaptive Card: each answer under its label with its own Edit button, then Submit (the
/// one positive action, first), "Add more details" when the dialog offers it, and the ways out. A button's title is what a screen reader says, so each Edit button
/// names its answer ("Edit: What happened") and no two buttons on the card share a name. The answers are the user's own words and the card may be read by others (a screenshot, a shared screen),
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

    public static int SizeOf(JsonObject card) => CardJson.WireSize(card);

    private JsonObject Build(Prompt prompt, string? locale, int limit)
    {
        var body = new JsonArray();
        if (prompt.Error is not null)
            body.Add(AdaptiveCard.TextBlock(prompt.Error, color: "Attention"));
        body.Add(AdaptiveCard.TextBlock(prompt.Text, bold: true));
        if (prompt.Offer is not null)
            body.Add(AdaptiveCard.TextBlock(prompt.Offer, subtle: true));

        var shortened = false;
        var edit = catalog.Text("host.summary.editItem", locale);
        var sameLabel = prompt.Items.GroupBy(i => i.Label).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        for (var n = 0; n < prompt.Items.Count; n++)
        {
            var item = prompt.Items[n];
            var answer = Shorten(item.Answer, limit);
            shortened |= answer != item.Answer;
            // Two answers with one label (a dialog may repeat one) still get two names: the number typed with "edit".
            var name = edit.Replace("{label}", sameLabel.Contains(item.Label) ? $"{item.Label} ({n + 1})" : item.Label, StringComparison.Ordinal);
            body.Add(Item(prompt, item, answer, name));
        }
        if (shortened)
            body.Add(AdaptiveCard.TextBlock(catalog.Text("host.summary.shortened", locale), subtle: true, size: "Small"));

        var submit = prompt.Choices.FirstOrDefault(c => c.Id == FlowRunner.SubmitValue)?.Text ?? catalog.Text("engine.action.submit", locale);
        var actions = new JsonArray { AdaptiveCard.Submit(submit, Answer(prompt, FlowRunner.SubmitValue), validateInputs: false, primary: true) };
        if (prompt.Choices.FirstOrDefault(c => c.Id == FlowRunner.MoreValue) is { } more)
            actions.Add(AdaptiveCard.Submit(more.Text, Answer(prompt, FlowRunner.MoreValue), validateInputs: false));
        foreach (var way in prompt.Actions)
            actions.Add(PromptCards.WayOut(way));
        return AdaptiveCard.Create(body, actions);
    }

    // The button sits under its answer, full width, so that its name can be read whole on a phone.
    private static JsonObject Item(Prompt prompt, SummaryItem item, string answer, string editName)
    {
        var text = AdaptiveCard.TextBlock(CardText.Escape(answer), subtle: !item.Answered);
        text["spacing"] = "None";
        var items = new JsonArray { AdaptiveCard.TextBlock(CardText.Escape(item.Label), bold: true), text };
        if (item.Editable)
        {
            var button = AdaptiveCard.Submit(editName, Answer(prompt, FlowRunner.EditPrefix + item.StepId), validateInputs: false);
            items.Add(new JsonObject { ["type"] = "ActionSet", ["spacing"] = "Small", ["actions"] = new JsonArray { button } });
        }
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
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
