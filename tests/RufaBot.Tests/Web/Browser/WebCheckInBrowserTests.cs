using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Web.Browser;

/// <summary>
/// The follow-up page's check-in in headless Chromium: answered with JavaScript off (plain buttons of one form), and
/// the question and the consent step pass axe-core with no serious or critical violation, like every door page.
/// </summary>
public sealed class WebCheckInBrowserTests : EscalationBot
{
    private string Door => new Uri(App.Address, "/report").ToString();

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    // Due a day after submission; WebCheckInTests covers the schedule itself.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["EarlyWarning:CheckIns:AfterSubmissionDays:0"] = "1",
        ["EarlyWarning:Patterns:Enabled"] = "false",
        ["EarlyWarning:Brief:ScheduleEnabled"] = "false",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public async Task TheCheckIn_IsAnsweredWithJavaScriptOff_AndItsStepsPassAxe()
    {
        var http = new DoorBrowser(Bot);
        await (await http.StartAsync()).AnswerUntilSummaryAsync();
        await http.SubmitAsync();
        var other = new DoorBrowser(Bot);
        await (await other.StartAsync()).AnswerUntilSummaryAsync();
        await other.SubmitAsync();
        _clock.Advance(TimeSpan.FromDays(1));
        await using var chromium = await DoorChromium.LaunchAsync();

        await using (var noScript = await chromium.ContextAsync(javaScript: false))
        {
            var page = await OpenFollowUpAsync(noScript, http);
            Assert.Contains("has anything happened at work", await page.ContentAsync(), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Not now" }).ClickAsync();
            Assert.Contains("nobody has been told", await page.ContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("has anything happened at work", await page.ContentAsync(), StringComparison.Ordinal);
        }

        // The second concern for axe, which runs as a script: the question, then the consent step.
        await using var context = await chromium.ContextAsync();
        var checkedPage = await OpenFollowUpAsync(context, other);
        Assert.Equal(1, await checkedPage.GetByRole(AriaRole.Region, new() { Name = "A private check-in about " + other.Reference }).CountAsync());
        await AssertAccessibleAsync(checkedPage);
        await checkedPage.GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        Assert.Contains("May RufaBot tell the ethics office", await checkedPage.ContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(checkedPage);
    }

    private async Task<IPage> OpenFollowUpAsync(IBrowserContext context, DoorBrowser receipt)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(Door + "/follow-up");
        await page.GetByLabel("Reference").FillAsync(receipt.Reference!);
        await page.GetByLabel("Passphrase").FillAsync(receipt.Passphrase!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        return page;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{page.Url} {v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
