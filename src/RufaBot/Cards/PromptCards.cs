using System.Globalization;
using System.Text.Json.Nodes;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;

namespace RufaBot.Cards;

/// <summary>
/// Renders a dialog question as an Adaptive Card: one input whose id is the step id, a primary submit, and the ways
/// out (help, back, skip, cancel) as submits that send no inputs. Answers come back as the message <c>value</c>:
/// <c>{"rufa":"answer","step":id, id: answer}</c> or <c>{"rufa":"command","command":"Back"}</c>.
/// A summary has no input: it is rendered by <see cref="SummaryCard"/>.
/// </summary>
internal sealed class PromptCards(FlowCatalog catalog, TimeProvider time)
{
    // Longest refused answer put back into a box with no limit of its own: it keeps the card within Teams' size.
    private const int RejectedLimit = 4000;

    private readonly SummaryCard _summary = new(catalog);

    public JsonObject Render(Prompt prompt, string? locale)
    {
        if (prompt.Kind == PromptKind.Summary)
            return _summary.Render(prompt, locale);
        var body = new JsonArray();
        if (prompt.Progress is not null)
            body.Add(AdaptiveCard.TextBlock(prompt.Progress, subtle: true, size: "Small"));
        if (prompt.Error is not null)
            body.Add(AdaptiveCard.TextBlock(prompt.Error, color: "Attention"));
        body.Add(AdaptiveCard.TextBlock(prompt.Text, bold: true));
        if (prompt.Offer is not null)
            body.Add(AdaptiveCard.TextBlock(prompt.Offer, subtle: true));

        var actions = new JsonArray();
        if (prompt.Kind == PromptKind.Confirm)
        {
            actions.Add(Answer(prompt, catalog.Text("engine.yes", locale), "yes"));
            actions.Add(Answer(prompt, catalog.Text("engine.no", locale), "no"));
        }
        else if (prompt.Kind == PromptKind.Attachment)
        {
            body.Add(AdaptiveCard.TextBlock(catalog.Text("host.attachHint", locale), subtle: true));
        }
        else
        {
            body.Add(Input(prompt, locale));
            if (prompt.Kind == PromptKind.Date)
                body.Add(TypedDate(prompt, locale));
            actions.Add(AdaptiveCard.Submit(catalog.Text("host.next", locale), AnswerData(prompt), primary: true));
        }
        foreach (var way in prompt.Actions)
            actions.Add(WayOut(way));
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>A way out of the question (help, back, skip, cancel): a submit that sends the command and no inputs.</summary>
    public static JsonObject WayOut(PromptAction way) =>
        AdaptiveCard.Submit(way.Label, new JsonObject { ["rufa"] = "command", ["command"] = way.Command.ToString() }, validateInputs: false);

    private static JsonObject AnswerData(Prompt prompt) => new() { ["rufa"] = "answer", ["step"] = prompt.StepId };

    private static JsonObject Answer(Prompt prompt, string title, string value)
    {
        var data = AnswerData(prompt);
        data[prompt.StepId] = value;
        return AdaptiveCard.Submit(title, data, validateInputs: false);
    }

    private JsonObject Input(Prompt prompt, string? locale)
    {
        var input = prompt.Kind switch
        {
            PromptKind.Choice => ChoiceSet(prompt.Choices, prompt.Multi, filtered: false, Selected(prompt.Current)),
            PromptKind.Country => ChoiceSet(catalog.Countries(locale), multi: false, filtered: true, Selected(prompt.Current)),
            PromptKind.Date => DateInput(prompt),
            PromptKind.Number => NumberInput(prompt),
            _ => TextInput(prompt),
        };
        input["id"] = prompt.StepId;
        input["label"] = catalog.Text(prompt.Optional ? "host.answerOptional" : "host.answer", locale);
        // A date may come in words instead (see TypedDate), so the picker itself is never required by the form.
        input["isRequired"] = !prompt.Optional && prompt.Kind != PromptKind.Date;
        input["errorMessage"] = catalog.Text("engine.error.required", locale);
        return input;
    }

    private static JsonObject TextInput(Prompt prompt)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["isMultiline"] = prompt.Max is null or > 200 };
        if (prompt.Max is { } max) input["maxLength"] = (int)max;
        // A refused answer comes back in the box to be corrected, not an empty box; one far too long stays in the chat
        // where it was typed, as the card would be too big for Teams.
        if ((Fits(prompt.Rejected, prompt) ?? prompt.CurrentText) is { } current) input["value"] = current;
        return input;
    }

    private static string? Fits(string? rejected, Prompt prompt) =>
        rejected is not null && rejected.Length <= (int)(prompt.Max ?? RejectedLimit) ? rejected : null;

    // A picker takes only dates; "last week" or "since March" go in this box, which the engine reads when the picker
    // is empty. Neither is required by the form: the engine says when an answer is missing.
    private JsonObject TypedDate(Prompt prompt, string? locale)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = FlowRunner.TypedInputId(prompt.StepId),
            ["label"] = catalog.Text("host.dateInWords", locale),
            ["placeholder"] = catalog.Text("host.dateInWords.placeholder", locale),
            ["maxLength"] = 100,
        };
        if (Fits(prompt.Rejected, prompt with { Max = 100 }) is { } rejected) input["value"] = rejected;
        return input;
    }

    private static JsonObject ChoiceSet(IReadOnlyList<PromptChoice> choices, bool multi, bool filtered, string? selected)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["choices"] = AdaptiveCard.Choices(choices.Select(c => (c.Id, c.Text))),
            ["isMultiSelect"] = multi,
            ["style"] = filtered ? "filtered" : choices.Count <= 8 ? "expanded" : "compact",
        };
        if (selected is not null) input["value"] = selected;
        return input;
    }

    private JsonObject DateInput(Prompt prompt)
    {
        var input = new JsonObject { ["type"] = "Input.Date" };
        if (prompt.Current is DateAnswer date) input["value"] = date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The engine decides whether future dates are allowed; the picker only stops obvious slips far ahead.
        input["max"] = time.GetUtcNow().AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return input;
    }

    private static JsonObject NumberInput(Prompt prompt)
    {
        var input = new JsonObject { ["type"] = "Input.Number" };
        if (prompt.Min is { } min) input["min"] = min;
        if (prompt.Max is { } max) input["max"] = max;
        if (prompt.Current is NumberAnswer number) input["value"] = number.Number;
        return input;
    }

    private static string? Selected(Answer? current) => current switch
    {
        ChoiceAnswer one => one.Choice,
        ChoicesAnswer many => string.Join(',', many.Choices),
        CountryAnswer country => country.Code,
        _ => null,
    };
}
