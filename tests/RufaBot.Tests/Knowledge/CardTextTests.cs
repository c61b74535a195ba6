using RufaBot.Knowledge.Answers;

using RufaBot.Cards;

namespace RufaBot.Tests.Knowledge;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[click here](https://evil.example)", @"\[click here\](https\:\/\/evil.example)")]
    [InlineData("![tracker](https://evil.example/p.png)", @"\!\[tracker\](https\:\/\/evil.example/p.png)")]
    [InlineData("**bold** and _italic_ and `code`", @"\*\*bold\*\* and \_italic\_ and \`code\`")]
    [InlineData("# Heading\n- item\n1. first", "\\# Heading\n\\- item\n1\\. first")]
    [InlineData("visit www.evil.example or mail me@evil.example", @"visit www\.evil.example or mail me\@evil.example")]
    [InlineData("<b>html</b>", @"\<b\>html\</b\>")]
    public void Escape_NeutralisesMarkdown(string input, string expected) => Assert.Equal(expected, CardText.Escape(input));

    [Theory]
    [InlineData("{{DATE(2017-02-14T06:08:39Z,SHORT)}}", "{ {DATE(2017-02-14T06:08:39Z,SHORT)}}")]
    [InlineData("at {{TIME(2017-02-14T06:08:39Z)}}", "at { {TIME(2017-02-14T06:08:39Z)}}")]
    [InlineData("{{{x}}}", "{ { {x}}}")]
    [InlineData("{\u200B{DATE(2017-02-14T06:08:39Z)}}", "{ {DATE(2017-02-14T06:08:39Z)}}")]
    [InlineData("{x} and { y }", "{x} and { y }")]
    [InlineData("Signed: \u202Eanul\u202C", "Signed: anul")]
    [InlineData("\u202A\u202B\u202C\u202D\u202Ex\u2066\u2067\u2068\u2069", "x")]
    [InlineData("in\u200Bvi\u200Csi\u200Dble\u2060 te\uFEFFxt", "invisible text")]
    public void Escape_BreaksDateTemplates_AndRemovesBidiAndZeroWidthCharacters(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Fact]
    public void Escape_LeavesOrdinaryProseAlone()
    {
        const string prose = "The RC (or RC/HC) leads the strategy, per item 7.1; OHCHR supports it.";
        Assert.Equal(prose, CardText.Escape(prose));
    }

    [Fact]
    public void EscapeKeepingMarkers_KeepsCitationMarkers_ButNotAtALineStartWhereTheyCouldDefineALink()
    {
        Assert.Equal("The SAG meets at Principals level [1][2].", CardText.EscapeKeepingMarkers("The SAG meets at Principals level [1][2]."));
        Assert.Equal("Text [1].\n\\[1\\]: evil.example", CardText.EscapeKeepingMarkers("Text [1].\n[1]: evil.example"));
    }

    [Theory]
    [InlineData("See [1](https://evil.example) now.", "See \\[1\\](https\\:\\/\\/evil.example) now.")]
    [InlineData("UN[8]:evil.example", "UN\\[8\\]:evil.example")]
    public void EscapeKeepingMarkers_LeavesAMarkerEscaped_WhereItWouldMakeALink(string answer, string expected) =>
        Assert.Equal(expected, CardText.EscapeKeepingMarkers(answer));
}
