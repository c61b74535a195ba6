using System.Buffers;
using System.Globalization;
using System.Text;
using RufaBot.Storage;

namespace RufaBot.Induction;

/// <summary>
/// Completions as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break is quoted
/// and its quotes doubled). A cell that a spreadsheet would run as a formula gets a leading apostrophe, because names
/// and entities are typed by staff: one that starts with a tab or carriage return, or whose first character after any
/// blanks is = + - @ or their full-width or small forms.
/// </summary>
internal static class InductionCsv
{
    public static readonly string[] Header =
        ["activity", "counts_as_mandatory_induction", "entity", "display_name", "user_id", "completed_utc", "correct", "questions"];

    /// <summary>What every row records: RufaBot's walkthrough, named so a file cannot pass for another course's record.</summary>
    public const string Activity = "RufaBot introduction to Human Rights up Front";

    /// <param name="countsAsMandatory">The organisation's <c>Induction:CountsAsMandatoryInduction</c>: "yes" only then.</param>
    public static string Write(IEnumerable<InductionCompletionRecord> completions, bool countsAsMandatory)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var c in completions)
            Row(csv, [
                Activity,
                countsAsMandatory ? "yes" : "no",
                c.Entity,
                c.DisplayName ?? "",
                c.UserId,
                c.CompletedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                c.Correct.ToString(CultureInfo.InvariantCulture),
                c.Questions.ToString(CultureInfo.InvariantCulture),
            ]);
        return csv.ToString();
    }

    // Full-width forms are what an East Asian input method types; spreadsheets that take them as = + - @ run the cell.
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63");

    public static string Cell(string value)
    {
        if (IsFormula(value))
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    // Spreadsheets skip leading spaces before deciding; invisible characters are skipped too, to be safe.
    private static bool IsFormula(string value)
    {
        if (value.Length > 0 && value[0] is '\t' or '\r')
            return true;
        var first = value.FirstOrDefault(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format);
        return first != default && FormulaStarts.Contains(first);
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
