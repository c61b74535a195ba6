using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns.Assessment;

/// <summary>What the answers say about risk, computed once at submission. Pure: same answers and day, same result.</summary>
internal sealed record RiskAssessment(IReadOnlyList<RiskFactor> RiskFactors, SeverityScore Score, Severity Severity, Confidence Confidence, EscalationTier Tier)
{
    public static RiskAssessment Of(ConcernIntake intake, DateOnly today)
    {
        var tags = FoaTags.Of(intake);
        var score = SeverityScore.Of(intake, tags, today);
        return new RiskAssessment(tags, score, score.Band(intake.Danger), ConfidenceScore.Of(intake), EntryTier(intake));
    }

    /// <summary>
    /// B0 (emergency) when someone may be in immediate danger (yes or unsure) or UN staff are detained or missing
    /// (detention or disappearance with UN personnel among those affected); B1 (intake) otherwise.
    /// </summary>
    public static EscalationTier EntryTier(ConcernIntake intake) =>
        intake.Danger is ImmediateDanger.Yes or ImmediateDanger.Unsure
        || (intake.Groups.Contains(AffectedGroup.UnPersonnel)
            && intake.Categories.Any(c => c is ConcernCategory.Detention or ConcernCategory.Disappearance))
            ? EscalationTier.B0
            : EscalationTier.B1;
}
