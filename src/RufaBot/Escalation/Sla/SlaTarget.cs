using System.Globalization;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// A deadline length as configured: <c>4h</c> or <c>30m</c> (clock time), <c>2d</c> (calendar days), <c>3bd</c>
/// (business days of the SLA calendar), or <c>review</c> (the next regional quarterly review date).
/// </summary>
internal sealed record SlaTarget(SlaUnit Unit, int Amount)
{
    public static bool TryParse(string? text, out SlaTarget target)
    {
        target = new SlaTarget(SlaUnit.Hours, 0);
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value == "review")
        {
            target = new SlaTarget(SlaUnit.NextReview, 0);
            return true;
        }
        (string suffix, SlaUnit unit)[] units = [("bd", SlaUnit.BusinessDays), ("h", SlaUnit.Hours), ("m", SlaUnit.Minutes), ("d", SlaUnit.Days)];
        foreach (var (suffix, unit) in units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal)
                && int.TryParse(value[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0)
            {
                target = new SlaTarget(unit, amount);
                return true;
            }
        }
        return false;
    }

    public static SlaTarget Parse(string text) =>
        TryParse(text, out var target) ? target : throw new FormatException($"'{text}' is not an SLA length; use e.g. 4h, 30m, 2d, 3bd or review.");
}
