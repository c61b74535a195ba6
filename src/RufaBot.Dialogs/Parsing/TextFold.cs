using System.Text;

namespace RufaBot.Dialogs.Parsing;

// Folds text for forgiving comparisons: lower case, accents removed, every run of punctuation or
// spacing (typographic apostrophes included) turned into one space. Digits of every script become ASCII
// (٣, ۳, ３), Arabic loses its vowel marks and tatweel and writes alef, hamza carriers, alef maqsura and
// taa marbuta one way, Russian ё is е, and Chinese characters meet without spaces, since Chinese writes none.
// Written by hand because string normalisation is unavailable under InvariantGlobalization.
internal static class TextFold
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžðё";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzzdе";

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(Narrow(raw));
            if (c is >= '\u0300' and <= '\u036f' || IsArabicMark(c)) continue;
            if (char.IsLetterOrDigit(c))
            {
                // No space between two Chinese characters: "是 的" and "是的" are one word.
                if (space && sb.Length > 0 && !(IsCjk(c) && IsCjk(sb[^1]))) sb.Append(' ');
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

    // Any script's decimal digit as its value: Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹, full-width ０-９.
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06f0' and <= '\u06f9' => c - '\u06f0',
        >= '\uff10' and <= '\uff19' => c - '\uff10',
        _ => -1,
    };

    // Only the digits turned into ASCII, the rest kept: for parsers that read punctuation ("1,5", "٣٫٥").
    public static string AsciiDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var d = DigitValue(c);
            sb.Append(d >= 0 ? (char)('0' + d) : c switch
            {
                '\u066b' or '\uff0e' => '.', // Arabic decimal separator, full-width full stop
                '\u066c' or '\uff0c' => ',', // Arabic thousands separator, full-width comma
                _ => c,
            });
        }
        return sb.ToString();
    }

    // CJK ideographs (with 〇): Chinese text has no spaces between words.
    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or '\u3007';

    // Full-width Latin letters and digits as their ASCII selves (ＡＢＣ, ３).
    private static char Narrow(char c) => c is >= '\uff01' and <= '\uff5e' ? (char)(c - 0xfee0) : c;

    // Tashkeel (harakat, tanwin, shadda, sukun, superscript alef), Quranic marks and tatweel.
    private static bool IsArabicMark(char c) => c is >= '\u064b' and <= '\u065f' or '\u0670' or '\u0640' or >= '\u06d6' and <= '\u06ed';

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128) { sb.Append(c); return; }
        var digit = DigitValue(c);
        if (digit >= 0) { sb.Append((char)('0' + digit)); return; }
        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        if (i >= 0) { sb.Append(Plain[i]); return; }
        sb.Append(c switch
        {
            'æ' => "ae",
            'œ' => "oe",
            'ß' => "ss",
            'þ' => "th",
            // Arabic: alef with hamza or madda, and wasla, are alef; the seats of hamza their letter; alef maqsura and
            // Persian yeh are yeh; taa marbuta is heh (people type أحمد, احمد, مدرسة and مدرسه alike).
            'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
            'ؤ' => "و",
            'ئ' or 'ى' or 'ی' => "ي",
            'ة' => "ه",
            'ک' => "ك",
            _ => c.ToString(),
        });
    }
}
