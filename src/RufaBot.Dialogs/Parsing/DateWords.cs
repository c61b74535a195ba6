using System.Collections.Frozen;

namespace RufaBot.Dialogs.Parsing;

// English and French vocabulary for dates, folded (no accents, lower case).
internal static class DateWords
{
    public static readonly FrozenDictionary<string, int> Special = new Dictionary<string, int>
    {
        ["today"] = 0, ["now"] = 0, ["this morning"] = 0, ["tonight"] = 0, ["earlier today"] = 0,
        ["aujourd hui"] = 0, ["aujourdhui"] = 0, ["ce matin"] = 0, ["ce soir"] = 0, ["maintenant"] = 0,
        ["yesterday"] = 1, ["last night"] = 1, ["hier"] = 1, ["hier soir"] = 1, ["la nuit derniere"] = 1,
        ["day before yesterday"] = 2, ["the day before yesterday"] = 2, ["avant hier"] = 2,
    }.ToFrozenDictionary();

    public static readonly FrozenSet<string> Fillers = new[]
    {
        "since", "in", "on", "the", "of", "around", "about", "approximately", "approx", "early", "from", "at",
        "depuis", "en", "le", "la", "l", "vers", "environ", "debut", "des", "du", "au", "courant",
        "morning", "evening", "afternoon", "matin", "soir", "apres", "midi",
    }.ToFrozenSet();

    public static readonly FrozenSet<string> Last = new[] { "last", "past", "previous", "dernier", "derniere", "passe", "passee" }.ToFrozenSet();

    public static readonly FrozenSet<string> This = new[] { "this", "ce", "cet", "cette", "ci" }.ToFrozenSet();

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["un"] = 1, ["une"] = 1, ["two"] = 2, ["deux"] = 2, ["couple"] = 2,
        ["three"] = 3, ["trois"] = 3, ["four"] = 4, ["quatre"] = 4, ["five"] = 5, ["cinq"] = 5,
        ["six"] = 6, ["seven"] = 7, ["sept"] = 7, ["eight"] = 8, ["huit"] = 8, ["nine"] = 9, ["neuf"] = 9,
        ["ten"] = 10, ["dix"] = 10, ["eleven"] = 11, ["onze"] = 11, ["twelve"] = 12, ["douze"] = 12,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, char> Units = new Dictionary<string, char>
    {
        ["day"] = 'd', ["days"] = 'd', ["jour"] = 'd', ["jours"] = 'd',
        ["week"] = 'w', ["weeks"] = 'w', ["semaine"] = 'w', ["semaines"] = 'w',
        ["month"] = 'm', ["months"] = 'm', ["mois"] = 'm',
        ["year"] = 'y', ["years"] = 'y', ["an"] = 'y', ["ans"] = 'y', ["annee"] = 'y', ["annees"] = 'y',
    }.ToFrozenDictionary();

    private static readonly string[][] Months =
    [
        ["january", "jan", "janvier", "janv"], ["february", "feb", "fevrier", "fevr", "fev"],
        ["march", "mar", "mars"], ["april", "apr", "avril", "avr"], ["may", "mai"], ["june", "jun", "juin"],
        ["july", "jul", "juillet", "juil"], ["august", "aug", "aout"], ["september", "sep", "sept", "septembre"],
        ["october", "oct", "octobre"], ["november", "nov", "novembre"], ["december", "dec", "decembre"],
    ];

    private static readonly string[][] Weekdays =
    [
        ["sunday", "sun", "dimanche"], ["monday", "mon", "lundi"], ["tuesday", "tue", "tues", "mardi"],
        ["wednesday", "wed", "mercredi"], ["thursday", "thu", "thur", "thurs", "jeudi"],
        ["friday", "fri", "vendredi"], ["saturday", "sat", "samedi"],
    ];

    public static int? Number(string token) =>
        int.TryParse(token, out var n) ? n : Numbers.TryGetValue(token, out n) ? n : null;

    public static char? Unit(string token) => Units.TryGetValue(token, out var u) ? u : null;

    public static int? Month(string token)
    {
        var i = Array.FindIndex(Months, names => names.Contains(token));
        return i < 0 ? null : i + 1;
    }

    public static DayOfWeek? Weekday(string token)
    {
        var i = Array.FindIndex(Weekdays, names => names.Contains(token));
        return i < 0 ? null : (DayOfWeek)i;
    }

    // "3rd" → "3", "1er" → "1".
    public static string StripOrdinal(string token)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["st", "nd", "rd", "th", "er", "re"])
        {
            if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal)
                && token[..^suffix.Length].All(char.IsDigit))
                return token[..^suffix.Length];
        }
        return token;
    }
}
