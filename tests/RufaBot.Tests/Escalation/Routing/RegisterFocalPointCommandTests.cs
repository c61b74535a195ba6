using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Escalation.Routing;
using RufaBot.Tests.Infrastructure;
using static RufaBot.Tests.Escalation.Routing.RoutingFixture;

namespace RufaBot.Tests.Escalation.Routing;

/// <summary>"register me / this channel as focal point …" through the real bot: administrators only, merged into routing.</summary>
public sealed class RegisterFocalPointCommandTests : RunningBot
{
    private const string Stranger = "f6000000-0000-4000-8000-000000000001";

    protected override IReadOnlyDictionary<string, string?> Settings => RoutingFixture.Settings();

    private async Task<string> SendAsync(string payload, string text, string aadObjectId, string? conversationId = null)
    {
        var activity = Payloads.Load(payload, Connector.ServiceUrl, conversationId: conversationId);
        activity["text"] = text;
        activity["from"]!["aadObjectId"] = aadObjectId;
        var before = Connector.Requests.Count;
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        var requests = await Connector.WaitForAsync(before + 1);
        return (string)JsonNode.Parse(requests[before].Body)!["text"]!;
    }

    private Task<TierRoute?> Resolve(string country, EscalationTier tier) =>
        App.Services.GetRequiredService<IEscalationRouter>().ResolveAsync(new RoutingKeys(country, null), tier, [], CancellationToken.None);

    [Fact]
    public async Task Administrator_RegistersHimself_AndRoutingFindsHim()
    {
        var reply = await SendAsync("personal-message", "register me as focal point for B2 country FR", Admin);

        Assert.Contains("you are now a focal point for B2 country FR", reply, StringComparison.Ordinal);
        var route = await Resolve("FR", EscalationTier.B2);
        Assert.Equal("country:FR", route?.RoutingKey);
        Assert.Equal(Admin, Assert.Single(route!.FocalPoints).AadObjectId);
    }

    [Fact]
    public async Task Administrator_RegistersAChannel_FromTheChannel()
    {
        var reply = await SendAsync("channel-message-mention", "<at>Test Bot</at> register this channel as focal point channel for B3 region east-africa", Admin);

        Assert.Contains("this channel now receives the focal-point cards for B3 region east-africa", reply, StringComparison.Ordinal);
        var route = await Resolve("KE", EscalationTier.B3);
        Assert.Equal("team-id", route?.Channel?.ConversationId);
        Assert.Equal(Connector.ServiceUrl.ToString(), route?.Channel?.ServiceUrl);
        Assert.Equal(EastAfricaReview, Assert.Single(route!.FocalPoints).AadObjectId);
    }

    [Fact]
    public async Task FocalPoint_RegisteredFromAChannel_IsKnownInTheTenantOfTheirOwnMessage()
    {
        await SendAsync("channel-message-mention", "<at>Test Bot</at> register me as focal point for B2 country FR", Admin);

        var tenants = App.Services.GetRequiredService<RouteTenants>();
        Assert.Equal("00000000-0000-0000-0000-0000000000001", await tenants.TenantOfAsync(Admin, CancellationToken.None));
        Assert.Null(await tenants.TenantOfAsync(Stranger, CancellationToken.None));
    }

    [Fact]
    public async Task NonAdministrator_IsRefused_AndNothingChanges()
    {
        var reply = await SendAsync("personal-message", "register me as focal point for B2 country FR", Stranger);

        Assert.Contains("Only RufaBot administrators", reply, StringComparison.Ordinal);
        Assert.Null(await Resolve("FR", EscalationTier.B2));
    }

    [Fact]
    public async Task ChannelRegistration_OutsideAChannel_SaysWhereToSendIt()
    {
        var reply = await SendAsync("personal-message", "register this channel as focal point channel for B1 country KE", Admin);

        Assert.Contains("works only inside a Teams channel", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_ExplainsTheForm_InFrenchToo()
    {
        var english = await SendAsync("personal-message", "register me as focal point for B7 planet Mars", Admin);
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl);
        activity["text"] = "m'enregistrer comme point focal pour B7 planète Mars";
        activity["from"]!["aadObjectId"] = Admin;
        activity["locale"] = "fr-FR";
        var before = Connector.Requests.Count;
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        var french = (string)JsonNode.Parse((await Connector.WaitForAsync(before + 1))[before].Body)!["text"]!;

        Assert.Contains("register me as focal point for B1 country KE", english, StringComparison.Ordinal);
        Assert.Contains("Je n'ai pas reconnu la route", french, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-ES", "registrarme como punto focal para B2 país ES", "ahora es usted punto focal para B2 país ES", "ES")]
    [InlineData("ru-RU", "зарегистрировать меня координатором для B2 страна RU", "теперь вы координатор для маршрута B2 страна RU", "RU")]
    [InlineData("zh-CN", "将我登记为协调人 B2 国家 CN", "您现在是 B2 国家 CN 的协调人", "CN")]
    [InlineData("ar-EG", "سجلني جهة تنسيق للمسار B2 بلد EG", "أصبحت الآن جهة التنسيق لـ B2 بلد EG", "EG")]
    public async Task Administrator_RegistersHimself_InEachLanguage(string locale, string text, string expected, string country)
    {
        var reply = await SendInAsync(locale, text, Admin);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        var route = await Resolve(country, EscalationTier.B2);
        Assert.Equal($"country:{country}", route?.RoutingKey);
        Assert.Equal(Admin, Assert.Single(route!.FocalPoints).AadObjectId);
    }

    [Theory]
    [InlineData("es-ES", "registrarme como punto focal para B7 planeta Marte", "registrarme como punto focal para B1 país KE")]
    [InlineData("ru-RU", "зарегистрировать меня координатором для B1 планета Марс", "зарегистрировать меня координатором для B1 страна KE")]
    [InlineData("zh-CN", "将我登记为协调人 B1 行星 火星", "将我登记为协调人 B1 国家 KE")]
    [InlineData("ar-EG", "سجلني جهة تنسيق للمسار B1 كوكب المريخ", "سجلني جهة تنسيق للمسار B1 بلد KE")]
    public async Task UnknownRoute_ExplainsTheForm_InEachLanguage(string locale, string text, string example)
    {
        var reply = await SendInAsync(locale, text, Admin);

        Assert.Contains(example, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScopeWordsOfAnyLanguage_AreUnderstood_WhateverTheLanguageOfTheCommand()
    {
        var reply = await SendInAsync("en-US", "register me as focal point for B2 entité UNICEF", Admin);

        Assert.Contains("you are now a focal point for B2 entity UNICEF", reply, StringComparison.Ordinal);
    }

    private async Task<string> SendInAsync(string locale, string text, string aadObjectId)
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl);
        activity["text"] = text;
        activity["from"]!["aadObjectId"] = aadObjectId;
        activity["locale"] = locale;
        var before = Connector.Requests.Count;
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        return (string)JsonNode.Parse((await Connector.WaitForAsync(before + 1))[before].Body)!["text"]!;
    }
}
