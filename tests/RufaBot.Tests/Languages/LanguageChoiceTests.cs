using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Dialogs;
using RufaBot.Languages;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Languages;

/// <summary>
/// How the language of a turn is chosen, through the real host: the Teams client's locale (any region or script of
/// the six languages; clientInfo when the activity has none), the person's own message when it is clearly in another
/// language (remembered for their next short answers), and the language command, understood in every language and
/// remembered for the person in every conversation.
/// </summary>
public sealed class LanguageChoiceTests : RunningBot
{
    private FlowCatalog Catalog => App.Services.GetRequiredService<FlowCatalog>();

    // What "help" answers, told apart by its first line.
    private string Help(string language) => Catalog.Text("host.capabilities", language).Split('\n')[0];

    [Theory]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("ar-SA", "ar")]
    [InlineData("ar", "ar")]
    [InlineData("ru-RU", "ru")]
    [InlineData("es-419", "es")]
    [InlineData("fr-CA", "fr")]
    [InlineData("de-DE", "en")]
    public async Task TheClientsLocale_ChoosesTheLanguage_WhateverItsRegionOrScript(string locale, string language)
    {
        var t = new Transcript(Bot, Connector, locale: locale);

        (await t.Send("help")).AssertReply(Help(language));
    }

    [Fact]
    public async Task ClientInfo_GivesTheLanguage_WhenTheActivityHasNoLocale()
    {
        var t = new Transcript(Bot, Connector);
        var activity = new JsonObject
        {
            ["text"] = "help", ["locale"] = null,
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "ru-RU", ["timezone"] = "Europe/Moscow" }),
        };

        (await t.Post(activity)).AssertReply(Help("ru"));
    }

    [Fact]
    public async Task AMessageClearlyInAnotherLanguage_IsAnsweredInIt_AndShortAnswersAfterItStayThere()
    {
        var t = new Transcript(Bot, Connector, locale: "en-US");

        (await t.Send("أريد الإبلاغ عن شاغل")).AssertReply(Catalog.Text("concern.danger", "ar"));
        // "no" and a reference are the same in every language: they do not switch back.
        (await t.Send("no")).AssertReply(Catalog.Text("concern.safeToTalk", "ar"));
        Assert.All(t.LastReplies.Where(r => r["attachments"] is not null), r => Assert.True((bool?)r["attachments"]![0]!["content"]!["rtl"]));
    }

    [Fact]
    public async Task WritingClearlyInTheClientsLanguageAgain_GoesBackToIt()
    {
        var t = new Transcript(Bot, Connector, locale: "en-US");
        await t.Send("¿Cómo puedo presentar una preocupación sobre los derechos humanos?");
        (await t.Send("help")).AssertReply(Help("es"));

        await t.Send("What is the role of the focal point in my country?");
        (await t.Send("help")).AssertReply(Help("en"));
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("HR-AB12-CD34")]
    [InlineData("12")]
    [InlineData("2026-11-30")]
    [InlineData("yes no")]
    public async Task ShortWordsReferencesAndNumbers_NeverSwitch(string text)
    {
        var t = new Transcript(Bot, Connector, locale: "fr-FR");
        await t.Send(text);
        (await t.Send("aide")).AssertReply(Help("fr"));
    }

    [Theory]
    [InlineData("language")]
    [InlineData("langue")]
    [InlineData("idioma")]
    [InlineData("язык")]
    [InlineData("语言")]
    [InlineData("اللغة")]
    public async Task TheLanguageCommand_IsUnderstoodInEveryLanguage_AndOffersTheSixEachNamedInItself(string word)
    {
        // A client in English: the word is understood whatever language the person is getting.
        var t = new Transcript(Bot, Connector, locale: "en-US");

        await t.Send(word);

        var card = t.LastCard().ToJsonString();
        foreach (var name in new[] { "English", "Français", "Español", "Русский", "中文", "العربية" })
            Assert.Contains(System.Text.Json.JsonSerializer.Serialize(name)[1..^1], card);
    }

    [Fact]
    public async Task AChosenLanguage_IsRememberedForThePerson_InAnotherConversation_AndWinsOverTheirMessages()
    {
        var t = new Transcript(Bot, Connector, locale: "en-US");
        var card = (await t.Send("language")).LastCard();
        var russian = ButtonSaying(card, "Русский");

        (await t.Submit(russian)).AssertReply(Catalog.Text("host.language.chosen", "ru").Replace("{language}", "Русский"));

        var elsewhere = new Transcript(Bot, Connector, locale: "en-US");
        (await elsewhere.Send("help")).AssertReply(Help("ru"));
        await elsewhere.Send("What is the role of the focal point in my country?");
        (await elsewhere.Send("help")).AssertReply(Help("ru"));
        (await elsewhere.Send("idioma es")).AssertReply(Catalog.Text("host.language.chosen", "es").Replace("{language}", "Español"));
    }

    [Fact]
    public async Task HelpAndTheWelcome_ShowTheLanguageCommand_InEveryLanguage()
    {
        var t = new Transcript(Bot, Connector, locale: "zh-CN");
        (await t.Send("help")).AssertReply("language · langue · idioma · язык · 语言 · اللغة");
        var welcome = WelcomeCardHint("ar-SA");
        Assert.Contains("language · langue · idioma · язык · 语言 · اللغة", welcome);
    }

    [Fact]
    public void MessageLanguage_TellsOnlyWhatIsClear()
    {
        Assert.Equal("ar", MessageLanguage.Detect("ما هي مسؤولياتي؟"));
        Assert.Equal("ar", MessageLanguage.Detect("أريد متابعة HR-AB12-CD34 من فضلك"));
        Assert.Equal("zh", MessageLanguage.Detect("我的职责"));
        Assert.Equal("ru", MessageLanguage.Detect("Каковы мои обязанности?"));
        Assert.Equal("es", MessageLanguage.Detect("¿Cuáles son mis responsabilidades como funcionario?"));
        Assert.Equal("fr", MessageLanguage.Detect("Quelles sont les responsabilités du coordonnateur résident ?"));
        Assert.Equal("en", MessageLanguage.Detect("What are the responsibilities of the resident coordinator?"));
        foreach (var unclear in new[] { "ok", "no", "oui", "2", "HR-AB12-CD34", "30/11/2026", "Mali", "UNDP OHCHR", "women, children", "Côte d'Ivoire" })
            Assert.Null(MessageLanguage.Detect(unclear));
    }

    private static JsonObject ButtonSaying(JsonObject card, string title) =>
        global::RufaBot.Cards.ButtonReply.Buttons(card).Single(b => (string?)b["title"] == title)["data"]!.DeepClone().AsObject();

    private string WelcomeCardHint(string locale)
    {
        var added = new BotProtocol.Activity { Locale = locale, ChannelId = "msteams", Conversation = new() { Id = "a:1", ConversationType = "personal" } };
        var card = global::RufaBot.Cards.WelcomeCard.Create(Catalog, added, shared: false);
        return ((JsonObject)card.Attachments![0].Content!).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
