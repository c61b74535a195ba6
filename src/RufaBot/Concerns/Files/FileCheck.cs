using System.Text;

namespace RufaBot.Concerns.Files;

/// <summary>
/// What a reporter's file is, told by its first bytes and never by its name or the type the browser declared: a JPEG,
/// a PNG, a PDF, or plain text (UTF-8 with no control characters but tabs and line breaks). Anything else is refused.
/// JPEG and PNG files leave with their metadata removed (<see cref="ImageMetadata"/>) before anything stores them.
/// </summary>
internal static class FileCheck
{
    public sealed record Result(CheckedFile? File, FileRefusal? Refusal);

    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngStart = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfStart = "%PDF-"u8.ToArray();

    // Throws on any invalid sequence instead of replacing it, so a binary file is never taken for text.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result Check(byte[] content)
    {
        if (content.Length == 0)
            return new Result(null, FileRefusal.Empty);
        var start = content.AsSpan();
        if (start.StartsWith(JpegStart))
            return Image(FileKind.Jpeg, ImageMetadata.StripJpeg(content));
        if (start.StartsWith(PngStart))
            return Image(FileKind.Png, ImageMetadata.StripPng(content));
        if (start.StartsWith(PdfStart))
            return new Result(new CheckedFile(FileKind.Pdf, content), null);
        return IsPlainText(content) ? new Result(new CheckedFile(FileKind.Text, content), null) : new Result(null, FileRefusal.Type);
    }

    private static Result Image(FileKind kind, byte[]? stripped) =>
        stripped is null ? new Result(null, FileRefusal.Unreadable) : new Result(new CheckedFile(kind, stripped), null);

    private static bool IsPlainText(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
                return false;
        }
        return true;
    }
}
