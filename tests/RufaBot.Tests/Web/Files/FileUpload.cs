using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace RufaBot.Tests.Web.Files;

/// <summary>The follow-up form as a browser posts it with files: multipart, each file with the name and type the browser gives.</summary>
internal static partial class FileUpload
{
    public static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string reference, string passphrase, string text,
        params (string Name, byte[] Content, string Type)[] files)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(reference), "reference");
        form.Add(new StringContent(passphrase), "passphrase");
        form.Add(new StringContent(text), "information");
        foreach (var (name, content, type) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            form.Add(part, "files", name);
        }
        using var response = await client.PostAsync("/report/follow-up", form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The download links in a card's message: <c>[file-1.jpg](http://…/files/…?t=…)</c>.</summary>
    public static IReadOnlyList<(string Name, Uri Url)> Links(string cardJson) =>
        [.. LinkPattern().Matches(cardJson.Replace("\\u0026", "&", StringComparison.Ordinal)).Select(m => (m.Groups[1].Value, new Uri(m.Groups[2].Value)))];

    [GeneratedRegex(@"\[(file-\d+\.\w+)\]\((https?://[^)\s""]+/files/[0-9a-f]{32}\?t=[^)\s""]+)\)")]
    private static partial Regex LinkPattern();
}
