using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RufaBot.Concerns.Intake;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Cards;

/// <summary>
/// What the reporter said about their sources' consent reaches the focal points who read the concern, before they use
/// the information or contact anyone; a card without the content does not show it.
/// </summary>
public sealed class SourceConsentCardTests : EscalationBot
{
    [Theory]
    [InlineData("Refused", "They do not agree, or asked that it go no further")]
    [InlineData("WithoutNames", "They agree, without their names")]
    public async Task TheAssignedFocalPoint_ReadsWhetherTheSourcesAgree(string answer, string shown)
    {
        var concern = await SubmitAsync(change: i => i with { SourceConsent = Enum.Parse<SourceConsent>(answer) });

        var (_, assigned) = await PressAsync(Fp1, "refresh", concern);
        var (_, outsider) = await PressAsync(Adviser, "refresh", concern);

        Assert.Contains("Sources' consent", Text(assigned), StringComparison.Ordinal);
        Assert.Contains(shown, Text(assigned), StringComparison.Ordinal);
        Assert.DoesNotContain(shown, Text(outsider), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotAsked_WhenTheReporterSawItThemselves_ShowsNothingAboutIt()
    {
        var concern = await SubmitAsync(change: i => i with { Source = InformationSource.Witnessed, SourceConsent = null });

        var (_, card) = await PressAsync(Fp1, "refresh", concern);

        Assert.DoesNotContain("Sources' consent", Text(card), StringComparison.Ordinal);
    }

    private static string Text(JsonObject invokeBody) =>
        CardOf(invokeBody).ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
