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
}
