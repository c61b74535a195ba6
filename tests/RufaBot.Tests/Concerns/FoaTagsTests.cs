using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;

namespace RufaBot.Tests.Concerns;

/// <summary>The "Q6 to FoA tags" rule of domain.md section 4, row by row.</summary>
public sealed class FoaTagsTests
{
    [Theory]
    [InlineData("killings", "unknown", "RF2 RF11")]
    [InlineData("killings", "militia", "RF1 RF2 RF5 RF7 RF11 RF13")]
    [InlineData("attacksOnCivilians", "unknown", "RF1 RF2 RF11 RF13")]
    [InlineData("attacksOnCivilians", "stateSecurity", "RF1 RF2 RF11 RF13")]
    [InlineData("torture", "stateSecurity", "RF2 RF7")]
    [InlineData("detention", "officials", "RF2 RF7")]
    [InlineData("disappearance", "unknown", "RF2 RF7")]
    [InlineData("sgbv", "unknown", "RF7")]
    [InlineData("sgbv", "nonStateArmed", "RF1 RF5 RF7 RF13")]
    [InlineData("displacement", "private", "RF7")]
    [InlineData("displacement", "militia", "RF1 RF5 RF7 RF13")]
    [InlineData("incitement", "unknown", "RF8 RF9 RF10")]
    [InlineData("discrimination", "officials", "RF9 RF12")]
    [InlineData("civicSpace", "stateSecurity", "RF7")]
    [InlineData("blockedAccess", "unknown", "RF14")]
    [InlineData("blockedAccess", "nonStateArmed", "RF1 RF5 RF7 RF13 RF14")]
    [InlineData("threatsToUn", "unknown", "RF14")]
    [InlineData("children", "unknown", "")]
    [InlineData("other", "unPersonnel", "")]
    [InlineData("", "militia", "RF1 RF5 RF7")]
    [InlineData("", "unknown", "")]
    [InlineData("killings,incitement,discrimination", "officials", "RF2 RF8 RF9 RF10 RF11 RF12")]
    public void Tags_FollowTheRule(string categories, string perpetrator, string expected)
    {
        var intake = IntakeAnswers.Of([.. IntakeAnswers.Choices("categories", categories), .. IntakeAnswers.Choice("perpetrators", perpetrator)]);

        Assert.Equal(expected, string.Join(' ', FoaTags.Of(intake)));
    }

    [Fact]
    public void Tags_AreDistinctAndInFrameworkOrder()
    {
        var intake = IntakeAnswers.Of([.. IntakeAnswers.Choices("categories", "threatsToUn,torture,detention,blockedAccess")]);

        Assert.Equal("RF2 RF7 RF14", string.Join(' ', FoaTags.Of(intake)));
    }

    [Theory]
    [InlineData("killings")]
    [InlineData("sgbv")]
    [InlineData("displacement")]
    [InlineData("blockedAccess")]
    public void RF13_NeverWithoutRF1(string category)
    {
        foreach (var perpetrator in Enum.GetNames<Perpetrator>())
        {
            var tags = FoaTags.Of(IntakeAnswers.Of([.. IntakeAnswers.Choices("categories", category), .. IntakeAnswers.Choice("perpetrators", perpetrator)]));
            Assert.True(!tags.Contains(RiskFactor.RF13) || tags.Contains(RiskFactor.RF1), $"{category} by {perpetrator}: {string.Join(' ', tags)}");
        }
    }

    [Fact]
    public void EveryCategory_HasTagsOrIsOneOfTheDocumentedExceptions()
    {
        ConcernCategory[] untagged = [ConcernCategory.Children, ConcernCategory.Other];
        foreach (var category in Enum.GetValues<ConcernCategory>().Except(untagged))
            Assert.NotEmpty(FoaTags.Of(new ConcernIntake { Categories = [category] }));
    }
}
