namespace RufaBot.KnowledgeEval;

/// <summary>The figures of one run: retrieval top-1 and top-3, answer correctness, honest refusals and latency.</summary>
internal sealed record EvalReport(IReadOnlyList<EvalResult> Results, IReadOnlyList<double> LatenciesMs, IReadOnlyList<List<double>>? PerQuestionMs = null,
    IReadOnlyList<double>? CpuMs = null)
{
    /// <summary>The questions whose median retrieval time is the longest.</summary>
    public IEnumerable<string> Slowest(int count) => PerQuestionMs is null ? [] : PerQuestionMs
        .Select((times, i) => (Median: times.Order().ElementAt(times.Count / 2), Results[i].Question))
        .OrderByDescending(x => x.Median).Take(count).Select(x => $"{x.Median:F3} ms median  {x.Question.Id} {x.Question.Question}");

    public IReadOnlyList<EvalResult> Answerable => [.. Results.Where(r => r.Question.Answerable)];

    public IReadOnlyList<EvalResult> Unanswerable => [.. Results.Where(r => !r.Question.Answerable)];

    public double Top1 => Share(Answerable, r => r.Top1);

    public double Top3 => Share(Answerable, r => r.Top3);

    public double AnswerCorrect => Share(Answerable, r => r.Correct);

    public double CorrectRefusal => Share(Unanswerable, r => r.Refused);

    public double FalseRefusal => Share(Answerable, r => r.Refused);

    public double Percentile(double p) => Percentile(LatenciesMs, p);

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public IEnumerable<string> Lines()
    {
        yield return $"Questions: {Results.Count} ({Answerable.Count} answerable, {Unanswerable.Count} the documents cannot answer)";
        foreach (var kind in Results.GroupBy(r => r.Question.Kind).OrderBy(g => g.Key))
            yield return $"  {kind.Key,-14} {kind.Count(),4}  answered correctly or declined correctly: {Share(kind.ToList(), r => r.Question.Answerable ? r.Correct : r.Refused):P1}"
                + $"  top-1 {Share(kind.ToList(), r => r.Top1):P1}  top-3 {Share(kind.ToList(), r => r.Top3):P1}";
        yield return $"Retrieval top-1 (first passage cites a required passage): {Top1:P1}";
        yield return $"Retrieval top-3 (first three passages cite every required passage): {Top3:P1}";
        yield return $"Answer correct (key facts and a correct citation, answerable questions): {AnswerCorrect:P1}   target >= 95%";
        yield return $"Correct refusal (questions the documents cannot answer): {CorrectRefusal:P1}   target >= 90%";
        yield return $"False refusal (answerable questions declined): {FalseRefusal:P1}";
        if (LatenciesMs.Count > 0)
        {
            if (CpuMs is { Count: > 0 } cpu)
                yield return $"Retrieval CPU time over {cpu.Count} runs: p50 {Percentile(cpu, 0.50):F3} ms, p99 {Percentile(cpu, 0.99):F3} ms, max {cpu.Max():F3} ms   target p99 <= 2 ms";
            yield return $"Retrieval wall-clock time (includes waiting for a busy CPU): p50 {Percentile(0.50):F3} ms, p99 {Percentile(0.99):F3} ms, max {LatenciesMs.Max():F3} ms";
        }
    }

    /// <summary>Coverage of every question, answerable or not, to choose Knowledge:MinCoverage.</summary>
    public IEnumerable<string> Coverages() =>
        Results.OrderBy(r => r.Coverage).Select(r => $"{r.Coverage:F3} {(r.Question.Answerable ? "answerable  " : "UNANSWERABLE")} {r.Question.Id} {r.Question.Question}");

    public IEnumerable<string> Failures()
    {
        foreach (var r in Results.Where(r => r.Question.Answerable ? !r.Correct : !r.Refused))
        {
            var q = r.Question;
            yield return $"{q.Id} [{q.Kind}] {q.Question} (coverage {r.Coverage:F2})";
            yield return q.Answerable
                ? $"    expected {string.Join(" + ", q.Cite.Select(g => string.Join("|", g)))}; facts missing: {string.Join(", ", r.MissingFacts)}; citation ok: {r.CitationOk}; retrieved: {string.Join(", ", r.Retrieved)}"
                : $"    should be declined; retrieved: {string.Join(", ", r.Retrieved)}";
        }
    }

    private static double Share(IReadOnlyList<EvalResult> results, Func<EvalResult, bool> ok) =>
        results.Count == 0 ? 0 : (double)results.Count(ok) / results.Count;
}
