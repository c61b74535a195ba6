using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;
using RufaBot.Dialogs;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.MyConcerns;

/// <summary>
/// Following up an unlinked concern with its reference and passphrase: its status, a focal point's waiting question,
/// and adding information. Nothing about the sender is looked at or stored, so it works the same in any chat, and the
/// three ways of failing (unknown reference, not unlinked, wrong passphrase) give one answer. In Teams the answer is a
/// card with the form again (the passphrase is never put into a card RufaBot sends); elsewhere, text.
/// </summary>
internal sealed class FollowUpCommand(ConcernService concerns, FlowCatalog catalog, MyConcernsWording texts, ILogger<FollowUpCommand> logger)
    : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (FollowUpRequest.Read(turn, catalog) is not { } request)
            return null;
        var locale = turn.Activity.Locale;
        var teams = turn.Activity.ChannelId == "msteams";
        Log.FollowUpRequest(logger, request.FromCard);
        if (!request.HasCredentials)
            return [teams ? Replies.Card(Form(locale, request.Reference is not null || request.Passphrase is not null ? texts.Text("followUp.missing", locale) : null, request.Reference, request.Information)) : Replies.Text(texts.Text("followUp.howText", locale))];
        var information = request.Information?.Trim();
        if (information?.Length > MyConcernsWording.MaxTextLength)
        {
            var tooLong = texts.Text("followUp.tooLong", locale, ("length", texts.Number(information.Length, locale)), ("max", texts.Max(locale)));
            return [teams ? Replies.Card(Form(locale, tooLong, request.Reference, information)) : Replies.Text(tooLong)];
        }
        try
        {
            var view = await concerns.FollowUpAsync(request.Reference!, request.Passphrase!, information, cancellationToken);
            if (view is null)
                return [teams ? Replies.Card(Form(locale, texts.Text("followUp.notFound", locale), request.Reference, information)) : Replies.Text(texts.Text("followUp.notFound", locale))];
            var added = string.IsNullOrEmpty(information) ? null : texts.Text("myConcerns.add.done", locale, ("reference", view.Reference));
            return [teams ? Replies.Card(Status(view, locale, added)) : Replies.Text(StatusText(view, locale, added))];
        }
        catch (ConcernTransitionException)
        {
            return [Replies.Text(texts.Text("followUp.closed", locale))];
        }
        catch (ConcernStorageUnavailableException)
        {
            return [Replies.Text(texts.Text("myConcerns.unavailable", locale))];
        }
    }

    /// <summary>The form: reference, passphrase (a password box) and what to add, all typed by the reporter.</summary>
    public JsonObject Form(string? locale, string? error = null, string? reference = null, string? information = null)
    {
        var body = new JsonArray();
        if (error is not null)
            body.Add(AdaptiveCard.TextBlock(error, color: "Attention"));
        body.Add(AdaptiveCard.TextBlock(texts.Text("followUp.title", locale), bold: true, size: "Medium"));
        body.Add(AdaptiveCard.TextBlock(texts.Text("followUp.intro", locale)));
        body.Add(Input(FollowUpRequest.ReferenceInput, texts.Text("followUp.reference", locale), reference, required: true));
        var passphrase = Input(FollowUpRequest.PassphraseInput, texts.Text("followUp.passphrase", locale), null, required: true);
        passphrase["style"] = "Password";
        body.Add(passphrase);
        var add = Input(FollowUpRequest.InformationInput, texts.Text("followUp.information", locale, ("max", texts.Max(locale))), information, required: false);
        add["isMultiline"] = true;
        body.Add(add);
        body.Add(AdaptiveCard.TextBlock(texts.Text("followUp.privacy", locale), subtle: true, size: "Small"));
        return AdaptiveCard.Create(body, [AdaptiveCard.Submit(texts.Text("followUp.send", locale), new JsonObject { ["rufa"] = FollowUpRequest.Kind }, primary: true)]);
    }

    private JsonObject Status(ReporterConcernView view, string? locale, string? added)
    {
        var card = Form(locale, reference: view.Reference);
        var body = (JsonArray)card["body"]!;
        var facts = new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray
            {
                new JsonObject { ["title"] = texts.Text("myConcerns.detail.status", locale), ["value"] = texts.Status(view.Status, locale) },
                new JsonObject { ["title"] = texts.Text("myConcerns.detail.updated", locale), ["value"] = texts.Date(view.UpdatedAt, locale) },
            },
        };
        var at = 0;
        if (added is not null)
            body.Insert(at++, AdaptiveCard.TextBlock(added, color: "Good"));
        body.Insert(at++, AdaptiveCard.TextBlock(texts.Text("myConcerns.detail.title", locale, ("reference", view.Reference)), bold: true, size: "Medium"));
        body.Insert(at++, facts);
        if (view.PendingQuestion is { } question)
            body.Insert(at, AdaptiveCard.TextBlock(texts.Text("myConcerns.detail.question", locale, ("question", CardText.Escape(question))), color: "Accent"));
        return card;
    }

    private string StatusText(ReporterConcernView view, string? locale, string? added)
    {
        var text = new StringBuilder();
        if (added is not null)
            text.Append(added).Append("\n\n");
        text.Append(texts.Text("myConcerns.detail.title", locale, ("reference", view.Reference)))
            .Append("\n\n").Append(texts.Text("myConcerns.detail.status", locale)).Append(": ").Append(texts.Status(view.Status, locale))
            .Append("\n\n").Append(texts.Text("myConcerns.detail.updated", locale)).Append(": ").Append(texts.Date(view.UpdatedAt, locale));
        if (view.PendingQuestion is { } question)
            text.Append("\n\n").Append(texts.Text("myConcerns.detail.question", locale, ("question", question)));
        text.Append("\n\n").Append(texts.Text(view.CanAddInformation ? "followUp.addText" : "followUp.closed", locale, ("reference", view.Reference)));
        return text.ToString();
    }

    private static JsonObject Input(string id, string label, string? value, bool required)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isRequired"] = required };
        if (required)
            input["errorMessage"] = label;
        if (value is not null)
            input["value"] = value;
        return input;
    }
}
