using System.Text.Json;
using System.Text.RegularExpressions;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using BotProtocol;

namespace RufaBot.MyConcerns;

/// <summary>
/// A "my concerns" request, typed ("my concerns", "open HR-7K3F-9QXD", "add information HR-7K3F-9QXD more text",
/// "forget me HR-7K3F-9QXD", then "forget me HR-7K3F-9QXD confirm") or
/// from one of the command's cards (<c>{"rufa":"myConcerns","verb":"open","reference":"…"}</c>, the added text under
/// <see cref="InputId"/>). Card data comes back through the client and may be forged: it names a reference and a
/// verb, nothing else, and the reference is only a label the server looks up among the sender's own concerns.
/// </summary>
internal sealed partial record MyConcernsRequest(MyConcernsVerb Verb, string? Reference, string? Text, bool FromCard)
{
    public const string Kind = "myConcerns";
    public const string InputId = "information";

    public static MyConcernsRequest? Read(TurnContext turn, FlowCatalog catalog)
    {
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value)
            return FromCardValue(value);
        var text = turn.Text;
        var locale = turn.Activity.Locale;
        if (catalog.IsWord("myConcerns.words.list", text, locale))
            return new MyConcernsRequest(MyConcernsVerb.List, null, null, false);
        if (MatchTyped(Typed(), text) is not { Success: true } match || !ConcernReference.TryNormalize(match.Groups["ref"].Value, out var reference))
            return null;
        var verb = match.Groups["verb"].Value;
        if (catalog.IsWord("myConcerns.words.open", verb, locale))
            return new MyConcernsRequest(MyConcernsVerb.Open, reference, null, false);
        var rest = match.Groups["text"].Success ? match.Groups["text"].Value.Trim() : null;
        if (catalog.IsWord("myConcerns.words.add", verb, locale))
            return new MyConcernsRequest(MyConcernsVerb.Add, reference, rest, false);
        if (catalog.IsWord("myConcerns.words.forget", verb, locale))
            return new MyConcernsRequest(catalog.IsWord("myConcerns.words.confirm", rest, locale) ? MyConcernsVerb.ForgetConfirmed : MyConcernsVerb.Forget, reference, null, false);
        return null;
    }

    private static MyConcernsRequest? FromCardValue(JsonElement value)
    {
        if (!value.TryGetProperty("rufa", out var kind) || kind.ValueKind != JsonValueKind.String || !kind.ValueEquals(Kind))
            return null;
        var verb = Enum.TryParse<MyConcernsVerb>(StringOf(value, "verb"), ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : MyConcernsVerb.List;
        // A reference that is not one in form is kept as "none": the answer is then "not found", and nothing is echoed.
        var reference = ConcernReference.TryNormalize(StringOf(value, "reference"), out var r) ? r : null;
        if (verb != MyConcernsVerb.List && reference is null)
            return new MyConcernsRequest(verb, "", null, true);
        return new MyConcernsRequest(verb, reference, StringOf(value, InputId), true);
    }

    /// <summary>A typed request matched against <paramref name="form"/>; null when the match took too long (hostile text).</summary>
    internal static Match? MatchTyped(Regex form, string text)
    {
        try
        {
            return form.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    internal static string? StringOf(JsonElement value, string name) =>
        value.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    // "<verb> <reference>[ [:] <text>]"; the verb is checked against the string tables' words afterwards.
    [GeneratedRegex(@"^(?<verb>\S.{0,40}?)\s+(?<ref>(?:HR[\s-]*)?[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4})(?:\s*[:\u2013-]?\s+(?<text>[\s\S]+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Typed();
}
