using System.Text;

namespace RufaBot.Cards;

/// <summary>
/// Makes text from users or documents safe to show in an Adaptive Card TextBlock, which renders a markdown subset:
/// markdown punctuation is backslash-escaped, HTML brackets are neutralised, so nobody can inject links, images or
/// formatting into a card another person will read.
/// </summary>
internal static class CardText
{
    private const string MarkdownSpecials = "\\`*_{}[]()#+-.!|>~<";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\r')
                continue;
            if (MarkdownSpecials.Contains(c))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
