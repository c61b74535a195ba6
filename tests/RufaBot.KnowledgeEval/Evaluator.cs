using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Loading;
using RufaBot.Knowledge.Prompts;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Knowledge.Seeds;
using RufaBot.Knowledge.Text;

namespace RufaBot.KnowledgeEval;

/// <summary>
/// Runs the question set through the offline pipeline the bot uses (seeds and curated content from the build
/// output, default <see cref="KnowledgeOptions"/>, no model) and scores retrieval, answers and refusals.
/// Accuracy is deterministic; latency is measured on retrieval alone, after a warm-up.
/// </summary>
internal sealed class Evaluator
{
    private readonly KnowledgeIndex _index;
    private readonly KnowledgeRetriever _retriever;
    private readonly AnswerService _answers;
    private readonly Dictionary<string, KnowledgeEntry> _byId;

    public Evaluator(KnowledgeOptions? options = null)
    {
        var settings = Options.Create(options ?? new KnowledgeOptions());
        var seeds = SeedLibrary.Load(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Seeds"));
        var entries = seeds.Entries().ToList();
        entries.AddRange(ContentLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Content"), seeds));
        _index = new KnowledgeIndex(entries);
        _byId = entries.ToDictionary(e => e.Id);
        _retriever = new KnowledgeRetriever(_index, settings, NullLogger<KnowledgeRetriever>.Instance);
        var texts = new AnswerTexts(RufaBot.Dialogs.FlowLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));
        _answers = new AnswerService(_retriever, new ExtractiveAnswerer(settings, texts, seeds), new PromptBuilder(new PromptTokenCounter(), settings), settings,
            NullLogger<AnswerService>.Instance);
    }

    public AnswerService Answers => _answers;

    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, int latencyRounds = 0)
    {
        var results = new List<EvalResult>();
        foreach (var q in questions)
        {
            var language = LanguageDetector.Detect(q.Question, q.Locale);
            var hits = await _retriever.RetrieveAsync(q.Question, language, 3, CancellationToken.None);
            var coverage = _index.SearchWithCoverage(q.Question, language, 3).Coverage;
            var answer = await _answers.AnswerAsync(q.Question, q.Locale, CancellationToken.None);
            var cited = answer.Citations.Select(c => _byId.TryGetValue(c.Citation.EntryId, out var e) ? e.SourceRefs : []).ToList();
            var top1 = hits.Count > 0 && q.Cite.SelectMany(g => g).Intersect(hits[0].Entry.SourceRefs).Any();
            var top3 = q.Answerable && Covers(q.Cite, hits.Select(h => h.Entry.SourceRefs));
            var missingFacts = q.Facts.Where(f => !Contains(answer.Text, f)).ToList();
            var citationOk = q.Answerable && Covers(q.Cite, cited);
            var correct = q.Answerable && answer.Mode != AnswerMode.NotFound && missingFacts.Count == 0 && citationOk;
            var refused = answer.Mode == AnswerMode.NotFound;
            results.Add(new EvalResult(q, top1, top3, correct, refused, citationOk, missingFacts, coverage,
                hits.Select(h => h.Entry.Citation.Ref + (h.Entry.IsSourceText ? "" : $" [{h.Entry.Id}]")).ToList(), answer.Text));
        }
        var (wall, cpu) = latencyRounds > 0 ? await LatenciesAsync(questions, latencyRounds) : ([], []);
        return new EvalReport(results, [.. wall.SelectMany(l => l)], wall, [.. cpu.SelectMany(l => l)]);
    }

    /// <summary>Retrieval time of every question, <paramref name="rounds"/> times each, after one warm-up round.</summary>
    private async Task<(List<List<double>> Wall, List<List<double>> Cpu)> LatenciesAsync(IReadOnlyList<EvalQuestion> questions, int rounds)
    {
        var timings = questions.Select(_ => new List<double>(rounds)).ToList();
        var cpu = questions.Select(_ => new List<double>(rounds)).ToList();
        for (var round = -1; round < rounds; round++)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                var q = questions[i];
                var cpuStart = ThreadClock.NowMs();
                var start = Stopwatch.GetTimestamp();
                // Without embeddings retrieval completes synchronously, on this thread: its CPU time is its cost.
                await _retriever.RetrieveAsync(q.Question, LanguageDetector.Detect(q.Question, q.Locale), 3, CancellationToken.None);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                var cpuElapsed = ThreadClock.NowMs() - cpuStart;
                if (round < 0)
                    continue;
                timings[i].Add(elapsed);
                if (!double.IsNaN(cpuElapsed))
                    cpu[i].Add(cpuElapsed);
            }
        }
        return (timings, cpu);
    }

    private static bool Covers(List<List<string>> groups, IEnumerable<IReadOnlyList<string>> cited)
    {
        var refs = cited.SelectMany(c => c).ToHashSet();
        return groups.All(g => g.Any(refs.Contains));
    }

    /// <summary>A fact is found whatever the case, accents, quote marks or Markdown escapes; "|" separates wordings.</summary>
    internal static bool Contains(string answer, string fact)
    {
        var text = Fold(answer.Replace("\\", "", StringComparison.Ordinal));
        return fact.Split('|').Any(f => text.Contains(Fold(f), StringComparison.Ordinal));
    }

    private static string Fold(string text) => Quotations.Normal(TextAnalyzer.Fold(text));
}

internal sealed record EvalResult(
    EvalQuestion Question, bool Top1, bool Top3, bool Correct, bool Refused, bool CitationOk,
    IReadOnlyList<string> MissingFacts, double Coverage, IReadOnlyList<string> Retrieved, string Answer);
