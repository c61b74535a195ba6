using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RufaBot.LoadDriver;

/// <summary>The replies the bot sent to one inbound activity (Connector calls with that activity as replyToId).</summary>
internal sealed class TurnReplies
{
    private readonly StringBuilder _text = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public void Add(JsonNode activity)
    {
        lock (_text)
            AppendText(activity, _text);
        _arrived.Release();
    }

    /// <summary>Waits until the text of the replies so far matches <paramref name="expect"/>; false on timeout.</summary>
    public async Task<bool> WaitForAsync(Regex expect, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (expect.IsMatch(Text))
                return true;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                return expect.IsMatch(Text);
        }
    }

    public string Text
    {
        get
        {
            lock (_text)
                return _text.ToString();
        }
    }

    // Every "text" and "title" in the activity and its cards: what a person would read.
    private static void AppendText(JsonNode? node, StringBuilder into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key is "text" or "title" && value is JsonValue v && v.TryGetValue<string>(out var s))
                        into.Append(s).Append('\n');
                    else
                        AppendText(value, into);
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                    AppendText(child, into);
                break;
        }
    }
}
