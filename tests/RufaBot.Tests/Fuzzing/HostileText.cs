using CsCheck;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// Text written to break things: Markdown links to script URLs, HTML, Teams mention tags, control and bidi characters,
/// zero-width joiners, lone surrogates, emoji, template placeholders, and now and then 100 KB of it. Every value begins
/// and ends with its own <see cref="Tag"/> (<see cref="Marker"/> and eight hex digits), which the properties look for
/// in logs and cards.
/// </summary>
internal static class HostileText
{
    public const string Marker = "FZMK";

    private static readonly string[] Fragments =
    [
        "[x](javascript:alert(1))", "[click here](https://evil.example/login)", "![pixel](http://evil.example/p.png)",
        "[ref]: http://evil.example", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"http://evil.example\">y</a>",
        "<at>Everyone</at>", "</at>", "<!-- c -->", "**bold**", "__under__", "~~strike~~", "`code`", "```\nblock\n```", "# Heading",
        "\n- item", "\n1. item", "\n> quote", "| a | b |", "\\", "\"", "'", "&lt;b&gt;", "&#x3C;", "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=", "www.evil.example", "someone@evil.example", "http://evil.example/x?a=1&b=2",
        "{emergencyContacts}", "{name}", "{{x}}", "${x}", "%s%n%x", "'; DROP TABLE \"Concerns\";--", "\u0000", "\u0007", "\u001b[31m",
        "\u007f", "\u0085", "\r\n", "\r", "\t", "\u2028", "\u202E", "\u202D", "\u2066", "\u200B", "\u200D", "\u200C", "\uFEFF",
        "\uD800", "\uDFFF", "\uDBFF\uDBFF", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🔥", "Z̸̢̛͖a̷l̶g̵o̴", "مرحبا", "日本語", "\uFFFD", "\uFFFF",
        "Armed men burned the school and the clinic near the river.",
    ];

    /// <summary>A fresh tag per value: what a property looks for.</summary>
    public static readonly Gen<string> Tag = Gen.UInt.Select(n => Marker + n.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Fragments)),
        (2, Gen.Char.Array[1, 12].Select(c => new string(c))),
        (1, Gen.OneOf(Fragments).Select(Gen.Int[2, 40], (f, n) => string.Concat(Enumerable.Repeat(f, n)))));

    /// <summary>Tag, one to eight hostile pieces, tag; one in forty is padded past 100 KB.</summary>
    public static readonly Gen<string> Value = Gen.Select(Tag, Piece.Array[1, 8], Gen.Int[0, 39], (tag, pieces, huge) =>
    {
        var body = string.Concat(pieces);
        if (huge == 0)
            body = string.Concat(Enumerable.Repeat(body + " ", 100 * 1024 / (body.Length + 1) + 1));
        return tag + " " + body + " " + tag;
    });

    /// <summary>The tag a value begins with.</summary>
    public static string TagOf(string value) => value[..(Marker.Length + 8)];

    /// <summary>Whether <paramref name="text"/> holds half of a UTF-16 surrogate pair on its own.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return true;
        }
        return false;
    }
}
