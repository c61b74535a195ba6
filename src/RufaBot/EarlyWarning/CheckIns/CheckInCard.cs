using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Dialogs;

namespace RufaBot.EarlyWarning.CheckIns;

/// <summary>
/// The check-in in the reporter's own chat: has anything happened at work that they think is connected to their
/// concern? Yes, No, or stop these check-ins; after a yes, whether the ethics channel may contact them.
/// </summary>
internal sealed class CheckInCard(FlowCatalog catalog)
{
    public const string Marker = "checkIn";
    public const string Yes = "yes", No = "no", Off = "off", Consent = "consent", NoConsent = "noConsent";

    public JsonObject Question(Concern concern, string? locale) => AdaptiveCard.Create(
        [
            AdaptiveCard.TextBlock(Fill("ew.checkin.title", concern, locale), bold: true),
            AdaptiveCard.TextBlock(Fill("ew.checkin.question", concern, locale)),
            AdaptiveCard.TextBlock(catalog.Text("ew.checkin.private", locale), subtle: true, size: "Small"),
        ],
        [
            AdaptiveCard.Submit(catalog.Text("ew.checkin.yes", locale), Data(concern, Yes), validateInputs: false),
            AdaptiveCard.Submit(catalog.Text("ew.checkin.no", locale), Data(concern, No), validateInputs: false, primary: true),
            AdaptiveCard.Submit(catalog.Text("ew.checkin.off", locale), Data(concern, Off), validateInputs: false),
        ]);

    public JsonObject AskConsent(Concern concern, string? locale) => AdaptiveCard.Create(
        [
            AdaptiveCard.TextBlock(Fill("ew.checkin.consentQuestion", concern, locale)),
            AdaptiveCard.TextBlock(catalog.Text("ew.checkin.consentDetail", locale), subtle: true, size: "Small"),
        ],
        [
            AdaptiveCard.Submit(catalog.Text("ew.checkin.consentYes", locale), Data(concern, Consent), validateInputs: false, primary: true),
            AdaptiveCard.Submit(catalog.Text("ew.checkin.consentNo", locale), Data(concern, NoConsent), validateInputs: false),
        ]);

    public string Summary(Concern concern, string? locale) => Fill("ew.checkin.title", concern, locale);

    private string Fill(string key, Concern concern, string? locale) => catalog.Text(key, locale).Replace("{reference}", concern.Reference, StringComparison.Ordinal);

    private static JsonObject Data(Concern concern, string answer) => new() { ["rufa"] = Marker, ["concern"] = concern.Id.ToString("D"), ["answer"] = answer };
}
