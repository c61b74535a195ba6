namespace RufaBot.Dialogs.Parsing;

// Chinese numerals as people write them: 三, 十五, 两百, 一千零五, and digit by digit for years (二〇二五).
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsNumeral(char c) => Digit(c) >= 0 || Multiplier(c) > 0;

    public static int? Parse(string text)
    {
        if (text.Length == 0 || !text.All(IsNumeral)) return null;
        if (!text.Any(c => Multiplier(c) > 0))
        {
            // No 十/百/千/万: a digit string, as years are written.
            var value = 0;
            foreach (var c in text) value = value * 10 + Digit(c);
            return text.Length <= 9 ? value : null;
        }

        long total = 0, section = 0, digit = 0;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0) { digit = d; continue; }
            var m = Multiplier(c);
            if (m == 10000)
            {
                total += (section + digit) * m;
                section = 0;
            }
            else
            {
                // "十五" starts with its multiplier: one ten.
                section += (digit == 0 ? 1 : digit) * m;
            }
            digit = 0;
        }
        var result = total + section + digit;
        return result <= int.MaxValue ? (int)result : null;
    }

    // Every run of Chinese numerals replaced by its value in ASCII digits: "三月十日" → "3月10日".
    public static string WithDigits(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var end = i;
            while (end < text.Length && IsNumeral(text[end])) end++;
            if (end > i && Parse(text[i..end]) is { } n)
            {
                sb.Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                i = end;
                continue;
            }
            sb.Append(text[i]);
            i++;
        }
        return sb.ToString();
    }

    private static int Digit(char c) => c switch
    {
        '〇' => 0,
        '两' or '兩' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };

    private static int Multiplier(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' or '萬' => 10000,
        _ => 0,
    };
}
