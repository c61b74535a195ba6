using System.Text;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Knowledge.Answers;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// Answers a question from the knowledge base: a card with citations and "Was this helpful?" in Teams, text with the
/// sources listed elsewhere. A question that reads like a report of harm is never answered from documents: the user
/// is offered to raise a concern instead.
/// </summary>
internal sealed class KnowledgeReplies(AnswerService answers, AnswerTexts texts, FlowCatalog catalog)
{
    public async Task<Activity> AnswerAsync(string question, string? channelId, string? locale, CancellationToken cancellationToken)
    {
        var answer = await answers.AnswerAsync(question, locale, cancellationToken);
        if (answer.LooksLikeConcern)
            return Replies.Text(catalog.Text("host.concernOffer", locale));
        return Render(answer, channelId, texts);
    }

    /// <summary>An answer as a card with its sources in Teams, as text with the sources listed elsewhere.</summary>
    public static Activity Render(KnowledgeAnswer answer, string? channelId, AnswerTexts texts)
    {
        if (channelId == "msteams")
            return Replies.Card(AnswerCards.Build(answer, texts));

        var text = new StringBuilder(answer.Text);
        if (answer.Note is not null)
            text.Append("\n\n").Append(answer.Note);
        foreach (var citation in answer.Citations)
            text.Append("\n[").Append(citation.Number).Append("] ").Append(texts.CitationLabel(citation.Citation, answer.Language));
        return Replies.Text(text.ToString());
    }
}
