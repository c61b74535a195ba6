using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RufaBot.Concerns;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Web.Browser;

/// <summary>
/// The door in headless Chromium against the real app on a loopback port: a whole intake to a receipt with
/// JavaScript off, a focal point's question answered on the follow-up page and reaching the card, wrong passphrases
/// limited, and axe-core finding no serious or critical accessibility violation on any page.
/// </summary>
public sealed class WebDoorBrowserTests : EscalationBot
{
    private string Door => new Uri(App.Address, "/report").ToString();

    [Fact]
    public async Task AFullIntake_WithJavaScriptOff_ReachesAReceipt_AndTheFocalPointsCard()
    {
        await using var chromium = await DoorChromium.LaunchAsync();
        await using var context = await chromium.ContextAsync(javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync(Door);
        await page.GetByRole(AriaRole.Link, new() { Name = "How to stay safer when you use this page" }).First.ClickAsync();
        Assert.Contains("Tor Browser", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await DoorPages.AnswerUntilSummaryAsync(page);
        await page.Locator("button[value=submit]").ClickAsync();

        var reference = await page.Locator("#reference").InnerTextAsync();
        var passphrase = await page.Locator("#passphrase").InnerTextAsync();
        Assert.Matches("^HR-[0-9A-Z]{4}-[0-9A-Z]{4}$", reference);
        Assert.Matches("^[0-9a-z]{5}(-[0-9a-z]{5}){3}$", passphrase);
        Assert.Empty(await context.CookiesAsync());
        await DrainOutboxAsync();
        Assert.Contains(Connector.ActivitiesTo("a:chat-" + Fp1), a => a.ToJsonString().Contains(reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFocalPointsQuestion_IsAnsweredInTheBrowser_AndWrongPassphrasesAreLimited()
    {
        var http = new DoorBrowser(Bot);
        await (await http.StartAsync()).AnswerUntilSummaryAsync();
        await http.SubmitAsync();
        var (reference, passphrase) = (http.Reference!, http.Passphrase!);
        await DrainOutboxAsync();
        await PressAsync(Fp1, "acknowledge", await LoadAsync(reference));
        await PressAsync(Fp1, "askReporter", await LoadAsync(reference), ("question", "Which market was it?"));

        await using var chromium = await DoorChromium.LaunchAsync();
        await using var context = await chromium.ContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Door + "/follow-up");
        await page.GetByLabel("Reference").FillAsync(reference);
        await page.GetByLabel("Passphrase").FillAsync(passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        Assert.Contains("Which market was it?", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Your answer").FillAsync("The cattle market, north of the bridge.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        Assert.Contains("It was added", await page.ContentAsync(), StringComparison.Ordinal);
        await DrainOutboxAsync();
        Assert.Contains(Connector.ActivitiesTo("a:chat-" + Fp1), a => a.ToJsonString().Contains("The cattle market, north of the bridge.", StringComparison.Ordinal));

        IResponse? last = null;
        for (var i = 0; i < 5; i++)
        {
            await page.GotoAsync(Door + "/follow-up");
            await page.GetByLabel("Reference").FillAsync(reference);
            await page.GetByLabel("Passphrase").FillAsync("aaaaa-bbbbb-ccccc-ddddd");
            last = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync(), r => r.Url.EndsWith("/follow-up", StringComparison.Ordinal));
        }
        Assert.Equal(429, last!.Status);
        Assert.Contains("too many wrong attempts", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhoto_IsSentFromTheFollowUpPage_WithJavaScriptOff_AndThePagesWithTheFileFieldPassAxe()
    {
        var http = new DoorBrowser(Bot);
        await (await http.StartAsync()).AnswerUntilSummaryAsync();
        await http.SubmitAsync();
        await using var chromium = await DoorChromium.LaunchAsync();

        await using (var noScript = await chromium.ContextAsync(javaScript: false))
        {
            var page = await OpenFollowUpAsync(noScript, http);
            await page.GetByLabel("Files (optional)").SetInputFilesAsync(new FilePayload { Name = "IMG_2041.jpg", MimeType = "image/jpeg", Buffer = Files.TestImages.JpegWithGps() });
            await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            Assert.Contains("1 file(s) were added to your concern", await page.ContentAsync(), StringComparison.Ordinal);
            Assert.Contains("Files you have sent: 1 of 10.", await page.ContentAsync(), StringComparison.Ordinal);
        }
        await using (var db = NewContext())
            Assert.Equal("file-1.jpg", (await db.ConcernFiles.SingleAsync()).Name);

        // axe-core runs as a script: the same pages in a context that allows it, the file field, then its error.
        await using var context = await chromium.ContextAsync();
        var checkedPage = await OpenFollowUpAsync(context, http);
        await AssertAccessibleAsync(checkedPage);
        await checkedPage.Locator("#information").FillAsync("More words.");
        await checkedPage.GetByLabel("Files (optional)").SetInputFilesAsync(new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = "MZ\0 program"u8.ToArray() });
        await checkedPage.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        Assert.Contains("File 1 is not a kind that can be sent here", await checkedPage.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("More words.", await checkedPage.Locator("#information").InputValueAsync());
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

    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAccessibilityViolation()
    {
        await using var chromium = await DoorChromium.LaunchAsync();
        await using var context = await chromium.ContextAsync();
        var page = await context.NewPageAsync();
        var checkedPages = new List<string>();
        async Task Check(IPage p)
        {
            var result = await p.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{p.Url} {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious));
            checkedPages.Add(await p.TitleAsync());
        }

        await page.GotoAsync(Door);
        await Check(page);
        await page.GotoAsync(Door + "/safer");
        await Check(page);
        await page.GotoAsync(Door + "/follow-up");
        await Check(page);
        await page.GotoAsync(Door);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.Locator("button.primary").ClickAsync();
        Assert.Contains("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        await Check(page);
        await DoorPages.AnswerUntilSummaryAsync(page, Check);
        await Check(page);
        await page.Locator("button[value=submit]").ClickAsync();
        await Check(page);
        // The static pages, an error, every question of the dialog, the summary and the receipt.
        Assert.True(checkedPages.Count >= 8, string.Join(", ", checkedPages));
    }

    private async Task<Concern> LoadAsync(string reference)
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Reference == reference);
    }
}
