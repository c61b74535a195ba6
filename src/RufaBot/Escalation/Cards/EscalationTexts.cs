using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Dialogs;

namespace RufaBot.Escalation.Cards;

/// <summary>
/// The escalation texts (<c>dialogs/strings/escalation.*.json</c>) in one language, with enum names turned into their
/// string keys, and times in the viewer's time zone when it is known (<see cref="Format"/>). Intake answers reuse the
/// intake's own labels (<c>concern.categories.killings</c>, …).
/// </summary>
internal sealed class EscalationTexts(FlowCatalog catalog, string? locale, TimeZoneInfo? zone = null)
{
    public string? Locale => locale;

    public ReaderFormat Format { get; } = new(catalog, locale, zone);

    public string this[string key] => catalog.Text(key, locale);

    public string Fill(string key, params (string Name, string Value)[] values)
    {
        var text = catalog.Text(key, locale);
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    public string Status(ConcernStatus status) => this["esc.status." + status];

    public string TierName(EscalationTier tier) => this["esc.tier." + tier];

    /// <summary>A tier in plain words, "the country level", not "B2".</summary>
    public string Level(EscalationTier tier) => this["esc.level." + tier];

    /// <summary>A severity band with its meaning, "S3 — serious".</summary>
    public string Severity(Severity severity) => this["esc.severity." + severity];

    /// <summary>"due in 3 h" or "overdue by 2 h", then when.</summary>
    public string Due(DateTimeOffset due, DateTimeOffset now) => Fill("esc.card.slaValue",
        ("relative", Fill(due >= now ? "esc.card.dueIn" : "esc.card.overdue", ("span", Format.Span(due - now)))), ("at", Format.DateTime(due)));

    public string Role(ConcernRole role) => this["esc.role." + role];

    /// <summary>An intake answer by its intake label, e.g. <c>concern.perpetrators</c> + <c>UnPersonnel</c>.</summary>
    public string Answer<T>(string step, T value) where T : struct, Enum =>
        catalog.Text($"concern.{step}.{char.ToLowerInvariant(value.ToString()[0])}{value.ToString()[1..]}", locale);

    public string Country(string? code)
    {
        if (code is null)
            return this["esc.card.unknown"];
        var name = catalog.Countries(locale).FirstOrDefault(c => string.Equals(c.Id, code, StringComparison.OrdinalIgnoreCase))?.Text;
        return name is null ? code : $"{name} ({code})";
    }
}
