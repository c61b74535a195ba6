using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Reach;

/// <summary>Where people and channels can be reached, recorded from Playground-recorded Teams activities.</summary>
public sealed class ReachRecordingTests : RunningBot
{
    private const string User = "00000000-0000-0000-0000-0000000000020";

    private async Task PostAsync(string payload, string? conversationId = null)
    {
        var activity = Payloads.Load(payload, Connector.ServiceUrl, conversationId: conversationId);
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
    }

    private async Task<List<ReachAddress>> AddressesAsync()
    {
        await using var db = App.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();
        return await db.ReachAddresses.AsNoTracking().OrderBy(a => a.Key).ToListAsync();
    }

    [Fact]
    public async Task PersonalInstall_RecordsTheUsersChat()
    {
        await PostAsync("personal-installationUpdate-add", "a:personal-1");

        var address = Assert.Single(await AddressesAsync());
        Assert.Equal($"user:{User}", address.Key);
        Assert.Equal("a:personal-1", address.ConversationId);
        Assert.Equal("user-id-0", address.MemberId);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", address.TenantId);
        Assert.Equal(Connector.ServiceUrl.ToString(), address.ServiceUrl);
        Assert.Equal("personal", address.ConversationType);
    }

    [Fact]
    public async Task NewerPersonalChat_ReplacesTheOld_AndAnUnchangedOneIsNotWrittenAgain()
    {
        await PostAsync("personal-message", "a:personal-1");
        var first = Assert.Single(await AddressesAsync()).UpdatedAt;
        await PostAsync("personal-message", "a:personal-1");
        Assert.Equal(first, Assert.Single(await AddressesAsync()).UpdatedAt);

        await PostAsync("personal-message", "a:personal-2");

        Assert.Equal("a:personal-2", Assert.Single(await AddressesAsync()).ConversationId);
    }

    [Theory]
    [InlineData("fr-FR", "fr-FR")]
    [InlineData("zh-Hans-CN", "zh-Hans-CN")]
    [InlineData("fr-FR<b>", null)]
    [InlineData("x", null)]
    public async Task PersonalChat_KeepsTheLanguageTheClientReports_WhenItIsALanguageTag(string locale, string? kept)
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl, conversationId: "a:personal-1");
        activity["locale"] = locale;
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();

        Assert.Equal(kept, Assert.Single(await AddressesAsync()).Locale);
    }

    [Fact]
    public async Task AChatTheBotOpened_KeepsTheLanguageThePersonsClientReported()
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl, conversationId: "a:personal-1");
        activity["locale"] = "fr-FR";
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();

        await App.Services.GetRequiredService<ReachDirectory>()
            .RecordOpenedChatAsync(User, "user-id-0", Connector.ServiceUrl.ToString(), "a:opened-by-the-bot", null, CancellationToken.None);

        var address = Assert.Single(await AddressesAsync());
        Assert.Equal("a:opened-by-the-bot", address.ConversationId);
        Assert.Equal("fr-FR", address.Locale);
    }

    [Fact]
    public async Task ChannelMessage_RecordsTheChannel_NotThePerson()
    {
        await PostAsync("channel-message-mention");

        var address = Assert.Single(await AddressesAsync());
        Assert.Equal("channel:team-id", address.Key);
        Assert.Equal("team-id", address.ConversationId);
        Assert.Equal("team-id", address.TeamId);
        Assert.Null(address.AadObjectId);
    }

    [Fact]
    public async Task GroupChat_IsNotAPlaceToReachAnyone()
    {
        await PostAsync("groupChat-message-mention");

        Assert.Empty(await AddressesAsync());
    }

    [Fact]
    public async Task Uninstall_ForgetsThePerson_AndRemovalFromTheTeam_ForgetsItsChannels()
    {
        await PostAsync("personal-message", "a:personal-1");
        await PostAsync("channel-message-mention");
        Assert.Equal(2, (await AddressesAsync()).Count);

        await PostAsync("personal-installationUpdate-remove", "a:personal-1");
        await PostAsync("channel-conversationUpdate-teamMemberRemoved-membersRemoved-bot");

        Assert.Empty(await AddressesAsync());
    }
}
