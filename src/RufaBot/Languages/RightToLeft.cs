using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotProtocol;

namespace RufaBot.Languages;

/// <summary>
/// What an activity in a right-to-left language (Arabic) needs to read well: every Adaptive Card says
/// <c>"rtl": true</c> (schema 1.5), so its text, inputs and buttons run from the right; and the Latin references in
/// its text (HR-XXXX-XXXX, numeric dates and times) are wrapped in Unicode directional isolates.
/// <para>
/// Why isolates (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE): inside a right-to-left paragraph the
/// hyphens, slashes and colons of "HR-AB12-CD34" or "07/12/2026" are neutral characters that the bidirectional
/// algorithm orders with the Arabic around them, so the parts come out reversed ("CD34-AB12-HR"). An isolate lays the
/// run out on its own, in the direction of its first strong letter, without disturbing the text on either side:
/// unlike a left-to-right mark it also keeps the run's neutrals together, and unlike the older embeddings
/// (U+202A…U+202C) an unclosed one cannot leak into the rest of the line. They are invisible, and RufaBot reads a reference
/// back by its ASCII letters and digits alone, so one copied from a card with its isolates still matches.
/// </para>
/// </summary>
internal static partial class RightToLeft
{
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';

    [GeneratedRegex(@"(?<!\u2068)(HR-[A-Z0-9]{4}-[A-Z0-9]{4}|\b\d{1,4}[-/.:]\d{1,2}(?:[-/.:]\d{1,4})?\b)(?!\u2069)")]
    private static partial Regex LatinReference();

    /// <summary>Prepares <paramref name="activity"/> for its own locale: a no-op unless that is a right-to-left language.</summary>
    public static Activity Apply(Activity activity)
    {
        if (!SupportedLanguages.IsRightToLeft(activity.Locale))
            return activity;
        if (activity.Text is { } text)
            activity.Text = Isolate(text);
        if (activity.Summary is { } summary)
            activity.Summary = Isolate(summary);
        foreach (var attachment in activity.Attachments ?? [])
            if (attachment.ContentType == Replies.AdaptiveCardContentType && attachment.Content is JsonObject card)
                Card(card);
        return activity;
    }

    /// <summary>Makes <paramref name="card"/> a right-to-left card, its texts' references isolated; returns it.</summary>
    public static JsonObject Card(JsonObject card)
    {
        card["rtl"] = true;
        IsolateTexts(card);
        return card;
    }

    /// <summary>Wraps each Latin reference of <paramref name="text"/> in directional isolates (once).</summary>
    public static string Isolate(string text) => LatinReference().Replace(text, m => $"{FirstStrongIsolate}{m.Value}{PopDirectionalIsolate}");

    // Only what a person reads: text, titles, placeholders and facts' values; never ids, data, URLs, or the values of
    // inputs and choices, which come back to the bot and must stay as they are.
    private static void IsolateTexts(JsonNode? node, bool fact = false)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in (string[])["text", "title", "placeholder", "fallbackText", .. fact ? (string[])["value"] : []])
                    if (o[name] is JsonValue v && v.TryGetValue<string>(out var s))
                        o[name] = Isolate(s);
                foreach (var (name, child) in o.ToList())
                    if (name is not ("data" or "url" or "selectAction" or "refresh" or "verb" or "value" or "id"))
                        IsolateTexts(child, fact: name == "facts");
                break;
            case JsonArray a:
                foreach (var child in a)
                    IsolateTexts(child, fact);
                break;
        }
    }
}
