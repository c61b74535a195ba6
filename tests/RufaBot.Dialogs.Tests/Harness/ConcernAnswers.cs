namespace RufaBot.Dialogs.Tests.Harness;

// Valid typed answers to the raise-concern intake, in English and French, to walk to the step a test is about.
internal static class ConcernAnswers
{
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["danger"] = "no",
        ["safeToTalk"] = "yes",
        ["what"] = "Armed men burned houses in two villages and told the families who stayed that they would be next.",
        ["categories"] = "attacks on civilians, displacement",
        ["status"] = "ongoing",
        ["when"] = "last week",
        ["country"] = "Mali",
        ["place"] = "Mopti region",
        ["affectedCount"] = "11–100",
        ["groups"] = "women, children",
        ["perpetrators"] = "militia",
        ["source"] = "a witness told me",
        ["sourceConsent"] = "yes, but without their names",
        ["implicated"] = "1",
        ["corroboration"] = "several",
        ["sourcesAtRisk"] = "no",
        ["alreadyReported"] = "nobody",
        ["entity"] = "UNDP",
        ["dutyStation"] = "Bamako",
        ["consent"] = "anonymous",
    };

    public static readonly IReadOnlyDictionary<string, string> French = new Dictionary<string, string>
    {
        ["danger"] = "non",
        ["safeToTalk"] = "oui",
        ["what"] = "Des hommes armés ont incendié des maisons dans deux villages et menacé les familles restées sur place.",
        ["categories"] = "attaques contre des civils, déplacement forcé",
        ["status"] = "1",
        ["when"] = "il y a 2 jours",
        ["country"] = "Côte d'Ivoire",
        ["place"] = "Région de Bouaké",
        ["affectedCount"] = "plus de 1 000",
        ["groups"] = "femmes et filles, enfants",
        ["perpetrators"] = "une milice",
        ["source"] = "un témoin me l'a dit",
        ["sourceConsent"] = "oui, mais sans leur nom",
        ["implicated"] = "1",
        ["corroboration"] = "plusieurs sources indépendantes",
        ["sourcesAtRisk"] = "non",
        ["alreadyReported"] = "personne",
        ["entity"] = "PNUD",
        ["dutyStation"] = "Abidjan",
        ["consent"] = "confidentiel",
    };

    public static Transcript Intake(string locale = "en") => Transcript.Repo(locale).Begin("raise-concern");

    // Every question answered: the essentials, then all the more details, back at the summary.
    public static Transcript IntakeWithDetails(string locale = "en") =>
        Intake(locale).IntakeUntil("summary").Send(MoreDetails(locale)).IntakeUntil("summary");

    // The essentials a focal point needs, asked first and counted "Question n of 7"; the rest are more details.
    public static readonly string[] Essentials = ["danger", "safeToTalk", "what", "country", "when", "groups", "consent"];

    public static string MoreDetails(string locale) => locale.StartsWith("fr", StringComparison.Ordinal) ? "ajouter des précisions" : "add more details";

    // Answers every question with the valid answer (or the override given) until stepId is asked; at the summary,
    // asks for more details when the step is one of them.
    public static Transcript IntakeUntil(this Transcript t, string stepId, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var answers = t.Locale.StartsWith("fr", StringComparison.Ordinal) ? French : English;
        for (var i = 0; i < 30 && t.Prompt.StepId != stepId; i++)
            t.Send(t.Prompt.Kind == Messages.PromptKind.Summary
                ? MoreDetails(t.Locale)
                : overrides?.GetValueOrDefault(t.Prompt.StepId) ?? answers[t.Prompt.StepId]);
        return t.Asks(stepId);
    }
}
