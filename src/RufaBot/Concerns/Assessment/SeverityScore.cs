using RufaBot.Concerns.Intake;
using static RufaBot.Concerns.Intake.ConcernCategory;

namespace RufaBot.Concerns.Assessment;

/// <summary>
/// The severity points of domain.md section 4, part by part so a reviewer can see why:
/// imminence (ongoing or threatened 3; past within 30 days 2; older, or early signs 1) + gravity (the gravest
/// category) + scale (0-3) + 1 for a vulnerable group or UN staff + 1 for three or more Framework tags.
/// Our readings where the rule is silent: a past event without a date counts as recent (a missing date never lowers
/// priority); no status is read as past; an unknown number of people scores 1; no category (the reporter sent the
/// essentials without the more details) weighs 2, the middle, until a focal point learns more; grave violations against children
/// weigh 3; incitement weighs 3 when aimed at a named group, else 2; "other" weighs 1.
/// </summary>
internal sealed record SeverityScore(int Imminence, int Gravity, int Scale, int Vulnerability, int Breadth)
{
    private const int UnknownGravity = 2;

    public int Total => Imminence + Gravity + Scale + Vulnerability + Breadth;

    /// <summary>Immediate danger (Q1 yes) is S4 whatever the points.</summary>
    public Severity Band(ImmediateDanger? danger) =>
        danger == ImmediateDanger.Yes ? Severity.S4
        : Total switch { <= 3 => Severity.S1, <= 6 => Severity.S2, <= 9 => Severity.S3, _ => Severity.S4 };

    public static SeverityScore Of(ConcernIntake intake, IReadOnlyCollection<RiskFactor> tags, DateOnly today) => new(
        ImminenceOf(intake, today),
        intake.Categories.Count == 0 ? UnknownGravity : intake.Categories.Max(c => GravityOf(c, intake)),
        ScaleOf(intake.AffectedCount),
        intake.Groups.Any(g => g != AffectedGroup.General) || intake.Categories.Contains(ThreatsToUn) ? 1 : 0,
        tags.Count >= 3 ? 1 : 0);

    private static int ImminenceOf(ConcernIntake intake, DateOnly today) => intake.Status switch
    {
        SituationStatus.Ongoing or SituationStatus.Threatened => 3,
        SituationStatus.EarlySigns => 1,
        _ => intake.When is { } when && today.DayNumber - when.DayNumber > 30 ? 1 : 2,
    };

    private static int GravityOf(ConcernCategory category, ConcernIntake intake) => category switch
    {
        Killings or Torture or Sgbv or Disappearance or AttacksOnCivilians or Children => 3,
        Incitement => intake.Groups.Any(g => g != AffectedGroup.General) ? 3 : 2,
        Detention or Displacement or BlockedAccess or ThreatsToUn => 2,
        _ => 1,
    };

    private static int ScaleOf(AffectedCount count) => count switch
    {
        AffectedCount.One => 0,
        AffectedCount.Few => 1,
        AffectedCount.Dozens => 2,
        AffectedCount.Hundreds or AffectedCount.Thousands => 3,
        _ => 1,
    };
}
