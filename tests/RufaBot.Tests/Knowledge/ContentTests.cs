using RufaBot.Knowledge;
using RufaBot.Knowledge.Loading;

namespace RufaBot.Tests.Knowledge;

public sealed class ContentTests
{
    private static IReadOnlyList<KnowledgeEntry> Entries => KnowledgeTestServices.Shipped;

    private static HashSet<string> Refs => Entries.Select(e => e.Citation.Ref).ToHashSet();

    [Fact]
    public void ShippedContent_Loads_WithUniqueIdsAndCompleteFields()
    {
        Assert.True(Entries.Count >= 80, $"only {Entries.Count} entries");
        Assert.Equal(Entries.Count, Entries.Select(e => e.Id).Distinct().Count());
        Assert.All(Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Title));
            Assert.True(e.Body.Length >= 60, $"{e.Id}: body too short");
            Assert.NotEmpty(e.Tags);
            Assert.NotEmpty(e.Audience);
            Assert.False(string.IsNullOrWhiteSpace(e.In("fr")?.Title), $"{e.Id}: no French title");
            Assert.NotEmpty(e.In("fr")?.Tags ?? []);
        });
    }

    [Fact]
    public void EveryPledgeActionAndStarredItem_IsExplainedByAnEntry()
    {
        string[] required =
        [
            "CS para 1", "CS para 2", "CS P1", "CS P2", "CS P3", "CS P4", "CS P5", "CS P6", "CS P7", "CS last", "CS para 7",
            "PoA intro 13", "PoA intro 15", "PoA intro 16", "PoA intro 17", "PoA intro 18", "PoA intro 19", "PoA intro 20", "PoA 11", "PoA 13", "PoA 15",
            "DAP 1.2", "DAP 1.4", "DAP 1.5", "DAP 2.1", "DAP 2.2", "DAP 2.3", "DAP 3.1", "DAP 3.3", "DAP 3.5", "DAP 4.3", "DAP 4.4", "DAP 4.5", "DAP 4.7",
            "DAP 5.2", "DAP 5.3", "DAP 6.1", "DAP 7.1", "DAP 9.2", "DAP 11.2", "DAP 11.3", "DAP 11.4", "DAP 11.5", "DAP 11.6", "DAP 11.7",
            "DAP 12.1", "DAP 13.1", "DAP 13.2", "DAP 13.3", "DAP 13.5", "DAP 15.3", "DAP 15.4", "DAP 16.1", "DAP 16.2", "DAP fn 1", "DAP fn 8",
            "SGL para 1", "SGL para 2", "SGL para 4", "SGL para 5", "NGO para 1", "NGO request 4",
        ];
        var explained = Entries.SelectMany(e => e.SourceRefs).ToHashSet();
        var missing = required.Where(r => !explained.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        string[] guidance = ["RUFA escalation", "RUFA raise-concern", "RUFA confidentiality", "RUFA do-no-harm", "RUFA introduction"];
        Assert.All(guidance, r => Assert.Contains(r, Refs));
    }

    [Fact]
    public void Citations_ReadAsDocumentDateAndItem()
    {
        var dap = Entries.Single(e => e.Id == "dap-2.3").Citation;
        Assert.Equal("Detailed Action Plan (March 2014), item 2.3", dap.Label);
        Assert.Equal("Commitment statement (21 Nov 2013), pledge 1", Entries.Single(e => e.Id == "cs-p1").Citation.Label);
        Assert.Equal("SG letter to heads of entities (6 Apr 2015), para 2", Entries.Single(e => e.Id == "sgl-2").Citation.Label);
        Assert.StartsWith("RufaBot guidance, ", Entries.Single(e => e.Id == "rufa-escalation-ladder").Citation.Label);
        Assert.Equal("Plan of Action (2013), introduction, para 15 (action 1); Detailed Action Plan (March 2014), items 2.1, 2.2 and 2.3",
            Entries.Single(e => e.Id == "poa-a1").Citation.Label);
        Assert.Equal("Commitment statement (21 Nov 2013), pledges 2, 3 and 5; Detailed Action Plan (March 2014), items 5.1 and 5.3",
            Entries.Single(e => e.Id == "cs-authorities").Citation.Label);
    }

    [Fact]
    public void GuidanceEntries_AreMarkedAsRufaBotsProcess()
    {
        Assert.All(Entries.Where(e => e.Citation.Ref.StartsWith("RUFA ")), e => Assert.True(e.IsGuidance));
        Assert.All(Entries.Where(e => !e.Citation.Ref.StartsWith("RUFA ")), e => Assert.False(e.IsGuidance));
    }

    [Fact]
    public void Content_CitesWhereTheContentIs_NotTheSeedsWrongCrossReferences()
    {
        // domain.md traps: SAG is 13.3 (not 13.4), SRC is in 13.1, SRC selection is 13.2, real-time reviews are 3.5.
        Assert.Equal("DAP 13.3", Entries.Single(e => e.Title.Contains("Senior Action Group (SAG)")).Citation.Ref);
        Assert.Equal("DAP 13.1", Entries.Single(e => e.Title.Contains("Situation Response Coordinator (SRC)")).Citation.Ref);
        Assert.Equal("DAP 3.5", Entries.Single(e => e.Title.Contains("real-time reviews")).Citation.Ref);
        Assert.Contains("item 13.3", Entries.Single(e => e.Id == "dap-10.2").Body);
        Assert.Contains("item 13.2", Entries.Single(e => e.Id == "dap-14.1").Body);
        Assert.Contains("item 3.5", Entries.Single(e => e.Id == "dap-14.1").Body);
        // The Plan of Action's "Situation Response Cabinet" is not said to be the Senior Action Group.
        var cabinet = Assert.Single(Entries, e => e.Body.Contains("Situation Response Cabinet"));
        Assert.Contains("does not use the term", cabinet.Body);
        Assert.DoesNotContain(Entries, e => e.Body.Contains("(see 13.4)") || e.Body.Contains("item 13.4)"));
    }

    [Fact]
    public void ContentLoader_RejectsMissingFieldsAndUnknownAudience()
    {
        var folder = Directory.CreateTempSubdirectory("rufa-content-").FullName;
        try
        {
            var file = Path.Combine(folder, "bad.json");
            File.WriteAllText(file, """{"document":{"code":"X","kind":"guidance","name":"X doc","date":"2020"},"entries":[{"id":"x-1","ref":"X 1","item":"item 1","title":"T","body":"B","tags":[],"audience":["everyone"]}]}""");
            var error = Assert.Throws<InvalidDataException>(() => ContentLoader.LoadFolder(folder, KnowledgeTestServices.Seeds));
            Assert.Contains("unknown audience 'everyone'", error.Message);

            File.WriteAllText(file, """{"document":{"code":"X","kind":"guidance","name":"X doc"},"entries":[{"id":"x-1","ref":"X 1","title":"T","body":"B","audience":["all-staff"]}]}""");
            Assert.Contains("'item' is required", Assert.Throws<InvalidDataException>(() => ContentLoader.LoadFolder(folder, KnowledgeTestServices.Seeds)).Message);

            File.WriteAllText(file, """{"document":{"code":"DAP","kind":"summary"},"entries":[{"id":"x-1","cites":["DAP 99.9"],"title":"T","body":"B","audience":["all-staff"]}]}""");
            Assert.Contains("cites 'DAP 99.9', which is no passage", Assert.Throws<InvalidDataException>(() => ContentLoader.LoadFolder(folder, KnowledgeTestServices.Seeds)).Message);

            File.WriteAllText(file, """{"document":{"code":"DAP","kind":"summary"},"entries":[{"id":"x-1","title":"T","body":"B","audience":["all-staff"]}]}""");
            Assert.Contains("a summary must cite", Assert.Throws<InvalidDataException>(() => ContentLoader.LoadFolder(folder, KnowledgeTestServices.Seeds)).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
