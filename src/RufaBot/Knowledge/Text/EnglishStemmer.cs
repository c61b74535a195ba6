namespace RufaBot.Knowledge.Text;

/// <summary>
/// The Porter (1980) suffix-stripping algorithm for English, steps 1a to 5b. Input is lower-case ASCII letters;
/// anything else is returned unchanged.
/// </summary>
internal static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
            return word;
        var w = new Word(word);
        Step1(w);
        Step2(w);
        Step3(w);
        Step4(w);
        Step5(w);
        return w.ToString();
    }

    private static void Step1(Word w)
    {
        if (w.EndsWith("sses")) w.Chop(2);
        else if (w.EndsWith("ies")) w.Chop(2);
        else if (!w.EndsWith("ss") && w.EndsWith("s")) w.Chop(1);

        var extra = false;
        if (w.EndsWith("eed"))
        {
            if (w.Measure(w.Length - 3) > 0) w.Chop(1);
        }
        else if (w.EndsWith("ed") && w.HasVowel(w.Length - 2)) { w.Chop(2); extra = true; }
        else if (w.EndsWith("ing") && w.HasVowel(w.Length - 3)) { w.Chop(3); extra = true; }

        if (extra)
        {
            if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz")) w.Append("e");
            else if (w.EndsWithDoubleConsonant() && !w.EndsWith("l") && !w.EndsWith("s") && !w.EndsWith("z")) w.Chop(1);
            else if (w.Measure(w.Length) == 1 && w.EndsWithCvc(w.Length)) w.Append("e");
        }

        if (w.EndsWith("y") && w.HasVowel(w.Length - 1))
            w.ReplaceEnd(1, "i");
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    private static void Step2(Word w) => ReplaceFirst(w, Step2Rules);

    private static void Step3(Word w) => ReplaceFirst(w, Step3Rules);

    private static void ReplaceFirst(Word w, (string Suffix, string Replacement)[] rules)
    {
        // The longest matching suffix decides; a rule that matches but fails the measure stops the step.
        var best = rules.Where(r => w.EndsWith(r.Suffix)).OrderByDescending(r => r.Suffix.Length).FirstOrDefault();
        if (best.Suffix is not null && w.Measure(w.Length - best.Suffix.Length) > 0)
            w.ReplaceEnd(best.Suffix.Length, best.Replacement);
    }

    private static void Step4(Word w)
    {
        var suffix = Step4Suffixes.Where(w.EndsWith).OrderByDescending(s => s.Length).FirstOrDefault();
        if (suffix is null)
            return;
        var stem = w.Length - suffix.Length;
        if (w.Measure(stem) <= 1)
            return;
        if (suffix == "ion" && !(stem > 0 && w[stem - 1] is 's' or 't'))
            return;
        w.Chop(suffix.Length);
    }

    private static void Step5(Word w)
    {
        if (w.EndsWith("e"))
        {
            var m = w.Measure(w.Length - 1);
            if (m > 1 || (m == 1 && !w.EndsWithCvc(w.Length - 1)))
                w.Chop(1);
        }
        if (w.EndsWith("ll") && w.Measure(w.Length) > 1)
            w.Chop(1);
    }
}
