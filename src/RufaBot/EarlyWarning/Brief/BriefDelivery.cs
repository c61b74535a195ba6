using Microsoft.Extensions.Options;
using BotProtocol;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>Makes the brief's message for one reader: its card, with signed links to the chart and the files.</summary>
internal sealed class BriefDelivery(BriefService briefs, BriefCard cards, BriefLinks links, IOptionsMonitor<EarlyWarningOptions> options)
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string Chart = "png";

    public async Task<(BriefFigures Figures, Func<string?, Activity> MessageFor)> PrepareAsync(string region, Quarter quarter, CancellationToken ct)
    {
        var figures = await briefs.ComputeAsync(region, quarter, ct);
        var downloads = new BriefDownloads(links.For(region, quarter, Csv), links.For(region, quarter, Xlsx), links.For(region, quarter, Chart),
            options.CurrentValue.Brief.LinkLifetime);
        return (figures, locale =>
        {
            var activity = Replies.Card(cards.Render(figures, downloads, locale));
            activity.Summary = cards.Title(figures, locale);
            return activity;
        });
    }
}
