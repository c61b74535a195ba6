using System.Text.Json.Nodes;
using RufaBot.Dialogs;
using RufaBot.Languages;
using BotProtocol;

namespace RufaBot.Cards;

/// <summary>
/// The welcome when RufaBot is added: a title, a short text and buttons that work like typing the words (imBack), one
/// of them primary: Raise a concern in a private chat; in a group chat or channel, where concerns must not be raised,
/// the link to the private chat, and only the buttons that work there (My responsibilities, Help), with a text
/// saying concerns are raised privately. Non-Teams channels get the text with the list of capabilities and the same
/// words as suggested actions.
/// </summary>
internal static class WelcomeCard
{
    private static readonly string[] PersonalButtons = ["raiseConcern", "myConcerns", "myResponsibilities", "induction", "help"];
    private static readonly string[] SharedButtons = ["myResponsibilities", "help"];

    // What RufaBot is for; the other buttons are one click away but do not compete with it.
    private const string PrimaryButton = "raiseConcern";

    public static Activity Create(FlowCatalog catalog, Activity added, bool shared)
    {
        var (locale, channelId) = (added.Locale, added.ChannelId);
        List<string> paragraphs = [catalog.Text("welcome.intro", locale)];
        if (shared)
            paragraphs.Add(catalog.Text("host.welcomeShared", locale));
        if (channelId != "msteams")
            paragraphs.Add(catalog.Text("host.capabilities", locale));
        // The way to another language, named in each: whoever cannot read this one still finds theirs.
        paragraphs.Add(LanguageCommand.Hint(catalog, locale));
        var reply = ButtonReply.Create(paragraphs, Buttons(catalog, locale, shared), channelId, catalog.Text("welcome.title", locale));
        // What the chat list and the notification show instead of "Sent a card".
        if (reply.Attachments is { Count: > 0 })
            reply.Summary = catalog.Text("welcome.title", locale);
        // In a shared conversation, the way to the private chat where concerns are raised: its primary action.
        if (shared && reply.Attachments is [{ Content: JsonObject card }] && PrivateChatLink.Button(added, catalog.Text("host.openPrivateChat", locale)) is { } open)
        {
            open["style"] = "positive";
            ((JsonArray)(card["actions"] ??= new JsonArray())).Insert(0, open);
        }
        return reply;
    }

    public static IReadOnlyList<SayButton> Buttons(FlowCatalog catalog, string? locale, bool shared) =>
        [.. (shared ? SharedButtons : PersonalButtons).Select(b => new SayButton(catalog.Text("welcome." + b, locale), catalog.Text("welcome.say." + b, locale),
            Primary: !shared && b == PrimaryButton))];
}
