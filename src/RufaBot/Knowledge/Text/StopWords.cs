namespace RufaBot.Knowledge.Text;

/// <summary>Function words dropped before stemming; French forms are stored without accents.</summary>
internal static class StopWords
{
    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before",
        "being", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "during", "each", "else", "for",
        "from", "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "let", "me", "might", "more", "most", "my", "no",
        "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "please",
        "same", "shall", "she", "should", "so", "some", "such", "tell", "than", "that", "the", "their", "theirs",
        "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours", "yourself", "s", "t", "d", "ll", "m", "re", "ve", "many", "much",
        "there", "say", "says", "said", "mean", "means", "someone", "something", "anything", "according", "whose", "himself",
        "herself", "themselves", "ourselves",
    };

    public static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "a", "ai", "aie", "as", "au", "aux", "avec", "avez", "avoir", "c", "ca", "ce", "ceci", "cela", "ces", "cet",
        "cette", "comme", "comment", "d", "dans", "de", "des", "dois", "doit", "doivent", "donc", "du", "elle",
        "elles", "en", "est", "et", "etc", "etre", "eu", "faire", "fait", "il", "ils", "j", "je", "l", "la", "le",
        "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon", "n", "ne", "nos", "notre",
        "nous", "on", "ont", "ou", "par", "pas", "peut", "peux", "pour", "qu", "quand", "que", "quel", "quelle",
        "quelles", "quels", "qui", "quoi", "s", "sa", "sans", "se", "ses", "si", "son", "sont", "sur", "t", "ta",
        "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "suis", "sommes", "etes",
        "sera", "serait", "dont", "cet", "il", "y", "quoi", "faut", "doit", "puis", "puisque",
    };
}
