using System.Text.RegularExpressions;
using RufaBot.Dialogs.Parsing;
using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge;

/// <summary>
/// Recognises a question that is really a concern: the user tells of something they saw or heard (or that is
/// happening) and it involves harm, e.g. "I saw soldiers detaining people". A hypothetical ("what must I do if I
/// learn of a violation?") is a question, not a concern. English and French; matched on accent-folded text.
/// </summary>
internal static partial class ConcernDetector
{
    public static bool LooksLikeConcern(string text)
    {
        var folded = TextAnalyzer.Fold(text);
        // A cry for help in any shipped language ("помогите", "救命", "النجدة") is the engine's to recognise.
        if (CryForHelp.IsCry(text) || Danger().IsMatch(folded))
            return true;
        return (Witnessed().IsMatch(folded) || Ongoing().IsMatch(folded)) && Harm().IsMatch(folded);
    }

    // First-hand or second-hand account of an event, EN and FR.
    [GeneratedRegex(@"\b(i|we)\s+(just\s+|have\s+|had\s+|'ve\s+|also\s+)?(saw|seen|witnessed|watched|heard|noticed|observed|found|learned|learnt|discovered)\b"
        + @"|\b(i|we)\s+(was|were|am|are|have been|'ve been)\s+(told|informed|threatened|attacked|beaten|detained|arrested|followed|harassed)\b"
        + @"|\b(someone|a colleague|my colleague|a witness|a source|a villager|people)\s+(told|informed|showed|reported to)\s+(me|us)\b"
        + @"|\bmy\s+(colleague|driver|staff|team|friend|neighbou?r|family|brother|sister)\s+(was|were|has been|have been|is|are|got)\b"
        + @"|\b(j'ai|nous avons|on a|je viens d'|nous venons d')\s*(vu|entendu|assiste|ete temoin|remarque|constate|appris|decouvert|observe)"
        + @"|\bon m'a (dit|raconte|signale|informe)|\bj'ai ete (menace|agresse|frappe|arrete|detenu|suivi)"
        + @"|\bmon (collegue|chauffeur|ami|voisin|frere)\s+a ete|\bma (collegue|soeur|famille)\s+a ete", RegexOptions.CultureInvariant)]
    private static partial Regex Witnessed();

    // Something happening now.
    [GeneratedRegex(@"\b(right now|at the moment|as we speak|happening now|this morning|last night|yesterday|today|tonight)\b"
        + @"|\b(they|soldiers|police|militias?|men|troops|guards|gunmen)\s+(are|were)\s+\w+ing\b"
        + @"|\b(en ce moment|maintenant|ce matin|hier|cette nuit|aujourd'hui)\b|\bsont en train de\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"\b(detain\w*|arrest\w*|kill\w*|shot|shoot\w*|beat\w*|tortur\w*|rape\w*|sexual\w*|burn\w*|attack\w*|abduct\w*|kidnap\w*|disappear\w*|missing|massacre\w*|execut\w*|bod(y|ies)|soldiers?|militias?|armed men|gunmen|troops|threat\w*|displac\w*|evict\w*|loot\w*|bomb\w*|beaten|injur\w*|wounded|dead|murder\w*|hate speech|violen\w*)\b"
        + @"|\b(arrete\w*|arrestation\w*|detenu\w*|detention\w*|tue\w*|tuer|tues|meurtre\w*|assassin\w*|abattu\w*|fusill\w*|battu\w*|frappe\w*|tortur\w*|viole|violee|viols?|violences?|brule\w*|attaqu\w*|enlev\w*|disparu\w*|soldats?|militaires?|milices?|policiers|hommes armes|menac\w*|deplace\w*|expuls\w*|pill\w*|bombard\w*|blesse\w*|morts?|cadavres?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Harm();

    [GeneratedRegex(@"\b(is|are|am|being)\s+(in danger|being (killed|attacked|beaten|tortured|detained))\b|\b(help me|we need help|they will kill)\b"
        + @"|\b(est|sont|suis|sommes)\s+en danger\b|\b(aidez-moi|au secours|ils vont (nous |les |le |la )?tuer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Danger();
}
