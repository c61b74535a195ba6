using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// Today is Wednesday 19 March 2025 (RepoDialogs.Now).
public sealed class DatePhraseTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RepoDialogs.Now.DateTime);

    [Theory]
    [InlineData("2025-03-01", "2025-03-01", false)]
    [InlineData("2024-02-29T08:00:00Z", "2024-02-29", false)]
    [InlineData("15/03/2025", "2025-03-15", false)]
    [InlineData("03/02/2025", "2025-02-03", false)]
    [InlineData("3/25/2025", "2025-03-25", false)]
    [InlineData("15.03.25", "2025-03-15", false)]
    [InlineData("today", "2025-03-19", false)]
    [InlineData("Yesterday.", "2025-03-18", false)]
    [InlineData("hier", "2025-03-18", false)]
    [InlineData("the day before yesterday", "2025-03-17", false)]
    [InlineData("avant-hier", "2025-03-17", false)]
    [InlineData("3 days ago", "2025-03-16", false)]
    [InlineData("three days ago", "2025-03-16", false)]
    [InlineData("il y a 3 jours", "2025-03-16", false)]
    [InlineData("a week ago", "2025-03-12", true)]
    [InlineData("il y a une semaine", "2025-03-12", true)]
    [InlineData("about 2 months ago", "2025-01-19", true)]
    [InlineData("last week", "2025-03-10", true)]
    [InlineData("la semaine dernière", "2025-03-10", true)]
    [InlineData("since last week", "2025-03-10", true)]
    [InlineData("this week", "2025-03-17", true)]
    [InlineData("last month", "2025-02-01", true)]
    [InlineData("le mois dernier", "2025-02-01", true)]
    [InlineData("last year", "2024-01-01", true)]
    [InlineData("since March", "2025-03-01", true)]
    [InlineData("depuis mars", "2025-03-01", true)]
    [InlineData("in May", "2024-05-01", true)]
    [InlineData("since 2023", "2023-01-01", true)]
    [InlineData("3 March", "2025-03-03", false)]
    [InlineData("March 3rd", "2025-03-03", false)]
    [InlineData("December 25", "2024-12-25", false)]
    [InlineData("le 1er mars 2024", "2024-03-01", false)]
    [InlineData("15 février", "2025-02-15", false)]
    [InlineData("last Monday", "2025-03-17", false)]
    [InlineData("lundi dernier", "2025-03-17", false)]
    [InlineData("on Friday", "2025-03-14", false)]
    [InlineData("last Wednesday", "2025-03-12", false)]
    public void Phrase_IsReadRelativeToNow(string phrase, string expected, bool approximate)
    {
        Assert.True(DatePhrases.TryParse(phrase, Today, out var date, out var approx), phrase);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(approximate, approx);
    }

    [Theory]
    [InlineData("")]
    [InlineData("someday")]
    [InlineData("32/01/2025")]
    [InlineData("2025-02-30")]
    [InlineData("15")]
    [InlineData("the blue one")]
    [InlineData("1850-01-01")]
    public void Nonsense_IsRefused(string phrase)
    {
        Assert.False(DatePhrases.TryParse(phrase, Today, out _, out _), phrase);
    }

    [Fact]
    public void DateStep_AcceptsCardDateAndRefusesFuture()
    {
        SampleAnswers.Sample().AnswerUntil("lastUsed")
            .SendCard("""{"lastUsed":"2025-03-20"}""").Error("in the future")
            .SendCard("""{"lastUsed":"2025-03-19"}""").Asks("dutyStation");
    }
}
