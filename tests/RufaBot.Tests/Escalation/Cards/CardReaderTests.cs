using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Concerns;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Cards;

/// <summary>
/// The focal point's card as its reader reads it: times in the time zone their Teams client reports (clientInfo), or
/// in UTC saying so; deadlines as "due in …"; severity and tier in plain words; dates in the reader's language; one
/// primary action with the rest in the menu; and a chat-list summary instead of a bare reference posted above the card.
/// </summary>
public sealed class CardReaderTests : EscalationBot
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    [Fact]
    public async Task Times_AreInTheReadersTimeZone_FromClientInfo()
    {
        var concern = await SubmitAsync();
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

        var card = await ViewAsync(concern, "Asia/Kolkata");

        var submitted = Fact(card, "Submitted");
        var local = TimeZoneInfo.ConvertTime(concern.CreatedAt, kolkata);
        Assert.StartsWith(local.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " (", submitted, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", submitted, StringComparison.Ordinal);
        Assert.DoesNotContain(" UTC", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("UTC")]
    [InlineData("Not/A_Zone")]
    [InlineData("../../../etc/passwd")]
    public async Task WithoutAKnownTimeZone_TimesAreInUtc_AndSaySo(string? zone)
    {
        var concern = await SubmitAsync();

        var card = await ViewAsync(concern, zone);

        var submitted = Fact(card, "Submitted");
        Assert.StartsWith(concern.CreatedAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " UTC (", submitted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlinesAreRelative_AndSeverityAndTierArePlainWords()
    {
        var concern = await SubmitAsync();

        var card = await ViewAsync(concern, "Europe/Paris");

        Assert.Matches(@"^due in \d+ (min|h|d) · \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$", Fact(card, "Deadline"));
        Assert.Matches(@"\((just now|\d+ (min|h|d) ago)\)$", Fact(card, "Submitted"));
        Assert.Matches(@"^S[1-4] — (low|moderate|serious|critical)$", Fact(card, "Severity"));
        var texts = Descendants(card).Where(n => (string?)n["type"] == "TextBlock").Select(n => (string)n["text"]!).ToList();
        Assert.Contains("New · intake level", texts);
        Assert.DoesNotContain(texts, t => t.Contains("B1", StringComparison.Ordinal) || t.Contains("h before this view", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InFrench_DatesAndDeadlinesAreFrench()
    {
        var concern = await SubmitAsync();
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        var card = await ViewAsync(concern, "Europe/Paris", "fr-FR");

        var local = TimeZoneInfo.ConvertTime(concern.CreatedAt, paris);
        var submitted = Fact(card, "Soumise");
        Assert.StartsWith($"{local.Day} {FrenchMonths[local.Month - 1]} {local.Year} à {local:HH:mm} (", submitted, StringComparison.Ordinal);
        Assert.StartsWith("échéance dans ", Fact(card, "Délai"), StringComparison.Ordinal);
        Assert.Matches(@"^S[1-4] — (faible|modérée|grave|critique)$", Fact(card, "Gravité"));
        var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.DoesNotContain(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0), m => json.Contains(" " + m + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterAcknowledge_OneActionIsInView_AndTheRestAreInTheMenu()
    {
        var concern = await SubmitAsync();
        var (_, body) = await PressAsync(Fp1, "acknowledge", concern);

        var sets = Descendants(CardOf(body)).Where(n => (string?)n["type"] == "ActionSet").ToList();
        var actions = sets.SelectMany(s => s["actions"]!.AsArray()).Select(a => a!.AsObject()).ToList();

        Assert.True(actions.Count > 3, $"{actions.Count} actions");
        var primary = Assert.Single(actions, a => (string?)a["mode"] != "secondary");
        Assert.Same(actions[0], primary);
        Assert.All(sets, s => Assert.True(s["actions"]!.AsArray().Count <= 5));
    }

    [Fact]
    public async Task TheCardCopy_HasASummaryForTheChatList_AndNoBareReferenceAboveIt()
    {
        var concern = await SubmitAsync();
        await DrainOutboxAsync();

        var copy = Assert.Single(Connector.ActivitiesTo("a:chat-" + Fp1), a => a["attachments"] is JsonArray { Count: > 0 } && a.ToJsonString().Contains(concern.Reference, StringComparison.Ordinal));

        Assert.Null((string?)copy["text"]);
        var summary = (string?)copy["summary"];
        Assert.NotNull(summary);
        Assert.Matches($@"^Concern {concern.Reference} · S[1-4] — [a-z]+ · New$", summary);
    }

    private async Task<JsonObject> ViewAsync(Concern concern, string? zone, string locale = "en-US")
    {
        var activity = Payloads.Load("personal-invoke-adaptiveCard-action", Connector.ServiceUrl, conversationId: "a:chat-" + Fp1);
        activity["locale"] = locale;
        activity["from"] = new JsonObject { ["id"] = "29:" + Fp1, ["aadObjectId"] = Fp1, ["name"] = Fp1 };
        activity["entities"] = zone is null ? new JsonArray() : new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["timezone"] = zone });
        var data = new JsonObject { ["rufa"] = "escalation", ["concern"] = concern.Id.ToString("D"), ["version"] = concern.Version };
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refresh", ["data"] = data } };
        var response = await Bot.PostAsJsonAsync("/api/messages", activity);
        return CardOf(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static string Fact(JsonObject card, string title) =>
        (string)Descendants(card).Where(n => (string?)n["type"] == "FactSet").SelectMany(n => n["facts"]!.AsArray())
            .Single(f => (string?)f!["title"] == title)!["value"]!;
}
