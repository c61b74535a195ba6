using System.Globalization;
using System.Text;

namespace RufaBot.Dialogs.Parsing;

// Numbers as typed in any shipped language: "1,500", "1 500", "3,5" (decimal comma in French, Spanish, Russian), "3.5",
// "+2", digits of any script ("٣٫٥" with the Arabic decimal separator, "۱۲", "１２") and Chinese numerals ("十五", "两百").
internal static class NumberParser
{
    public static decimal? Parse(string input, string language)
    {
        if (ChineseNumerals.Parse(input.Trim()) is { } chinese) return chinese;
        var sb = new StringBuilder(input.Length);
        foreach (var c in TextFold.AsciiDigits(input.Trim()))
        {
            // Spaces, no-break spaces and apostrophes group thousands (1 500, 1'500).
            if (char.IsWhiteSpace(c) || c is '\'' or '’' or '_') continue;
            sb.Append(c);
        }
        var s = sb.ToString();
        if (s.Length == 0) return null;

        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            // The later separator is the decimal one: "1,500.25" and "1.500,25".
            s = comma > dot ? s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : s.Replace(",", "", StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            var thousands = !DecimalComma(language) && s.Length - comma - 1 == 3;
            s = thousands ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(',', '.');
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static bool DecimalComma(string language) =>
        DateWords.Languages.Any(l => l.DecimalComma && language.StartsWith(l.Language, StringComparison.OrdinalIgnoreCase));
}
