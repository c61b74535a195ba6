using System.Text.Json;
using System.Text.RegularExpressions;
using RufaBot.Dialogs;
using BotProtocol;

namespace RufaBot.MyConcerns;

/// <summary>
/// A follow-up of an unlinked concern: typed ("follow up", or "follow up HR-7K3F-9QXD k7p3m-x9dq2-h4tfw-r8bn6 [text]")
/// or from the follow-up form (<c>{"rufa":"followUp"}</c> with the inputs <see cref="ReferenceInput"/>,
/// <see cref="PassphraseInput"/> and <see cref="InformationInput"/>). Without a reference and passphrase it asks for
/// the form. The request names no person: the answer depends only on what was typed.
/// </summary>
internal sealed partial record FollowUpRequest(string? Reference, string? Passphrase, string? Information, bool FromCard)
{
    public const string Kind = "followUp";
    public const string ReferenceInput = "followUpReference";
    public const string PassphraseInput = "followUpPassphrase";
    public const string InformationInput = "followUpInformation";

    /// <summary>Whether both the reference and the passphrase were given (the form or the words alone give neither).</summary>
    public bool HasCredentials => !string.IsNullOrWhiteSpace(Reference) && !string.IsNullOrWhiteSpace(Passphrase);

    public static FollowUpRequest? Read(TurnContext turn, FlowCatalog catalog)
    {
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            if (!value.TryGetProperty("rufa", out var kind) || kind.ValueKind != JsonValueKind.String || !kind.ValueEquals(Kind))
                return null;
            return new FollowUpRequest(StringOf(value, ReferenceInput), StringOf(value, PassphraseInput), StringOf(value, InformationInput), true);
        }
        var text = turn.Text;
        if (catalog.IsWord("followUp.words", text, turn.Activity.Locale))
            return new FollowUpRequest(null, null, null, false);
        if (MyConcernsRequest.MatchTyped(Typed(), text) is not { Success: true } match || !catalog.IsWord("followUp.words", match.Groups["verb"].Value, turn.Activity.Locale))
            return null;
        return new FollowUpRequest(match.Groups["ref"].Value, match.Groups["pass"].Value,
            match.Groups["text"].Success ? match.Groups["text"].Value.Trim() : null, false);
    }

    private static string? StringOf(JsonElement value, string name) => MyConcernsRequest.StringOf(value, name)?.Trim();

    // "<verb> <reference> <passphrase>[ [:] <text>]"; the verb is checked against the string tables' words afterwards.
    [GeneratedRegex(@"^(?<verb>\S.{0,30}?)\s+(?<ref>(?:HR[\s-]*)?[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4})\s+(?<pass>[A-Za-z0-9]{5}(?:[\s-]?[A-Za-z0-9]{5}){3})(?:\s*[:\u2013-]?\s+(?<text>[\s\S]+))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Typed();
}
