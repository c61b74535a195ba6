using Microsoft.Playwright;

namespace RufaBot.Tests.Web.Browser;

/// <summary>
/// The machine's Chromium (<c>/usr/bin/chromium</c>, installed by tools/clients/setup.sh), driven headless by
/// Playwright's bundled driver, which runs offline; no browser is ever downloaded. Without Chromium the test fails
/// and says how to install it: a browser test that skips would prove nothing.
/// </summary>
internal sealed class DoorChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private DoorChromium(IPlaywright playwright, IBrowser browser) => (Playwright, Browser) = (playwright, browser);

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<DoorChromium> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"Chromium is not installed at {ExecutablePath}: the web door's browser tests need it. Run tools/clients/setup.sh (or apt-get install chromium).");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers and CI runners often run as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
        return new DoorChromium(playwright, browser);
    }

    public Task<IBrowserContext> ContextAsync(bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = "en-GB" });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}
