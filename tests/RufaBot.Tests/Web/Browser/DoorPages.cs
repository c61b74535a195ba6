using Microsoft.Playwright;

namespace RufaBot.Tests.Web.Browser;

/// <summary>Fills the door's forms in a real page as a person would: by the question's inputs, then Continue.</summary>
internal static class DoorPages
{
    private const string Fields = "form input:not([type=hidden]), form textarea, form select";

    /// <summary>From the first page to the summary, answering from <see cref="DoorBrowser.Answers"/> or the first choice.</summary>
    public static async Task AnswerUntilSummaryAsync(IPage page, Func<IPage, Task>? onEachPage = null)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await page.Locator("button[value=submit]").CountAsync() > 0) return;
            if (onEachPage is not null) await onEachPage(page);
            var first = page.Locator(Fields).First;
            var step = await first.GetAttributeAsync("name") ?? throw new InvalidOperationException("No question on " + page.Url);
            await AnswerAsync(page, step, await first.GetAttributeAsync("type"), DoorBrowser.Answers.GetValueOrDefault(step));
            await page.Locator("button.primary").ClickAsync();
        }
        Assert.Fail("The summary was never reached: " + await page.ContentAsync());
    }

    private static async Task AnswerAsync(IPage page, string step, string? type, string? answer)
    {
        var named = page.Locator($"[name='{step}']");
        switch (type)
        {
            case "radio" or "checkbox":
                await (answer is null ? named.First : page.Locator($"[name='{step}'][value='{answer}']")).CheckAsync();
                break;
            case null when await page.Locator($"select[name='{step}']").CountAsync() > 0:
                await named.First.SelectOptionAsync(answer ?? "ML");
                break;
            default:
                await named.First.FillAsync(answer ?? "A plain answer of more than twenty characters.");
                break;
        }
    }
}
