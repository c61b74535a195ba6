using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Answers;

/// <summary>Fixed texts of answers and answer cards, in English and French.</summary>
internal static class AnswerTexts
{
    public static string NotFound(Language language) => language == Language.French
        ? "Je n'ai pas trouvé de réponse dans les documents de RufaBot : ils ne traitent pas de cette question, ou pas avec ces mots. Essayez d'autres mots, ou adressez-vous au point focal Human Rights up Front de votre entité ou à votre conseiller aux droits de l'homme."
        : "I could not find an answer in RufaBot's documents: they do not cover this, or not in these words. Try other words, or ask your entity's Human Rights up Front focal point or your Human Rights Adviser.";

    public static string ModelUnavailable(Language language) => language == Language.French
        ? "L'assistant IA n'a pas pu répondre pour le moment ; voici les passages les plus pertinents de la base de connaissances."
        : "The AI assistant could not answer just now, so here are the most relevant passages from the knowledge base.";

    public static string EnglishOnly => "Certains extraits ne sont disponibles qu'en anglais.";

    public static string Sources(Language language) => language == Language.French ? "Sources" : "Sources";

    public static string ShowMore(Language language) => language == Language.French ? "Afficher la suite" : "Show more";

    public static string ShowLess(Language language) => language == Language.French ? "Afficher moins" : "Show less";

    public static string WasThisHelpful(Language language) => language == Language.French ? "Cette réponse vous a-t-elle aidé ?" : "Was this helpful?";

    public static string Yes(Language language) => language == Language.French ? "Oui" : "Yes";

    public static string No(Language language) => language == Language.French ? "Non" : "No";

    public static string Guidance(Language language) => language == Language.French
        ? "conseil de RufaBot, pas une politique de l'ONU"
        : "RufaBot's guidance, not UN policy";

    public static string SourceText(Language language) => language == Language.French
        ? "texte du document"
        : "text of the document";

    public static string Summary(Language language) => language == Language.French
        ? "résumé du document"
        : "summary of the document";

    /// <summary>What kind of passage this is, shown after its title; null for admin documents.</summary>
    public static string? KindLabel(EntryKind kind, Language language) => kind switch
    {
        EntryKind.Guidance => Guidance(language),
        EntryKind.SourceText => SourceText(language),
        EntryKind.Summary => Summary(language),
        _ => null,
    };

    public static string GuidanceNote(Language language) => language == Language.French
        ? "Une partie de cette réponse est un conseil de RufaBot, pas une politique de l'ONU."
        : "Part of this answer is RufaBot's guidance, not UN policy.";
}
