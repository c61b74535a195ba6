using System.Text.Json;
using RufaBot.Cards;
using BotProtocol;

namespace RufaBot.Cli;

/// <summary>
/// The terminal side of chat mode: prints what the bot sends, remembers each conversation's latest message with
/// buttons or inputs, and keeps lines whole when the bot and the prompt write at the same time.
/// </summary>
internal sealed class ChatScreen(TextWriter output, ChatDirectory directory)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ChatCard> _cards = new(StringComparer.Ordinal);
    private bool _explainedFields;

    /// <summary>Whose private chat the terminal shows; messages the bot sends to anyone else say to whom.</summary>
    public ChatUser? Current { get; set; }

    public void Show(string conversationId, string? activityId, Activity activity, bool replaces = false)
    {
        if (activity.Type is not (null or ActivityTypes.Message))
            return;
        var lines = new List<string>();
        var inputs = new List<ChatInput>();
        var buttons = new List<ChatButton>();
        if (!string.IsNullOrWhiteSpace(activity.Text))
            lines.AddRange(CardRenderer.Plain(activity.Text).Split('\n'));
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == Replies.AdaptiveCardContentType && attachment.Content is { } content)
            {
                var card = CardRenderer.Render(JsonSerializer.SerializeToElement(content, CardJson.Default.JsonNode));
                lines.AddRange(card.Lines);
                inputs.AddRange(card.Inputs);
                buttons.AddRange(card.Buttons);
            }
            else
            {
                lines.Add($"[attachment: {attachment.Name ?? attachment.ContentType}]");
            }
        }
        foreach (var suggestion in activity.SuggestedActions?.Actions ?? [])
            buttons.Add(new ChatButton(suggestion.Title ?? suggestion.Value ?? "", ChatButton.Kind.Text, Data: System.Text.Json.JsonSerializer.SerializeToElement(suggestion.Value ?? suggestion.Title ?? "")));

        lock (_gate)
        {
            var to = directory.ByConversation(conversationId);
            var who = to == Current ? "RufaBot" : to is null ? $"RufaBot (in conversation {conversationId})" : $"RufaBot to {to.Name}";
            Print(replaces ? who + " (changes an earlier message)" : who, lines, buttons);
            if (inputs.Count == 0 && buttons.Count == 0)
                return;
            _cards[conversationId] = new ChatCard(activityId, inputs, buttons);
            if (to is not null && to != Current)
                Note($"(this is in {to.Name}'s chat: /as {to.Name} to answer it)");
            if (inputs.Count > 0 && !_explainedFields)
            {
                _explainedFields = true;
                Note("(fill a field with /set 1 <value>, then press a button with /1; or just type your answer)");
            }
        }
    }

    public void Deleted(string conversationId, string activityId)
    {
        lock (_gate)
        {
            Note("RufaBot deleted one of its earlier messages.");
            if (_cards.TryGetValue(conversationId, out var card) && card.ActivityId == activityId)
                _cards.Remove(conversationId);
        }
    }

    public ChatCard? CardIn(string conversationId)
    {
        lock (_gate)
            return _cards.GetValueOrDefault(conversationId);
    }

    /// <summary>A line from chat mode itself (not from the bot), indented so it stands apart.</summary>
    public void Note(string text)
    {
        lock (_gate)
            output.WriteLine("  " + text);
    }

    public void Prompt(string name)
    {
        lock (_gate)
        {
            output.Write(name + "> ");
            output.Flush();
        }
    }

    /// <summary>Shows typed input that did not come from a keyboard, so a piped script reads as a conversation.</summary>
    public void Echo(string line)
    {
        lock (_gate)
            output.WriteLine(line);
    }

    private void Print(string who, List<string> lines, List<ChatButton> buttons)
    {
        if (buttons.Count > 0)
            lines.Add(string.Join("   ", buttons.Select((b, i) => $"/{i + 1} {b.Title}")));
        output.WriteLine($"{who}: {(lines.Count > 0 ? lines[0] : "")}".TrimEnd());
        foreach (var line in lines.Skip(1))
            output.WriteLine(line.Length > 0 ? "  " + line : "");
        output.Flush();
    }
}
