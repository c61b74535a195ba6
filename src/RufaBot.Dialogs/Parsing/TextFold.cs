using System.Text;

namespace RufaBot.Dialogs.Parsing;

// Folds text for forgiving comparisons: lower case, accents removed, every run of punctuation or
// spacing (typographic apostrophes included) turned into one space. Written by hand because string
// normalisation is unavailable under InvariantGlobalization.
internal static class TextFold
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžð";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzzd";

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= '\u0300' and <= '\u036f') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                AppendFolded(sb, c);
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    // Fold and drop the spaces too: "Côte d’Ivoire", "cote divoire" and "CôteD'Ivoire" meet.
    public static string Squash(string text) => Fold(text).Replace(" ", "", StringComparison.Ordinal);

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128) { sb.Append(c); return; }
        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        if (i >= 0) { sb.Append(Plain[i]); return; }
        sb.Append(c switch
        {
            'æ' => "ae",
            'œ' => "oe",
            'ß' => "ss",
            'þ' => "th",
            _ => c.ToString(),
        });
    }
}
