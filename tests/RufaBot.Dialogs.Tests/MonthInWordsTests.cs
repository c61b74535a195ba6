using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// A month shown alone ("March 2025") and a full date ("10 March 2025") in every language, and both read back. Russian
// names a month alone in the nominative («март 2025 г.») and inside a date in the genitive («10 марта 2025 г.»).
public sealed class MonthInWordsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RepoDialogs.Now.DateTime);

    public static TheoryData<string> Languages() => ["en", "fr", "es", "ru", "zh", "ar"];

    [Fact]
    public void Russian_NamesAMonthAloneInTheNominative_AndInADateInTheGenitive()
    {
        Assert.Equal("март 2025 г.", RepoDialogs.Catalog.MonthYearInWords(2025, 3, "ru"));
        Assert.Equal("10 марта 2025 г.", RepoDialogs.Catalog.DateInWords(new DateOnly(2025, 3, 10), "ru"));
        Assert.Equal("май 2024 г.", RepoDialogs.Catalog.MonthYearInWords(2024, 5, "ru"));
        Assert.Equal("1 мая 2024 г.", RepoDialogs.Catalog.DateInWords(new DateOnly(2024, 5, 1), "ru"));
    }

    [Fact]
    public void OtherLanguages_UseTheSameNameAloneAndInADate()
    {
        Assert.Equal("March 2025", RepoDialogs.Catalog.MonthYearInWords(2025, 3, "en"));
        Assert.Equal("mars 2025", RepoDialogs.Catalog.MonthYearInWords(2025, 3, "fr"));
        Assert.Equal("marzo de 2025", RepoDialogs.Catalog.MonthYearInWords(2025, 3, "es"));
        Assert.Equal("2025年3月", RepoDialogs.Catalog.MonthYearInWords(2025, 3, "zh"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryMonthAlone_AndEveryDate_ReadsBack(string language)
    {
        for (var month = 1; month <= 12; month++)
        {
            var alone = RepoDialogs.Catalog.MonthYearInWords(2024, month, language);
            Assert.True(DatePhrases.TryParse(alone, Today, out var first, out var approximate), $"{language}: {alone}");
            Assert.Equal(new DateOnly(2024, month, 1), first);
            Assert.True(approximate, alone);

            var day = new DateOnly(2024, month, 15);
            var full = RepoDialogs.Catalog.DateInWords(day, language);
            Assert.True(DatePhrases.TryParse(full, Today, out var read, out approximate), $"{language}: {full}");
            Assert.Equal(day, read);
            Assert.False(approximate, full);
        }
    }

    [Theory]
    [InlineData("март 2025", "2025-03-01", true)]
    [InlineData("марта 2025", "2025-03-01", true)]
    [InlineData("10 марта 2025 г.", "2025-03-10", false)]
    [InlineData("10 март 2025", "2025-03-10", false)]
    public void Russian_ReadsBothForms(string phrase, string expected, bool approximate)
    {
        Assert.True(DatePhrases.TryParse(phrase, Today, out var date, out var approx), phrase);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(approximate, approx);
    }
}
