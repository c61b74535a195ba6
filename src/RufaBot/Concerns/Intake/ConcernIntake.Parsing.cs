using System.Text.RegularExpressions;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Concerns.Intake;

internal sealed partial record ConcernIntake
{
    public static ConcernIntake From(FlowResult result) => From(result.Answers);

    /// <summary>
    /// Reads the answers by their stable step ids (<see cref="IntakeSteps"/>). Answers of called child dialogs are
    /// read as if they were the parent's; unknown step ids and unknown choice ids are ignored.
    /// </summary>
    public static ConcernIntake From(IReadOnlyDictionary<string, Answer> answers)
    {
        var a = Flatten(answers);
        var when = Get<DateAnswer>(a, IntakeSteps.When);
        return new ConcernIntake
        {
            Danger = Choice<ImmediateDanger>(a, IntakeSteps.Danger),
            Description = Text(a, IntakeSteps.What) ?? "",
            Categories = Choices<ConcernCategory>(a, IntakeSteps.Categories),
            Status = Choice<SituationStatus>(a, IntakeSteps.Status),
            When = when?.Date,
            WhenApproximate = when?.Approximate ?? false,
            CountryCode = Country(a),
            Place = Text(a, IntakeSteps.Place),
            AffectedCount = Choice<AffectedCount>(a, IntakeSteps.AffectedCount) ?? AffectedCount.Unknown,
            Groups = Choices<AffectedGroup>(a, IntakeSteps.Groups),
            Perpetrators = Choice<Perpetrator>(a, IntakeSteps.Perpetrators) ?? Perpetrator.Unknown,
            Source = Choice<InformationSource>(a, IntakeSteps.Source),
            SourceConsent = Choice<SourceConsent>(a, IntakeSteps.SourceConsent),
            Corroboration = Choice<Corroboration>(a, IntakeSteps.Corroboration),
            SourcesAtRisk = Choice<SourcesAtRisk>(a, IntakeSteps.SourcesAtRisk) ?? SourcesAtRisk.Unknown,
            AlreadyReported = Choices<ReportedTo>(a, IntakeSteps.AlreadyReported),
            Entity = Get<ChoiceAnswer>(a, IntakeSteps.Entity)?.Choice.Trim().ToLowerInvariant() is { } e && EntityId().IsMatch(e) ? e : null,
            DutyStation = Text(a, IntakeSteps.DutyStation),
            Attachments = Get<AttachmentsAnswer>(a, IntakeSteps.Attachments)?.Files ?? [],
            Implicated = Choice<ImplicatedParty>(a, IntakeSteps.Implicated) ?? ImplicatedParty.None,
            Consent = Choice<ConsentMode>(a, IntakeSteps.Consent) ?? ConsentMode.Anonymous,
        };
    }

    // A called child dialog's answers arrive as one FlowAnswer; the parent's own answer wins on a clash.
    private static Dictionary<string, Answer> Flatten(IReadOnlyDictionary<string, Answer> answers)
    {
        var flat = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (id, answer) in answers)
        {
            if (answer is FlowAnswer child)
            {
                foreach (var (childId, childAnswer) in Flatten(child.Values))
                    flat.TryAdd(childId, childAnswer);
            }
            else
            {
                flat[id] = answer;
            }
        }
        return flat;
    }

    private static T? Get<T>(Dictionary<string, Answer> a, string id) where T : Answer =>
        a.TryGetValue(id, out var answer) ? answer as T : null;

    private static string? Text(Dictionary<string, Answer> a, string id) =>
        Get<TextAnswer>(a, id)?.Text.Trim() is { Length: > 0 } text ? text : null;

    private static string? Country(Dictionary<string, Answer> a) =>
        Get<CountryAnswer>(a, IntakeSteps.Country)?.Code.Trim().ToUpperInvariant() is { Length: 2 } code && code.All(char.IsAsciiLetterUpper) ? code : null;

    private static T? Choice<T>(Dictionary<string, Answer> a, string id) where T : struct, Enum =>
        Get<ChoiceAnswer>(a, id) is { } choice ? Parse<T>(choice.Choice) : null;

    private static IReadOnlyList<T> Choices<T>(Dictionary<string, Answer> a, string id) where T : struct, Enum =>
        a.TryGetValue(id, out var answer) ? answer switch
        {
            ChoicesAnswer many => [.. many.Choices.Select(Parse<T>).OfType<T>().Distinct()],
            ChoiceAnswer one when Parse<T>(one.Choice) is { } value => [value],
            _ => [],
        } : [];

    // Enum.TryParse also takes numbers ("3") and comma lists; only a member name is a choice id.
    private static T? Parse<T>(string id) where T : struct, Enum
    {
        var name = id.Trim();
        return name.Length > 0 && name.All(char.IsAsciiLetter) && Enum.TryParse<T>(name, ignoreCase: true, out var value) ? value : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex EntityId();
}
