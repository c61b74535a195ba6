using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Reach;

/// <summary>A concern nobody is configured to receive is reported to every administrator, by reference and tier only.</summary>
public sealed class RoutingGapTests : RunningBot
{
    private const string AdminOne = "4b3c7a10-1111-4a2b-9c3d-0000000000a1";
    private const string AdminTwo = "4b3c7a10-1111-4a2b-9c3d-0000000000a2";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Administration:AdminAadObjectIds:0"] = AdminOne,
        ["Administration:AdminAadObjectIds:1"] = AdminTwo,
        ["Escalation:Outbox:Enabled"] = "false",
    };

    [Fact]
    public async Task RoutingGap_TellsEachAdministrator_WhatToConfigure()
    {
        _ = App.Address;
        var concernId = Guid.NewGuid();

        await App.Services.GetRequiredService<IReachGaps>().ReportRoutingGapAsync(concernId, "RUF-7KQ2-9XHD", EscalationTier.B2, CancellationToken.None);

        await using var db = App.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();
        var notices = await db.OutboxMessages.AsNoTracking().Where(m => m.Purpose == ReachGaps.Purpose).ToListAsync();
        Assert.Equal([AdminOne, AdminTwo], notices.Select(n => n.Recipient.AadObjectId).Order());
        Assert.All(notices, n =>
        {
            var text = n.ReadActivity().Text!;
            Assert.Contains("RUF-7KQ2-9XHD", text, StringComparison.Ordinal);
            Assert.Contains("tier B2", text, StringComparison.Ordinal);
            Assert.Contains("Escalation:Routing", text, StringComparison.Ordinal);
        });
    }
}
