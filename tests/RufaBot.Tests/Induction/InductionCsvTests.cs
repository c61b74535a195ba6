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

    // Spreadsheets skip leading blanks before deciding a cell is a formula, and some take the full-width and small
    // forms of = + - @ (as typed with an East Asian input method) for the ASCII ones.
    [Theory]
    [InlineData(" =1+1", "' =1+1")]
    [InlineData("   @SUM(A1)", "'   @SUM(A1)")]
    [InlineData("\u00A0+1", "'\u00A0+1")]
    [InlineData("\u3000-1", "'\u3000-1")]
    [InlineData("\u200B=1+1", "'\u200B=1+1")]
    [InlineData("\t =1+1", "'\t =1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("\n=1+1", "\"'\n=1+1\"")]
    [InlineData(" \n@x", "\"' \n@x\"")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("\uFF0B1", "'\uFF0B1")]
    [InlineData("\uFF0D1", "'\uFF0D1")]
    [InlineData("\uFF20SUM(A1)", "'\uFF20SUM(A1)")]
    [InlineData(" \uFF1DHYPERLINK(\"http://x\")", "\"' \uFF1DHYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("\uFE66 1", "'\uFE66 1")]
    [InlineData("\uFE62 1", "'\uFE62 1")]
    [InlineData("\uFE63 1", "'\uFE63 1")]
    [InlineData(" a=b", " a=b")]
    [InlineData("   ", "   ")]
    [InlineData("Ana \uFF1D 1", "Ana \uFF1D 1")]
    public void Cell_DefusesFormulas_AfterLeadingBlanks_AndInFullWidthForms(string value, string expected) =>
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
