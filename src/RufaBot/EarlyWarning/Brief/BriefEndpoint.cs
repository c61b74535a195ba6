using Microsoft.AspNetCore.Http.HttpResults;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// GET /early-warning/brief/{token}: the file a signed link names (CSV, XLSX or the chart), made now from the figures.
/// A forged, altered or expired token gets 404, the same as a token that never was.
/// </summary>
internal static class BriefEndpoint
{
    public static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(string token, BriefLinks links, BriefService briefs, BriefFiles files,
        CancellationToken ct)
    {
        if (links.Read(token) is not { } claim || !Quarter.TryParse(claim.Quarter, out var quarter) || !briefs.Regions.Contains(claim.Region))
            return TypedResults.NotFound();
        var figures = await briefs.ComputeAsync(claim.Region, quarter, ct);
        var name = $"rqr-brief-{claim.Region}-{quarter}";
        return claim.Format switch
        {
            BriefDelivery.Csv => TypedResults.File(files.Csv(figures), BriefFiles.CsvType, name + ".csv"),
            BriefDelivery.Xlsx => TypedResults.File(files.Xlsx(figures), BriefFiles.XlsxType, name + ".xlsx"),
            BriefDelivery.Chart => TypedResults.File(files.Chart(figures), BriefFiles.PngType),
            _ => TypedResults.NotFound(),
        };
    }
}
