using RufaBot.Concerns.Intake;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Tests.Concerns;

/// <summary>Intake answers as the dialog engine hands them over, keyed by the stable step ids.</summary>
internal static class IntakeAnswers
{
    public const string Narrative = "Soldiers rounded up men at the Kalemie market and burned the grain store";

    public static Dictionary<string, Answer> Full(string consent = "confidential") => new()
    {
        ["danger"] = new ChoiceAnswer("no"),
        ["what"] = new TextAnswer(Narrative),
        ["categories"] = new ChoicesAnswer(["killings", "displacement"]),
        ["status"] = new ChoiceAnswer("ongoing"),
        ["when"] = new DateAnswer(new DateOnly(2026, 11, 20), Approximate: true),
        ["country"] = new CountryAnswer("cd"),
        ["place"] = new TextAnswer("Kalemie, market district"),
        ["affectedCount"] = new ChoiceAnswer("hundreds"),
        ["groups"] = new ChoicesAnswer(["women", "displaced"]),
        ["perpetrators"] = new ChoiceAnswer("militia"),
        ["source"] = new ChoiceAnswer("witness"),
        ["sourceConsent"] = new ChoiceAnswer("withoutNames"),
        ["corroboration"] = new ChoiceAnswer("oneSource"),
        ["sourcesAtRisk"] = new ChoiceAnswer("yes"),
        ["alreadyReported"] = new ChoicesAnswer(["rcUnct", "ohchr"]),
        ["entity"] = new ChoiceAnswer("unicef"),
        ["dutyStation"] = new TextAnswer("Kalemie sub-office"),
        ["attachments"] = new AttachmentsAnswer([new AttachmentInfo("market.jpg", "image/jpeg", 48213, "https://un-my.sharepoint.com/personal/someone/market.jpg")]),
        ["consent"] = new ChoiceAnswer(consent),
    };

    /// <summary>Only the given answers; everything else unanswered.</summary>
    public static ConcernIntake Of(params (string Step, Answer Answer)[] answers) =>
        ConcernIntake.From(answers.ToDictionary(a => a.Step, a => a.Answer));

    /// <summary>Comma-separated choice ids as a multi-select answer; empty string = no answer.</summary>
    public static (string, Answer)[] Choices(string step, string ids) =>
        ids.Length == 0 ? [] : [(step, new ChoicesAnswer(ids.Split(',')))];

    public static (string, Answer)[] Choice(string step, string? id) =>
        string.IsNullOrEmpty(id) ? [] : [(step, new ChoiceAnswer(id))];
}
