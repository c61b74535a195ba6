using Microsoft.Extensions.DependencyInjection;
using RufaBot.Escalation.Cards;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Cards;

/// <summary>Teams gives user-specific views to at most 60 users: above that, automatic refresh is off and each focal point acts from their 1:1 copy.</summary>
public sealed class RefreshLimitTests : EscalationBot
{
    [Theory]
    [InlineData(2, 2)]
    [InlineData(60, 60)]
    [InlineData(61, 0)]
    public async Task RefreshLists_TheAssignedFocalPoints_UpToSixty(int assigned, int listed)
    {
        var concern = await SubmitAsync();
        var cards = App.Services.GetRequiredService<EscalationCard>();
        var ids = Enumerable.Range(0, assigned).Select(i => $"00000000-0000-0000-0000-{i:D12}").ToList();

        var card = cards.Render(new EscalationCardInput(concern, new CardViewer(RufaBot.Concerns.ConcernRole.CountryFocalPoint, false, null), concern.CreatedAt, null), null, ids);

        var userIds = card["refresh"]!["userIds"]!.AsArray();
        Assert.Equal(listed, userIds.Count);
        Assert.All(userIds, id => Assert.StartsWith("8:orgid:", (string?)id));
        Assert.Equal("refresh", (string?)card["refresh"]!["action"]!["verb"]);
    }
}
