using Microsoft.AspNetCore.Http.HttpResults;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// GET /early-warning/brief/{token}: the file a signed link names (CSV, XLSX or the chart), made now from the figures.
/// A forged, altered or expired token gets 404, the same as a token that never was. A review's link gives the
/// timeline's file only while its reviewer is still one and the concern closed; the download is entered in the trail.
/// </summary>
internal static class BriefEndpoint
{
    public static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(string token, BriefLinks links, BriefService briefs, BriefFiles files,
        Reviews.ReviewService reviews, CancellationToken ct)
    {
        if (links.Read(token) is { Concern: { } concern } review)
            return await ReviewAsync(review, concern, reviews, ct);
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

    private static async Task<Results<FileContentHttpResult, NotFound>> ReviewAsync(BriefLinks.Claim claim, Guid concern, Reviews.ReviewService reviews,
        CancellationToken ct)
    {
        if (claim.Format is not (BriefDelivery.Csv or BriefDelivery.Xlsx))
            return TypedResults.NotFound();
        var (record, _) = await reviews.OpenAsync(claim.Reviewer, concern, claim.Format, ct);
        if (record is null)
            return TypedResults.NotFound();
        var name = "review-" + record.Reference;
        return claim.Format == BriefDelivery.Csv
            ? TypedResults.File(Reviews.ReviewFiles.Csv(record), BriefFiles.CsvType, name + ".csv")
            : TypedResults.File(Reviews.ReviewFiles.Xlsx(record), BriefFiles.XlsxType, name + ".xlsx");
    }
}
