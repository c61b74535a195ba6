using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>Concerns built in memory, as the domain makes them, for the pure early-warning rules.</summary>
internal static class EarlyWarningSamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static Concern Concern(Func<ConcernIntake, ConcernIntake>? change = null, DateTimeOffset? at = null)
    {
        var when = at ?? Now;
        var intake = ConcernIntake.From(IntakeAnswers.Full());
        intake = change?.Invoke(intake) ?? intake;
        var assessment = RiskAssessment.Of(intake, DateOnly.FromDateTime(when.UtcDateTime));
        return RufaBot.Concerns.Concern.Submit(Guid.CreateVersion7(when), ConcernReference.New(), Guid.NewGuid().ToString("N"), intake, assessment, when);
    }

    /// <summary>Another situation entirely: another kind of harm, other words, months apart.</summary>
    public static ConcernIntake Unlike(ConcernIntake intake) => intake with
    {
        Description = "A journalist was refused accreditation for the parliamentary session and told to leave the capital",
        Categories = [ConcernCategory.CivicSpace],
        When = new DateOnly(2026, 3, 2),
        Status = SituationStatus.Past,
        AffectedCount = AffectedCount.One,
        Groups = [],
    };
}
