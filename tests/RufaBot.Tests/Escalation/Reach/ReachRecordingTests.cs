using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Reach;

/// <summary>
/// Where focal points and channels can be reached, recorded from Playground-recorded Teams activities (the sender made
/// a focal point of the first tier); nobody else's chat is recorded.
/// </summary>
public sealed class ReachRecordingTests : RunningBot
{
    private const string User = "00000000-0000-4000-8000-000000000020";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Escalation:Routing:Tiers:B1:Default:FocalPoints:0:AadObjectId"] = User,
        ["Escalation:Routing:Tiers:B1:Default:FocalPoints:0:DisplayName"] = "Fatou Focal",
    };

    private async Task PostAsync(string payload, string? conversationId = null, string? locale = null, string sender = User)
    {
        var activity = Payloads.Load(payload, Connector.ServiceUrl, conversationId: conversationId);
        if (activity["from"] is System.Text.Json.Nodes.JsonObject from && from["aadObjectId"] is not null)
            from["aadObjectId"] = sender;
        if (locale is not null)
            activity["locale"] = locale;
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task SomeoneWhoIsNotAFocalPoint_LeavesOnlyTheirTenantsAddress()
    {
        await PostAsync("personal-installationUpdate-add", "a:personal-9", sender: "00000000-0000-4000-8000-000000000099");
        await PostAsync("personal-message", "a:personal-9", sender: "00000000-0000-4000-8000-000000000099");

        var tenant = Assert.Single(await AddressesAsync());
        Assert.Equal("tenant:00000000-0000-0000-0000-0000000000001", tenant.Key);
        Assert.Equal(Connector.ServiceUrl.ToString(), tenant.ServiceUrl);
        Assert.Null(tenant.AadObjectId);
        Assert.Null(tenant.MemberId);
        Assert.Null(tenant.ConversationId);
        Assert.Null(tenant.Locale);
    }

    [Fact]
    public async Task TheDayOnly_IsKept()
    {
        await PostAsync("personal-message", "a:personal-1");

        Assert.Equal(TimeSpan.Zero, Assert.Single(await AddressesAsync()).UpdatedAt.UtcDateTime.TimeOfDay);
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

    // A malformed activity locale is never kept; the language then comes from the payload's clientInfo (en-US).
    [Theory]
    [InlineData("fr-FR", "fr-FR")]
    [InlineData("zh-Hans-CN", "zh-Hans-CN")]
    [InlineData("fr-FR<b>", "en-US")]
    [InlineData("x", "en-US")]
    public async Task PersonalChat_KeepsTheLanguageTheClientReports_WhenItIsALanguageTag(string locale, string? kept)
    {
        await PostAsync("personal-message", "a:personal-1", locale);

        Assert.Equal(kept, Assert.Single(await AddressesAsync()).Locale);
    }

    [Fact]
    public async Task AChatTheBotOpened_KeepsTheLanguageThePersonsClientReported()
    {
        await PostAsync("personal-message", "a:personal-1", "fr-FR");

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
