using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Countries;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

public sealed class CountryTests
{
    [Theory]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("cote d'ivoire", "CI")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("COTE D IVOIRE", "CI")]
    [InlineData("côte-d'ivoire", "CI")]
    [InlineData("CIV", "CI")]
    [InlineData("ci", "CI")]
    [InlineData("Royaume-Uni", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("the Gambia", "GM")]
    [InlineData("États-Unis", "US")]
    [InlineData("etats unis d'amerique", "US")]
    [InlineData("DRC", "CD")]
    [InlineData("République démocratique du Congo", "CD")]
    [InlineData("Congo", "CG")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Burma", "MM")]
    [InlineData("Allemagne", "DE")]
    [InlineData("Iran", "IR")]
    [InlineData("Trinidad & Tobago", "TT")]
    [InlineData("Camerron", "CM")]
    [InlineData("Afganistan", "AF")]
    public void Name_IsResolvedForgivingly(string input, string code)
    {
        Assert.Equal(code, CountryList.Resolve(input).Found?.Alpha2);
    }

    [Theory]
    [InlineData("Narnia")]
    [InlineData("xx")]
    [InlineData("")]
    public void Unknown_IsNotFound(string input)
    {
        var match = CountryList.Resolve(input);
        Assert.Null(match.Found);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void Ambiguous_Typo_ListsTheCandidatesInTheError()
    {
        SampleAnswers.Sample().AnswerUntil("dutyStation").Send("Nigera").Error("Niger, Nigeria");
    }

    [Fact]
    public void List_HasEveryIsoCountryWithBothNames()
    {
        Assert.Equal(249, CountryList.All.Count);
        Assert.Equal(249, CountryList.All.Select(c => c.Alpha3).Distinct().Count());
        Assert.All(CountryList.All, c => Assert.False(string.IsNullOrWhiteSpace(c.French)));
    }

    [Fact]
    public void CountryStep_StoresCodeAndShowsLocalizedName()
    {
        var t = SampleAnswers.Sample("fr").AnswerUntil("dutyStation").Send("Ivory Coast").Send("retour").Asks("dutyStation");
        Assert.Equal(new CountryAnswer("CI"), t.Prompt.Current);
        Assert.Equal("Côte d'Ivoire", t.Prompt.CurrentText);

        t.SendCard("""{"dutyStation":"DE"}""").Send("retour");
        Assert.Equal("Allemagne", t.Prompt.CurrentText);
    }
}
