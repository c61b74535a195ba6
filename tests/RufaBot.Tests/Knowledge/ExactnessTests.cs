using System.Text.Json;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Text;

namespace RufaBot.Tests.Knowledge;

/// <summary>
/// What the knowledge base quotes is in the source, what it states as a source's is marked as such, and the
/// statements issue 18 found wrong stay gone, from the entries and from the texts of the introduction.
/// </summary>
public sealed class ExactnessTests
{
    private static IReadOnlyList<KnowledgeEntry> Entries => KnowledgeTestServices.Shipped;

    // RufaBot's own words that its guidance puts in quotation marks: commands and labels, not quotations.
    private static readonly string[] OwnWords = ["raise a concern", "induction", "my concerns", "forget me", "follow up", "RufaBot's guidance, not UN policy"];

    [Fact]
    public void EveryQuotation_IsVerbatimInAPassageTheEntryCites()
    {
        var problems = new List<string>();
        var quotations = 0;
        foreach (var entry in Entries)
        {
            var sources = entry.SourceRefs.Select(r => KnowledgeTestServices.Seeds.Find(r)!.Text).ToList();
            foreach (var quote in Quotations.Find(entry.Title + "\n" + entry.Body))
            {
                quotations++;
                if (OwnWords.Contains(quote) && entry.IsGuidance)
                    continue;
                if (!sources.Any(s => Quotations.IsIn(quote, s)))
                    problems.Add($"{entry.Id}: \"{quote}\" is in none of {string.Join(", ", entry.SourceRefs)}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(quotations >= 100, $"only {quotations} quotations checked");
    }

    [Fact]
    public void EveryEntry_IsEitherASummaryThatCitesItsSources_OrMarkedGuidance()
    {
        Assert.All(Entries, e =>
        {
            Assert.True(e.Kind is EntryKind.Summary or EntryKind.Guidance, e.Id);
            if (e.Kind == EntryKind.Summary)
            {
                Assert.NotEmpty(e.SourceRefs);
                // A summary says what a source says; RufaBot's advice lives in guidance entries.
                Assert.DoesNotContain("RufaBot", e.Body);
                Assert.DoesNotContain("What it means for you", e.Body);
            }
            else
                Assert.StartsWith("RufaBot guidance, ", e.Citation.Label);
        });
    }

    [Fact]
    public async Task Answers_ShowWhichPassagesAreGuidance_SourceText_OrSummary()
    {
        var services = new KnowledgeTestServices();
        var guidance = await services.Answers.AnswerAsync("How do I raise a concern with RufaBot?", null, CancellationToken.None);
        Assert.Contains("**How to raise a concern with RufaBot** (RufaBot's guidance, not UN policy)", guidance.Text);

        var source = await services.Answers.AnswerAsync("Which plans must reflect human rights concerns? CCAs, UNDAFs, Flash Appeals", null, CancellationToken.None);
        Assert.Contains("(summary of the document)", source.Text);
        Assert.Contains("(text of the document): “", source.Text);

        var french = await services.Answers.AnswerAsync("Comment signaler une préoccupation à RufaBot ?", "fr-FR", CancellationToken.None);
        Assert.Contains("(conseil de RufaBot, pas une politique de l'ONU)", french.Text);
    }

    /// <summary>Statements issue 18 found in the knowledge base or the introduction that the sources do not make.</summary>
    public static TheoryData<string> WrongStatements =>
    [
        "only when the authorities", "only when they cannot", "only when national authorities", "authorities are approached first",
        "does not bypass the government", "authorities come first", "would like to hear", "quickly and consistently",
        "first called", "Who decides on a light team", "core value in your job description", "Headquarters backs staff",
        "You do not need proof", "you do not need proof", "Do not approach the authorities or the media yourself",
        "whom does the UN inform first", "Every staff member takes it", "take this induction (Detailed Action Plan 2.3)",
        "the mandatory induction (Detailed Action Plan 2.3)", "called this body", "names it the Senior Action Group",
        "human rights can appear in your workplan",
    ];

    [Theory]
    [MemberData(nameof(WrongStatements))]
    public void AWrongStatement_IsNowhere(string statement)
    {
        var where = Entries.Where(e => (e.Title + " " + e.Body + " " + string.Join(" ", e.Translations?.Values.Select(t => t.Body) ?? [])).Contains(statement, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id)
            .Concat(StringTables().Where(s => s.Text.Contains(statement, StringComparison.OrdinalIgnoreCase)).Select(s => s.Key))
            .ToList();
        Assert.True(where.Count == 0, $"\"{statement}\" in {string.Join(", ", where)}");
    }

    private static IEnumerable<(string Key, string Text)> StringTables()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "dialogs", "strings");
        foreach (var file in new[] { "induction.en.json", "welcome.en.json", "induction.fr.json", "welcome.fr.json" })
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
            foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                yield return ($"{file}:{property.Name}", property.Value.GetString()!);
        }
    }
}
