using System.Text.Json;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Intake;

// The intake file itself: the ids agreed with the concern record, and help and a label on every question.
public sealed class IntakeDialogTests
{
    private static readonly JsonElement[] Steps = Load();

    [Fact]
    public void TheStepIds_AreTheOnesTheConcernRecordReads()
    {
        Assert.Equal(
            ["danger", "dangerSoon", "safeToTalk", "what", "country", "when", "groups", "consent", "summary",
             "categories", "status", "place", "affectedCount", "perpetrators", "source", "sourceConsent", "implicated", "corroboration",
             "sourcesAtRisk", "alreadyReported", "entity", "dutyStation"],
            Steps.Where(s => Kind(s) is not ("message" or "branch" or "end")).Select(Id));
    }

    [Theory]
    [InlineData("danger", "yes,no,unsure")]
    [InlineData("categories", "killings,torture,detention,disappearance,sgbv,attacksOnCivilians,displacement,incitement,discrimination,civicSpace,children,blockedAccess,threatsToUn,other")]
    [InlineData("status", "ongoing,threatened,past,earlySigns")]
    [InlineData("affectedCount", "one,few,dozens,hundreds,thousands,unknown")]
    [InlineData("groups", "women,children,minorities,indigenous,displaced,defenders,opponents,disabilities,lgbtiq,older,unPersonnel,humanitarians,general")]
    [InlineData("perpetrators", "stateSecurity,officials,nonStateArmed,militia,private,unPersonnel,unknown")]
    [InlineData("source", "witnessed,victim,witness,secondHand,media,documents,report")]
    [InlineData("corroboration", "none,oneSource,several,documents,officialAdmission")]
    [InlineData("sourcesAtRisk", "yes,no,unknown")]
    [InlineData("alreadyReported", "rcUnct,ohchr,management,authorities,nobody")]
    [InlineData("entity", "undp,unicef,unhcr,wfp,ohchr,ocha,unfpa,unwomen,who,ilo,unops,dppa,dpo,other")]
    [InlineData("sourceConsent", "given,withoutNames,refused,notAsked")]
    [InlineData("consent", "named,confidential,anonymous,unlinked")]
    public void TheChoiceIds_AreTheOnesTheConcernRecordReads(string step, string ids)
    {
        var choices = Steps.Single(s => Id(s) == step).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        Assert.Equal(ids.Split(','), choices);
    }

    [Fact]
    public void EveryQuestion_HasHelpAndALabel()
    {
        foreach (var step in Steps.Where(s => Kind(s) is not ("message" or "branch" or "end" or "summary")))
        {
            Assert.True(step.TryGetProperty("help", out _), $"{Id(step)} has no help");
            Assert.True(step.TryGetProperty("label", out _), $"{Id(step)} has no label");
        }
    }

    [Fact]
    public void TheOptionalQuestions_AreTheDetailsOnly()
    {
        Assert.Equal(["when", "place", "dutyStation"],
            Steps.Where(s => s.TryGetProperty("optional", out var o) && o.GetBoolean()).Select(Id));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void EveryIntakeText_IsShortEnoughToReadInAChat(string language)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoDialogs.Folder, "strings", language + ".json")));
        foreach (var p in doc.RootElement.EnumerateObject().Where(p => p.Name.StartsWith("concern.", StringComparison.Ordinal)))
            Assert.True(p.Value.GetString()!.Length <= 450, $"{p.Name} is {p.Value.GetString()!.Length} characters");
    }

    private static string Id(JsonElement s) => s.GetProperty("id").GetString()!;

    private static string Kind(JsonElement s) => s.GetProperty("kind").GetString()!;

    private static JsonElement[] Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoDialogs.Folder, "raise-concern.dialog.json")));
        return [.. doc.RootElement.GetProperty("steps").EnumerateArray().Select(e => e.Clone())];
    }
}
