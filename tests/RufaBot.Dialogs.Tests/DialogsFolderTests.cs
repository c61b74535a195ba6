using System.Text.Json;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Loading;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// Every file in the repository's dialogs/ folder loads, validates and runs.
public sealed class DialogsFolderTests
{
    public static TheoryData<string> DialogFiles() =>
        [.. Directory.GetFiles(RepoDialogs.Folder, "*.dialog.json").Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public void RepoFolder_Loads_InTheSixUnLanguages()
    {
        var catalog = FlowLoader.Load(RepoDialogs.Folder);
        Assert.Contains("sample-feedback", catalog.FlowIds);
        Assert.Contains("sample-contact", catalog.FlowIds);
        Assert.Contains("raise-concern", catalog.FlowIds);
        Assert.Equal(["ar", "en", "es", "fr", "ru", "zh"], catalog.Languages.Order());
    }

    [Theory]
    [MemberData(nameof(DialogFiles))]
    public void EveryDialogFile_ReferencesTheSchema(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoDialogs.Folder, file)));
        Assert.Equal("./dialog.schema.json", doc.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void EveryStringTable_ReferencesTheSchema()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoDialogs.Folder, "strings"), "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal("../strings.schema.json", doc.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void SampleFlow_RunsToCompletion(string locale)
    {
        var t = SampleAnswers.Sample(locale).AnswerUntil("email").Send("amina@un.org").Status(FlowStatus.Complete);

        var result = t.Last!.Result!;
        Assert.Equal(["topic", "liked", "lastUsed", "dutyStation", "rating", "screenshots", "reference", "wantsContact", "contact"], result.Path);
        Assert.Equal("KE", result.Get<CountryAnswer>("dutyStation")!.Code);
        Assert.Equal("Amina", ((TextAnswer)result.Get<FlowAnswer>("contact")!.Values["name"]).Text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void RaiseConcern_RunsToCompletion(string locale)
    {
        var submit = locale == "fr" ? "envoyer" : "submit";
        var essentials = ConcernAnswers.Intake(locale).IntakeUntil("summary").Send(submit).Status(FlowStatus.Complete);
        var everything = ConcernAnswers.IntakeWithDetails(locale).Send(submit).Status(FlowStatus.Complete);

        Assert.Equal(ConcernAnswers.Essentials, essentials.Last!.Result!.Path);
        Assert.Equal(20, everything.Last!.Result!.Path.Count);
    }

    [Theory]
    [MemberData(nameof(DialogFiles))]
    public void EveryDialog_BeginsWithAQuestion(string file)
    {
        var id = file[..^".dialog.json".Length];
        var result = new FlowRunner(RepoDialogs.Catalog).Begin(id, "en", RepoDialogs.Now);
        Assert.Equal(FlowStatus.Waiting, result.Status);
        Assert.NotNull(result.Prompt);
    }
}
