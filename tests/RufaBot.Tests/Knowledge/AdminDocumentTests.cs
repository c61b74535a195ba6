using RufaBot.Knowledge.Loading;
using RufaBot.Knowledge.Text;

namespace RufaBot.Tests.Knowledge;

public sealed class AdminDocumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rufa-admin-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Markdown_IsChunkedByHeading_AndCitedByFileAndHeading()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "unicef"));
        File.WriteAllText(Path.Combine(_folder, "unicef", "guidance.md"), """
            # Our entity and Human Rights up Front
            Intro paragraph about the entity.

            ## Child protection focal point
            Concerns about grave violations against children go to the child protection focal point in the country office.
            """);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "Plain text notes about the field office rota.");
        File.WriteAllText(Path.Combine(_folder, "ignored.pdf"), "not text");

        var entries = AdminDocumentLoader.LoadFolder(_folder, 1000, 1_000_000);

        Assert.Equal(["Plain text notes about the field office rota.", "Intro paragraph about the entity.", "Concerns about grave violations against children go to the child protection focal point in the country office."],
            entries.Select(e => e.Body));
        var child = entries[2];
        Assert.Equal("unicef/guidance.md", child.Citation.File);
        Assert.Equal("Child protection focal point", child.Citation.Heading);
        Assert.Equal("unicef/guidance.md, Child protection focal point", child.Citation.Label);
        Assert.True(child.IsAdminDocument);
        Assert.Equal("notes", entries[0].Citation.Heading);
    }

    [Fact]
    public void LongSections_AreSplitAtSentences_WithinTheLimit()
    {
        var sentence = "Staff should raise concerns early with the focal point of their office. ";
        var chunks = DocumentChunker.Split("# Long\n" + string.Concat(Enumerable.Repeat(sentence, 60)), "file", 400);
        Assert.True(chunks.Count >= 10);
        Assert.All(chunks, c => Assert.True(c.Text.Length <= 400, c.Text.Length.ToString()));
        Assert.All(chunks, c => Assert.Equal("Long", c.Heading));
    }

    [Fact]
    public void AdminChunks_AreSearchable_InTheirOwnLanguage()
    {
        File.WriteAllText(Path.Combine(_folder, "procedures.md"), """
            # Signalement au bureau de pays
            Les membres du personnel de notre entité signalent les préoccupations au représentant du bureau de pays.
            """);
        var services = new KnowledgeTestServices(AdminDocumentLoader.LoadFolder(_folder, 1000, 1_000_000));
        var hits = services.Index.Search("Comment signaler au bureau de pays ?", Language.French, 3);
        Assert.Equal("procedures.md", hits[0].Entry.Citation.File);
    }

    [Fact]
    public void FilesOverTheSizeLimit_AreSkipped()
    {
        File.WriteAllText(Path.Combine(_folder, "big.md"), new string('x', 5000));
        Assert.Empty(AdminDocumentLoader.LoadFolder(_folder, 1000, maxFileBytes: 4000));
    }
}
