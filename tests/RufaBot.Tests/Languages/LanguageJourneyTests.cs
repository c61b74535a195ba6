using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Dialogs;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Languages;

/// <summary>
/// The issue's acceptance in Arabic, Chinese, Russian and Spanish, through POST /api/messages only, for a person whose
/// Teams client is in that language: raising a concern (the essentials, from the card buttons Teams users press);
/// a focal point acting on the card in their own language, and another whose language RufaBot does not know getting
/// it in the concern's; the reporter told in theirs; a question answered with a citation. Arabic cards are right to
/// left and no other language's is. Every card is dumped (lang-*.json) for CI's strict run of the official renderer.
/// </summary>
public sealed class LanguageJourneyTests : EscalationBot
{
    public static TheoryData<string, string> Clients() => new()
    {
        { "ar", "ar-SA" }, { "zh", "zh-CN" }, { "ru", "ru-RU" }, { "es", "es-ES" },
    };

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["ar"] = "أحرق مسلحون منازل في قريتين وهددوا العائلات التي بقيت بأنها ستكون التالية.",
        ["zh"] = "武装人员烧毁了两个村庄的房屋，并威胁留下的家庭说下一个就是他们。",
        ["ru"] = "Вооружённые люди сожгли дома в двух деревнях и пригрозили оставшимся семьям, что они будут следующими.",
        ["es"] = "Hombres armados quemaron casas en dos aldeas y amenazaron a las familias que se quedaron con que serían las siguientes.",
        ["en"] = "Armed men burned houses in two villages and threatened the families who stayed that they would be next.",
    };

    private FlowCatalog Catalog => App.Services.GetRequiredService<FlowCatalog>();

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task AConcernRaisedInTheLanguage_ReachesFocalPointsInTheirs_AndTheReporterIsToldInIt(string language, string client)
    {
        // The focal points' own welcomes (their clients in English) came before the journey.
        var installed = AllCards().Count();
        var fpChat = "a:fp1-chat-" + Guid.NewGuid().ToString("N");
        await SayAsync(Fp1, fpChat, Words(language, "escalation", "esc.words.pending")[0], client);
        // Fp2's client never told RufaBot a language: their card comes in the concern's.
        await ForgetLocaleAsync(Fp2);

        var reporter = new Transcript(Bot, Connector, locale: client);
        (await reporter.Send(Words(language, "", "host.words.raiseConcern")[0])).AssertReply(T("concern.danger", language));
        await reporter.Answer("danger", "no");
        (await reporter.Answer("safeToTalk", "yes")).AssertReply(T("concern.what", language));
        await reporter.Answer("what", Descriptions[language]);
        await reporter.Answer("country", "ML");
        await reporter.Answer("when", "2026-11-30");
        await reporter.Answer("groups", "women,children");
        (await reporter.Answer("consent", "confidential")).AssertReply(T("concern.summary", language)[..12]);
        (await reporter.Answer("summary", "submit")).AssertReply(T("myConcerns.submitted.title", language));

        await using (var db = NewContext())
            Assert.Equal(language, (await db.Concerns.SingleAsync()).Language);
        await DrainOutboxAsync();

        var card = LastCardIn(fpChat);
        Assert.Contains(Json(T("esc.action.acknowledge", language)), card.ToJsonString());
        Assert.Contains(Json(Descriptions[language]), card.ToJsonString());
        var unknown = LastCardIn("a:chat-" + Fp2);
        Assert.Contains(Json(T("esc.action.acknowledge", language)), unknown.ToJsonString());

        var (_, ack) = await InvokeInAsync(Fp1, client, "acknowledge", card["refresh"]!["action"]!["data"]!.DeepClone().AsObject(), fpChat);
        var acknowledged = CardOf(ack);
        Assert.Contains(Json(T("esc.status.Acknowledged", language)), acknowledged.ToJsonString());
        await DrainOutboxAsync();

        var told = Connector.ActivitiesTo(reporter.ConversationId).Select(a => (string?)a["text"] ?? "").ToList();
        var notice = T("esc.reporter.Acknowledged", language).Split("{reference}");
        Assert.Contains(told, t => notice.All(part => t.Contains(part.Trim(), StringComparison.Ordinal)));

        var cards = AllCards().Skip(installed).Append(acknowledged).ToList();
        var tooBig = cards.Where(c => global::RufaBot.Cards.CardJson.WireSize(c) > 28 * 1024)
            .Select(c => $"{RufaBot.Cards.CardJson.WireSize(c)} bytes: {c["body"]?[0]?["text"] ?? c["body"]?[0]?["items"]?[0]?["text"]}").ToList();
        Assert.True(tooBig.Count == 0, "cards over 28 KB:\n" + string.Join("\n", tooBig));
        Assert.True(cards.Count >= 8, $"only {cards.Count} cards");
        var wrongDirection = cards.Where(c => (language == "ar") != ((bool?)c["rtl"] == true)).Select(c => c.ToJsonString()[..Math.Min(300, c.ToJsonString().Length)]).ToList();
        Assert.True(wrongDirection.Count == 0, $"{wrongDirection.Count} of {cards.Count} cards {(language == "ar" ? "without" : "with")} rtl:\n" + string.Join("\n", wrongDirection));
        for (var i = 0; i < cards.Count; i++)
            CardDump.Write($"lang-{language}-journey-{i:D2}", cards[i]);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task AQuestionInTheLanguage_IsAnsweredInIt_WithACitation(string language, string client)
    {
        using var translations = JsonDocument.Parse(File.ReadAllText(Testing.RepoPaths.Combine("src", "RufaBot", "Knowledge", "Content", "translations", language + ".json")));
        var question = translations.RootElement.GetProperty("entries").GetProperty("rufa-serious-violation").GetProperty("title").GetString()!;
        var t = new Transcript(Bot, Connector, locale: client);

        await t.Send(question);

        var card = t.LastCard();
        Assert.Contains("[1]", card.ToJsonString());
        Assert.Equal(language == "ar", (bool?)card["rtl"] == true);
        CardDump.Write($"lang-{language}-answer", card);
    }

    [Fact]
    public async Task AnEnglishJourney_HasNoRightToLeftCard()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        await t.Answer("danger", "no");
        await t.Send("language");
        Assert.All(AllCards(), c => Assert.Null(c["rtl"]));
    }

    private string T(string key, string language) => Catalog.Text(key, language);

    /// <summary>A word list of the language's file (the test reads what a speaker may type from the files themselves).</summary>
    private static string[] Words(string language, string family, string key) =>
        [.. StringFiles.Read(family, language)!.Single(p => p.Key == key).Value.EnumerateArray().Select(w => w.GetString()!)];

    private IEnumerable<JsonObject> AllCards() => Connector.Requests
        .Select(r => JsonNode.Parse(r.Body)?["attachments"]?[0]?["content"] as JsonObject)
        .OfType<JsonObject>();

    private JsonObject LastCardIn(string conversationId) =>
        Connector.ActivitiesTo(conversationId).Last(a => a["attachments"] is not null)["attachments"]![0]!["content"]!.AsObject();

    private async Task ForgetLocaleAsync(string aad)
    {
        await using var db = NewContext();
        var address = await db.ReachAddresses.SingleAsync(a => a.AadObjectId == aad);
        address.Locale = null;
        await db.SaveChangesAsync();
    }

    private async Task SayAsync(string aad, string conversationId, string text, string locale)
    {
        var t = new Transcript(Bot, Connector, locale: locale);
        var activity = t.Activity(new JsonObject { ["text"] = text });
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = "Fatou Diop" };
        activity["conversation"]!["id"] = conversationId;
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await Connector.WaitForAsync(1);
    }

    private async Task<(int Status, JsonObject Body)> InvokeInAsync(string aad, string locale, string verb, JsonObject data, string conversationId)
    {
        var activity = Payloads.Load("personal-invoke-adaptiveCard-action", Connector.ServiceUrl, conversationId: conversationId);
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        activity["locale"] = locale;
        activity.Remove("entities");
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        var response = await Bot.PostAsJsonAsync("/api/messages", activity);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static string Json(string text) => JsonSerializer.Serialize(text)[1..^1];
}
