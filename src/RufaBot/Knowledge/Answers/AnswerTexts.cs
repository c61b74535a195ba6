using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Answers;

/// <summary>Fixed texts of answers and answer cards, in English and French.</summary>
internal static class AnswerTexts
{
    public static string NotFound(Language language) => language == Language.French
        ? "Je n'ai pas trouvé de réponse dans la base de connaissances de RufaBot. Essayez d'autres mots, ou adressez-vous au point focal Human Rights up Front de votre entité."
        : "I could not find an answer in RufaBot's knowledge base. Try other words, or ask your entity's Human Rights up Front focal point.";

    public static string ModelUnavailable(Language language) => language == Language.French
        ? "L'assistant IA n'a pas pu répondre pour le moment ; voici les passages les plus pertinents de la base de connaissances."
        : "The AI assistant could not answer just now, so here are the most relevant passages from the knowledge base.";

    public static string EnglishOnly => "Certains extraits ne sont disponibles qu'en anglais.";

    public static string Sources(Language language) => language == Language.French ? "Sources" : "Sources";

    public static string WasThisHelpful(Language language) => language == Language.French ? "Cette réponse vous a-t-elle aidé ?" : "Was this helpful?";

    public static string Yes(Language language) => language == Language.French ? "Oui" : "Yes";

    public static string No(Language language) => language == Language.French ? "Non" : "No";

    public static string Guidance(Language language) => language == Language.French
        ? "procédure de RufaBot, pas une politique de l'ONU"
        : "RufaBot's process, not UN policy";
}
