using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>The brief's downloadable files and chart, made on request from the figures; nothing is stored.</summary>
internal sealed class BriefFiles(SmallCounts small)
{
    public const string CsvType = "text/csv";
    public const string PngType = "image/png";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Csv(BriefFigures figures) => CsvOf(Header, BriefTable.Rows(figures, small).Select(r => new[] { r.Section, r.Item, r.Value, r.Detail }));

    /// <summary>The same rows as the CSV in one worksheet, every cell text, so "&lt;3" stays as written.</summary>
    public byte[] Xlsx(BriefFigures figures) => XlsxOf("Brief", Header, BriefTable.Rows(figures, small).Select(r => new[] { r.Section, r.Item, r.Value, r.Detail }));

    private static readonly string[] Header = [nameof(BriefRow.Section), nameof(BriefRow.Item), nameof(BriefRow.Value), nameof(BriefRow.Detail)];

    /// <summary>A table as CSV (CsvHelper, UTF-8); also the review timeline's file.</summary>
    public static byte[] CsvOf(string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, null, true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
                csv.WriteRecord(row);
            csv.Flush();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A table as one worksheet (Open XML SDK), every cell text; also the review timeline's file.</summary>
    public static byte[] XlsxOf(string sheetName, string[] header, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(header));
            foreach (var row in rows)
                data.Append(Row(row));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }
        return stream.ToArray();
    }

    private static Row Row(params string[] cells) =>
        new([.. cells.Select(text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) })]);

    /// <summary>
    /// Concerns by severity, this quarter beside the previous one. A suppressed count is drawn as no bar and labelled
    /// "&lt;3": a bar's height would give the number away.
    /// </summary>
    public byte[] Chart(BriefFigures figures)
    {
        var plot = new ScottPlot.Plot();
        string[] bands = ["S1", "S2", "S3", "S4"];
        var bars = new List<ScottPlot.Bar>();
        var labels = new List<string>();
        for (var i = 0; i < bands.Length; i++)
        {
            var now = figures.BySeverity.FirstOrDefault(c => c.Key == bands[i])?.Count ?? 0;
            var before = figures.PreviousBySeverity.FirstOrDefault(c => c.Key == bands[i])?.Count ?? 0;
            bars.Add(Bar(3 * i, before, small, ScottPlot.Colors.Gray));
            bars.Add(Bar(3 * i + 1, now, small, ScottPlot.Colors.SteelBlue));
            labels.Add($"{bands[i]} ({small.Cell(before)} → {small.Cell(now)})");
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, bands.Length).Select(i => 3 * i + 0.5)], [.. labels]);
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{figures.Region} {figures.Quarter}: {figures.Quarter.Previous} → {figures.Quarter}");
        return plot.GetImageBytes(640, 320, ScottPlot.ImageFormat.Png);
    }

    private static ScottPlot.Bar Bar(double position, int count, SmallCounts small, ScottPlot.Color color) =>
        new() { Position = position, Value = small.IsSuppressed(count) ? 0 : count, FillColor = color };
}
