using Microsoft.Extensions.Options;
using RufaBot.Escalation.Cards;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// The suppression rule of every brief and pattern card: a count from 1 to <see cref="BriefOptions.SmallCount"/> − 1
/// is shown as "fewer than 3", so that no small group identifies anyone. Zero stays zero: it identifies nobody.
/// </summary>
internal sealed class SmallCounts(IOptionsMonitor<EarlyWarningOptions> options)
{
    public int Threshold => options.CurrentValue.Brief.SmallCount;

    public bool IsSuppressed(int count) => count > 0 && count < Threshold;

    public string Format(int count, EscalationTexts t) =>
        IsSuppressed(count) ? t.Fill("ew.fewerThan", ("n", Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture))) : t.Format.Number(count);

    /// <summary>The same rule for files, in the invariant form "fewer than 3" / "&lt;3".</summary>
    public string Cell(int count) => IsSuppressed(count) ? $"<{Threshold}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
