using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.EarlyWarning.Patterns;
using RufaBot.Escalation.Routing;
using RufaBot.Storage;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// The brief's data: the regions (from <c>Escalation:Routing:Regions</c>), and the figures of a region and quarter
/// read from the concerns of its countries and the patterns alerted there. A read only, outside any transaction.
/// </summary>
internal sealed class BriefService(IDbContextFactory<RufaDbContext> contexts, IOptionsMonitor<RoutingOptions> routing)
{
    /// <summary>Concerns read for one brief at most, newest first (this and the previous quarter fit many times over).</summary>
    private const int MaxConcerns = 10000;

    public IReadOnlyList<string> Regions =>
        [.. routing.CurrentValue.Regions.Values.Select(r => r.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> CountriesOf(string region) =>
        [.. routing.CurrentValue.Regions.Where(r => r.Value.Trim().Equals(region, StringComparison.OrdinalIgnoreCase)).Select(r => r.Key.Trim().ToUpperInvariant())];

    public async Task<BriefFigures> ComputeAsync(string region, Quarter quarter, CancellationToken ct)
    {
        var countries = CountriesOf(region);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var concerns = await db.Concerns.AsNoTracking().Include(c => c.Events).AsSplitQuery()
            .Where(c => c.CountryCode != null && countries.Contains(c.CountryCode.ToUpper()))
            .OrderByDescending(c => c.Id).Take(MaxConcerns).ToListAsync(ct);
        var patterns = await db.Set<PatternAlert>().AsNoTracking().Where(p => countries.Contains(p.CountryCode)).ToListAsync(ct);
        return BriefCalculator.Compute(region, quarter, concerns, patterns);
    }
}
