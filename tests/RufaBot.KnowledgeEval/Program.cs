namespace RufaBot.KnowledgeEval;

/// <summary>
/// <c>dotnet run -c Release --project tests/RufaBot.KnowledgeEval [-- --failures] [--languages]</c> prints the figures of
/// docs/knowledge.md (--languages: of the questions in Spanish, Russian, Arabic and Chinese); <c>-- --ask "question" [--locale fr-FR]</c> shows one offline answer.
/// A named class, not top-level statements: the test project also sees the web app's Program.
/// </summary>
internal static class EvalProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--ask", var question, ..])
        {
            var locale = args.Length >= 4 && args[2] == "--locale" ? args[3] : null;
            var answer = await new Evaluator().Answers.AnswerAsync(question, locale, CancellationToken.None);
            Console.WriteLine($"{answer.Mode}: {answer.Text}");
            foreach (var citation in answer.Citations)
                Console.WriteLine($"  [{citation.Number}] {citation.Citation.Label} ({citation.Citation.Ref})");
            return 0;
        }
        // --languages: the questions in Spanish, Russian, Arabic and Chinese (questions.languages.json) instead.
        var path = args.Contains("--languages") ? EvalQuestion.LanguagesPath : EvalQuestion.DefaultPath;
        var report = await new Evaluator().RunAsync(EvalQuestion.Load(path), latencyRounds: 20);
        foreach (var line in report.Lines())
            Console.WriteLine(line);
        if (args.Contains("--slowest"))
            foreach (var line in report.Slowest(10))
                Console.WriteLine(line);
        if (args.Contains("--coverage"))
            foreach (var line in report.Coverages())
                Console.WriteLine(line);
        if (args.Contains("--failures"))
            foreach (var line in report.Failures())
                Console.WriteLine(line);
        return 0;
    }
}
