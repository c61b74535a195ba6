using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace RufaBot.Web;

/// <summary>
/// A follow-up post read as it arrives, so that a refused file costs the person nothing they typed: a file over
/// <see cref="WebDoorOptions.MaxFileBytes"/> or past <see cref="WebDoorOptions.MaxFilesPerPost"/> is read to its end
/// and dropped, and the text fields still come back to the page. The body as a whole may not pass
/// <see cref="WebDoorOptions.MaxPostBytes"/>: a larger declared length is refused before anything is read, a longer
/// body (no declared length) when it reaches the limit. The name and type the browser gives a file are never read.
/// </summary>
internal static class DoorUpload
{
    public const string FilesField = "files";

    /// <summary>
    /// The post: its text fields, its files in order (null where one was too large), how many files came past the
    /// per-post limit, and whether the body was refused as a whole.
    /// </summary>
    public sealed record Post(IReadOnlyDictionary<string, string> Fields, IReadOnlyList<byte[]?> Files, int Extra, bool TooLarge)
    {
        public static Post Refused { get; } = new(new Dictionary<string, string>(), [], 0, true);

        public string this[string name] => Fields.GetValueOrDefault(name, "");
    }

    public static async Task<Post> ReadAsync(HttpRequest request, WebDoorOptions options, CancellationToken ct)
    {
        if (request.ContentLength > options.MaxPostBytes)
            return Post.Refused;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.MaxPostBytes;
        try
        {
            if (!request.HasFormContentType)
                return new Post(new Dictionary<string, string>(), [], 0, false);
            if (Boundary(request) is { Length: > 0 } boundary)
                return await MultipartAsync(request, boundary, options, ct);
            var form = await request.ReadFormAsync(ct);
            return new Post(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal), [], 0, false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Post.Refused;
        }
    }

    private static string Boundary(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? ""
            : "";

    private static async Task<Post> MultipartAsync(HttpRequest request, string boundary, WebDoorOptions options, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<byte[]?>();
        var extra = 0;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
                continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                var content = await ReadUpToAsync(section.Body, options.MaxFileBytes, ct);
                // An empty file input still sends an empty part: it is no file.
                if (name != FilesField || content is { Length: 0 })
                    continue;
                if (files.Count >= options.MaxFilesPerPost)
                    extra++;
                else
                    files.Add(content);
                continue;
            }
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            fields[name] = await text.ReadToEndAsync(ct);
        }
        return new Post(fields, files, extra, false);
    }

    // Null when the part is longer than the limit; its rest is read and dropped so the fields after it still come.
    private static async Task<byte[]?> ReadUpToAsync(Stream body, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                await body.CopyToAsync(Stream.Null, ct);
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
