namespace RufaBot.Knowledge.Text;

/// <summary>
/// A light French stemmer of our own: it folds plural and feminine endings and strips the common derivational
/// and verbal suffixes, so "signaler", "signalement" and "signalé" meet. Input is lower-case and already stripped
/// of accents, so a query typed without accents matches accented content.
/// </summary>
internal static class FrenchStemmer
{
    private const int MinStem = 3;

    // Longest first; the first suffix that leaves a stem of at least MinStem letters wins.
    private static readonly string[] Suffixes =
    [
        "issements", "issement", "atrices", "ateurs", "ations", "ements", "atrice", "ateur", "ation", "ement",
        "ments", "ances", "ences", "ismes", "istes", "ables", "ibles", "euses", "ment", "ance", "ence", "isme",
        "iste", "able", "ible", "euse", "ites", "ives", "aient", "erons", "eront", "erent", "ions", "ion",
        "ite", "eux", "ive", "ifs", "ees", "ais", "ait", "ant", "er", "ez", "if", "ee", "es", "e", "i",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= MinStem + 1)
            return word;
        var w = word;
        if (w.EndsWith('x') && (w.EndsWith("aux") || w.EndsWith("eux")) && w.Length > 5)
            w = w.EndsWith("aux") ? w[..^3] + "al" : w;
        else if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > MinStem + 1)
            w = w[..^1];

        foreach (var suffix in Suffixes)
        {
            if (w.Length - suffix.Length >= MinStem && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }
        // "interne"/"internationnal" style doubled consonants: one letter is enough to match.
        if (w.Length > MinStem + 1 && w[^1] == w[^2])
            w = w[..^1];
        return w;
    }
}
