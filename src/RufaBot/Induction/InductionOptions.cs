namespace RufaBot.Induction;

/// <summary>
/// Settings of RufaBot's introduction to Human Rights up Front, bound from the <c>Induction</c> section. The
/// walkthrough is an introduction, not the mandatory induction OHCHR coordinates under the Detailed Action Plan
/// (items 2.2-2.3); an organisation that adopts it as (part of) that induction says so here, and only then do the
/// completion message and the export present it that way.
/// </summary>
internal sealed class InductionOptions
{
    public const string Section = "Induction";

    public bool CountsAsMandatoryInduction { get; set; }

    /// <summary>The string-table key of the sentence that says whether a completion counts as the mandatory induction.</summary>
    public string MandatoryKey(string area) => $"induction.{area}.{(CountsAsMandatoryInduction ? "countsAsMandatory" : "notMandatory")}";
}
