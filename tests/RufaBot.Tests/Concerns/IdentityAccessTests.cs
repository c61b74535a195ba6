using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;

namespace RufaBot.Tests.Concerns;

public sealed class IdentityAccessTests
{
    [Theory]
    [InlineData("Named", "EntityFocalPoint,CountryFocalPoint,HumanRightsAdviser,ResidentCoordinator,SecurityFocalPoint")]
    [InlineData("Confidential", "EntityFocalPoint,CountryFocalPoint")]
    [InlineData("Anonymous", "")]
    public void MaySee_FollowsConsentAndRole(string consent, string roles)
    {
        var allowed = roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ConcernRole>).ToHashSet();

        foreach (var role in Enum.GetValues<ConcernRole>())
            Assert.Equal(allowed.Contains(role), IdentityAccess.MaySee(Enum.Parse<ConsentMode>(consent), role));
    }
}
