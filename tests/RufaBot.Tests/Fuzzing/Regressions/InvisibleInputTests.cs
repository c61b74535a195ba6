using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Fuzzing.Regressions;

/// <summary>
/// Found by <see cref="ForgedActionFuzzTests"/>: a reason made only of a zero-width space passed as filled in, so a
/// concern was escalated with an invisible reason on its trail. Text nobody can see is now no text.
/// </summary>
public sealed class InvisibleInputTests : EscalationBot
{
    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200D\uFEFF")]
    [InlineData(" \u2060\t")]
    [InlineData("\u0000\u001b")]
    public async Task AReasonNobodyCanSee_IsMissing_AndChangesNothing(string invisible)
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);

        (_, var body) = await PressAsync(Fp1, "escalate", concern, ("escalateReason", invisible));

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("Please fill in", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task AReasonWithVisibleText_AroundInvisibleCharacters_IsAccepted()
    {
        var concern = await SubmitAsync();

        await PressAsync(Fp1, "escalate", concern, ("escalateReason", "\u200Bto country\u200B"));

        Assert.Equal(RufaBot.Concerns.EscalationTier.B2, (await LoadAsync(concern.Id)).Tier);
    }
}
