using System.Globalization;
using System.Text;

namespace RufaBot.Dialogs.Parsing;

// Numbers as typed in English or French: "1,500", "1 500", "3,5" (French decimal), "3.5", "+2".
internal static class NumberParser
{
    public static decimal? Parse(string input, string language)
    {
        var sb = new StringBuilder(input.Length);
        foreach (var c in input.Trim())
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
            var thousands = !language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
                && s.Length - comma - 1 == 3;
            s = thousands ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(',', '.');
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
