using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge.Prompts;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// Answers a staff member's question from the knowledge base. Retrieval is offline. With a chat client (Azure
/// OpenAI) the model writes the answer from the retrieved passages only, and an answer that cites nothing, or
/// cites a passage it was not given, is replaced by the extractive one. A question that reads like a concern is
/// flagged for the host and is never sent to the model: it may name people at risk.
/// </summary>
internal sealed class AnswerService(
    KnowledgeRetriever retriever,
    ExtractiveAnswerer extractive,
    PromptBuilder prompts,
    IOptions<KnowledgeOptions> options,
    ILogger<AnswerService> logger,
    IChatClient? chat = null)
{
    public bool UsesModel => chat is not null;

    public async Task<KnowledgeAnswer> AnswerAsync(string question, string? locale, CancellationToken cancellationToken)
    {
        question = question.Trim();
        var language = LanguageDetector.Detect(question, locale);
        var concern = ConcernDetector.LooksLikeConcern(question);
        var hits = question.Length == 0 ? [] : await retriever.RetrieveAsync(question, language, options.Value.TopK, cancellationToken, requireCoverage: !concern);
        var answer = chat is null || concern || hits.Count == 0
            ? extractive.Answer(hits, language, concern, question: question)
            : await GenerateAsync(chat, question, hits, language, cancellationToken);
        KnowledgeLog.Answered(logger, answer.Id, answer.Mode.ToString(), answer.Citations.Count, answer.LooksLikeConcern);
        return answer;
    }

    private async Task<KnowledgeAnswer> GenerateAsync(IChatClient model, string question, IReadOnlyList<SearchHit> hits, Language language, CancellationToken cancellationToken)
    {
        var prompt = prompts.Build(question, hits);
        KnowledgeLog.PromptBuilt(logger, prompt.Tokens, prompt.Passages.Count);
        string? reply;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.ModelTimeout);
            var response = await model.GetResponseAsync(prompt.Messages, new ChatOptions { Temperature = 0, MaxOutputTokens = 400 }, timeout.Token);
            reply = response.Text;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            KnowledgeLog.ModelFailed(logger, e.GetType().Name);
            return extractive.Answer(hits, language, looksLikeConcern: false, extractive.Texts.ModelUnavailable(language), question);
        }

        var check = GeneratedAnswerCheck.Check(reply, prompt.Passages.Count, [.. prompt.Passages.Select(p => p.Entry.Title + "\n" + p.Entry.Body)]);
        if (!check.Accepted)
        {
            KnowledgeLog.GeneratedAnswerRejected(logger, check.Reason ?? "rejected");
            return extractive.Answer(hits, language, looksLikeConcern: false, question: question);
        }
        if (check.IsNotCovered)
            return extractive.Answer([], language, looksLikeConcern: false);
        // Answers in other languages rephrase English passages in other words: only English answers can be held to theirs.
        if (language == Language.English && !GeneratedAnswerCheck.IsSupported(reply!,
                check.Cited.Select(n => prompt.Passages[n - 1].Entry.Title + "\n" + prompt.Passages[n - 1].Entry.Body), question))
        {
            KnowledgeLog.GeneratedAnswerRejected(logger, "answer is not made of its passages' words");
            return extractive.Answer(hits, language, looksLikeConcern: false, question: question);
        }
        var citations = check.Cited.Select(n => new AnswerCitation(n, prompt.Passages[n - 1].Entry.Citation)).ToList();
        // The model is asked to say so itself, but the note does not depend on it doing so.
        var note = check.Cited.Any(n => prompt.Passages[n - 1].Entry.IsGuidance) ? extractive.Texts.GuidanceNote(language) : null;
        return new KnowledgeAnswer(KnowledgeAnswer.NewId(), CardText.EscapeKeepingMarkers(reply!.Trim()), citations, AnswerMode.Generated, false, language, note);
    }
}
