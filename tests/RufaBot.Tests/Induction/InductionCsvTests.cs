using RufaBot.Induction;

namespace RufaBot.Tests.Induction;

public sealed class InductionCsvTests
{
    [Theory]
    [InlineData("UNDP", "UNDP")]
    [InlineData("Doe, Jo", "\"Doe, Jo\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Cell_QuotesPerRfc4180_AndDefusesFormulas(string value, string expected) =>
        Assert.Equal(expected, InductionCsv.Cell(value));

    [Theory]
    [InlineData(false, "no")]
    [InlineData(true, "yes")]
    public void Rows_NameTheActivity_AndSayWhetherItCountsAsTheMandatoryInduction(bool counts, string expected)
    {
        var row = new RufaBot.Storage.InductionCompletionRecord
        {
            UserId = "u", Entity = "UNDP", EntityKey = "UNDP", DraftKey = "d", CompletedAt = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero), Correct = 6, Questions = 6,
        };
        var lines = InductionCsv.Write([row], counts).Split("\r\n");
        Assert.StartsWith("activity,counts_as_mandatory_induction,", lines[0]);
        Assert.Equal($"RufaBot introduction to Human Rights up Front,{expected},UNDP,,u,2026-11-25T09:30:00Z,6,6", lines[1]);
    }
}
