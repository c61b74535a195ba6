using RufaBot.Dialogs;
using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// Fixed texts of answers and answer cards in the reader's language: the knowledge.* keys of the string tables
/// (dialogs/strings/&lt;lang&gt;.json). A language without a table, or a table without the key, gives English.
/// </summary>
internal sealed class AnswerTexts(FlowCatalog catalog)
{
    public string NotFound(Language language) => Text("knowledge.notFound", language);

    public string ModelUnavailable(Language language) => Text("knowledge.modelUnavailable", language);

    public string EnglishOnly(Language language) => Text("knowledge.englishOnly", language);

    /// <summary>The label of the sources' own words shown beside an explanation in another language.</summary>
    public string OriginalEnglish(Language language) => Text("knowledge.originalEnglish", language);

    public string Sources(Language language) => Text("knowledge.sources", language);

    public string ShowMore(Language language) => Text("knowledge.showMore", language);

    public string ShowLess(Language language) => Text("knowledge.showLess", language);

    public string WasThisHelpful(Language language) => Text("knowledge.helpful", language);

    public string Yes(Language language) => Text("knowledge.yes", language);

    public string No(Language language) => Text("knowledge.no", language);

    /// <summary>What kind of passage this is, shown after its title; null for admin documents.</summary>
    public string? KindLabel(EntryKind kind, Language language) => kind switch
    {
        EntryKind.Guidance => Text("knowledge.kind.guidance", language),
        EntryKind.SourceText => Text("knowledge.kind.sourceText", language),
        EntryKind.Summary => Text("knowledge.kind.summary", language),
        _ => null,
    };

    public string GuidanceNote(Language language) => Text("knowledge.guidanceNote", language);

    /// <summary>Where a passage comes from, worded for the reader: "Подробный план действий (март 2014 г.), пункт 2.3".</summary>
    public string CitationLabel(Citation citation, Language language) => _labels.Label(citation, language);

    private readonly CitationLabels _labels = new(catalog);

    private string Text(string key, Language language) => catalog.Text(key, language.Code());
}
