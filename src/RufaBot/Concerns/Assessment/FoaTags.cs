using RufaBot.Concerns.Intake;
using static RufaBot.Concerns.Assessment.RiskFactor;
using static RufaBot.Concerns.Intake.ConcernCategory;

namespace RufaBot.Concerns.Assessment;

/// <summary>
/// Framework of Analysis tags from the intake answers, by the "Q6 to FoA tags" rule of domain.md section 4:
/// <code>
///  Q6 category / answer              tags
///  killings, attacks on civilians    RF2 RF11 RF13
///  torture, detention, disappearance RF2 RF7
///  SGBV                              RF7 RF13
///  displacement                      RF7 RF13
///  incitement                        RF8 RF9 RF10
///  discrimination                    RF9 RF12
///  civic space                       RF7
///  blocked access                    RF13 RF14
///  threats to UN or humanitarians    RF14
///  perpetrator armed group, militia  RF5 RF7   (the rule's "arms or militias")
/// </code>
/// RF1 (armed conflict or instability) is inferred when the perpetrator is a non-State armed group or a militia, or
/// the category is attacks on civilians: the only answers that speak of fighting. RF13 is kept only with RF1, for
/// every row, not only killings: RF13 is about people protected by humanitarian law, which applies in armed conflict.
/// Not derived, left to reviewers: children and other (no row in the rule), elections or regime change (RF8) and
/// impunity (RF3, RF6), which no question asks about.
/// </summary>
internal static class FoaTags
{
    private static readonly Dictionary<ConcernCategory, RiskFactor[]> ByCategory = new()
    {
        [Killings] = [RF2, RF11, RF13],
        [AttacksOnCivilians] = [RF2, RF11, RF13],
        [Torture] = [RF2, RF7],
        [Detention] = [RF2, RF7],
        [Disappearance] = [RF2, RF7],
        [Sgbv] = [RF7, RF13],
        [Displacement] = [RF7, RF13],
        [Incitement] = [RF8, RF9, RF10],
        [Discrimination] = [RF9, RF12],
        [CivicSpace] = [RF7],
        [BlockedAccess] = [RF13, RF14],
        [ThreatsToUn] = [RF14],
    };

    private static readonly Dictionary<Perpetrator, RiskFactor[]> ByPerpetrator = new()
    {
        [Perpetrator.NonStateArmed] = [RF5, RF7],
        [Perpetrator.Militia] = [RF5, RF7],
    };

    /// <summary>The tags, distinct and in Framework order.</summary>
    public static IReadOnlyList<RiskFactor> Of(ConcernIntake intake)
    {
        var tags = new SortedSet<RiskFactor>();
        foreach (var category in intake.Categories)
            tags.UnionWith(ByCategory.GetValueOrDefault(category, []));
        tags.UnionWith(ByPerpetrator.GetValueOrDefault(intake.Perpetrators, []));
        if (ArmedConflictOrInstability(intake))
            tags.Add(RF1);
        else
            tags.Remove(RF13);
        return [.. tags];
    }

    private static bool ArmedConflictOrInstability(ConcernIntake intake) =>
        intake.Perpetrators is Perpetrator.NonStateArmed or Perpetrator.Militia
        || intake.Categories.Contains(AttacksOnCivilians);
}
