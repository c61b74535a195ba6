using System.Net;
using System.Text.RegularExpressions;

namespace RufaBot.Tests.Web;

/// <summary>
/// A form-filling client for the web door without a browser: it reads the page's one form (its hidden draft, its
/// inputs) with plain patterns and posts it back as a browser would, answering each question from a table of valid
/// answers by step id, or with the form's first choice, so that any intake dialog can be walked to its receipt.
/// </summary>
internal sealed partial class DoorBrowser(HttpClient http, string path = "/report")
{
    public static readonly IReadOnlyDictionary<string, string> Answers = new Dictionary<string, string>
    {
        ["danger"] = "no",
        ["dangerSoon"] = "no",
        ["safeToTalk"] = "yes",
        ["what"] = "Soldiers detained dozens of men at the market in the early morning and took them away in trucks.",
        ["categories"] = "detention",
        ["status"] = "ongoing",
        ["when"] = "2026-11-20",
        ["country"] = "ML",
        ["place"] = "Mopti region",
        ["affectedCount"] = "dozens",
        ["groups"] = "general",
        ["perpetrators"] = "stateSecurity",
        ["source"] = "witnessed",
        ["implicated"] = "none",
        ["corroboration"] = "oneSource",
        ["sourcesAtRisk"] = "no",
        ["alreadyReported"] = "nobody",
        ["entity"] = "undp",
        ["dutyStation"] = "Bamako",
    };

    public HttpResponseMessage? Response { get; private set; }

    public string Html { get; private set; } = "";

    public HttpStatusCode Status => Response!.StatusCode;

    public string? State => Match(StateInput(), Html) is { } s ? WebUtility.HtmlDecode(s) : null;

    /// <summary>The step id of the question on the page: the name of its first input.</summary>
    public string? StepId => FirstField().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public bool IsSummary => Html.Contains("value=\"submit\"", StringComparison.Ordinal);

    public string? Reference => Match(Code("reference"), Html);

    public string? Passphrase => Match(Code("passphrase"), Html);

    public List<string> Asked { get; } = [];

    public async Task<DoorBrowser> GetAsync(string relative = "")
    {
        Response = await http.GetAsync(path + relative);
        Html = await Response.Content.ReadAsStringAsync();
        return this;
    }

    public async Task<DoorBrowser> PostAsync(string relative, params (string Name, string Value)[] fields)
    {
        Response = await http.PostAsync(path + relative, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));
        Html = await Response.Content.ReadAsStringAsync();
        return this;
    }

    public Task<DoorBrowser> StartAsync() => PostAsync("/start");

    /// <summary>Posts the page's form with these fields beside its draft.</summary>
    public Task<DoorBrowser> AnswerAsync(params (string Name, string Value)[] fields) =>
        PostAsync("", [("_door", State ?? throw new InvalidOperationException("No form on the page:\n" + Html)), .. fields]);

    /// <summary>Answers every question (from <see cref="Answers"/>, else the form's first choice) until the summary.</summary>
    public async Task<DoorBrowser> AnswerUntilSummaryAsync(IReadOnlyDictionary<string, string>? overrides = null)
    {
        for (var i = 0; i < 40 && !IsSummary; i++)
        {
            var step = StepId ?? throw new InvalidOperationException("No question on the page:\n" + Html);
            Asked.Add(step);
            var value = overrides?.GetValueOrDefault(step) ?? Answers.GetValueOrDefault(step) ?? FirstChoice() ?? "A plain answer of more than twenty characters.";
            await AnswerAsync((step, value));
            Assert.True(Status == HttpStatusCode.OK, $"{step}: {Status}\n{Html}");
        }
        Assert.True(IsSummary, "The summary was never reached:\n" + Html);
        return this;
    }

    public Task<DoorBrowser> SubmitAsync() => AnswerAsync((Match(SubmitButton(), Html) ?? "summary", "submit"));

    private string? FirstChoice() => ChoiceValue().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string? Match(Regex regex, string html) => regex.Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static Regex Code(string id) => new($"<code id=\"{id}\">([^<]+)</code>");

    [GeneratedRegex("name=\"([^\"]+)\" value=\"submit\"")]
    private static partial Regex SubmitButton();

    [GeneratedRegex("name=\"_door\" value=\"([^\"]+)\"")]
    private static partial Regex StateInput();

    [GeneratedRegex("<(?:input|textarea|select)(?! type=\"hidden\")[^>]* name=\"([^\"_][^\"]*)\"")]
    private static partial Regex FirstField();

    [GeneratedRegex("type=\"(?:radio|checkbox)\"[^>]* value=\"([^\"]*)\"")]
    private static partial Regex ChoiceValue();
}
