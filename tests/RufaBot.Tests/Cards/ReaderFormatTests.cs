using System.Text.Json;
using RufaBot.Cards;
using RufaBot.Dialogs;
using BotProtocol;
using RufaBot.Testing;

namespace RufaBot.Tests.Cards;

/// <summary>
/// Dates, times, numbers and spans in the reader's language and time zone, although the app runs with invariant
/// globalization; and the time zone read from Teams' clientInfo, refusing anything that is not an IANA name.
/// </summary>
public sealed class ReaderFormatTests
{
    private static readonly FlowCatalog Catalog = FlowLoader.Load(RepoPaths.Combine("dialogs"));
    private static readonly DateTimeOffset At = new(2026, 12, 7, 13, 5, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en-US", null, "7 December 2026, 13:05 UTC")]
    [InlineData("en-US", "Europe/Paris", "7 December 2026, 14:05")]
    [InlineData("fr-FR", "Europe/Paris", "7 décembre 2026 à 14:05")]
    [InlineData("fr-FR", null, "7 décembre 2026 à 13:05 UTC")]
    [InlineData("en-US", "Pacific/Auckland", "8 December 2026, 02:05")]
    public void DateTime_IsInTheReadersLanguageAndZone(string locale, string? zone, string expected) =>
        Assert.Equal(expected, new ReaderFormat(Catalog, locale, zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime(At));

    [Theory]
    [InlineData("en-US", "7 December 2026", "4,000")]
    [InlineData("fr-FR", "7 décembre 2026", "4\u202F000")]
    public void MyConcerns_DatesAndNumbers_AreInTheReadersLanguage(string locale, string date, string max)
    {
        var texts = new RufaBot.MyConcerns.MyConcernsWording(Catalog);
        Assert.Equal(date, texts.Date(At, locale));
        Assert.Equal(max, texts.Max(locale));
    }

    [Theory]
    [InlineData("en", 1234567, "1,234,567")]
    [InlineData("fr", 1234567, "1\u202F234\u202F567")]
    [InlineData("en", 999, "999")]
    [InlineData("en", -1200, "-1,200")]
    public void Number_GroupsDigitsTheReadersWay(string locale, long n, string expected) =>
        Assert.Equal(expected, new ReaderFormat(Catalog, locale).Number(n));

    [Theory]
    [InlineData(0.2, "1 min")]
    [InlineData(45, "45 min")]
    [InlineData(239, "4 h")]
    [InlineData(60 * 30, "30 h")]
    [InlineData(60 * 72, "3 d")]
    public void Span_RoundsToTheUnitAReaderNeeds(double minutes, string expected) =>
        Assert.Equal(expected, new ReaderFormat(Catalog, "en").Span(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Ago_InFrench() =>
        Assert.Equal("il y a 5 h", new ReaderFormat(Catalog, "fr").Ago(At, At.AddHours(5)));

    [Theory]
    [InlineData("Europe/Paris", "Europe/Paris")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("UTC", null)]
    [InlineData("Etc/UTC", null)]
    [InlineData("../../etc/passwd", null)]
    [InlineData("/usr/share/zoneinfo/Europe/Paris", null)]
    [InlineData("Mars/Olympus_Mons", null)]
    [InlineData("", null)]
    public void ClientInfo_GivesTheZone_OnlyForAKnownIanaName(string name, string? expected)
    {
        var activity = new Activity
        {
            Entities = [new Entity { Type = "clientInfo", Extra = new() { ["timezone"] = JsonSerializer.SerializeToElement(name) } }],
        };

        Assert.Equal(expected, ClientTimeZone.Of(activity)?.Id);
    }
}
