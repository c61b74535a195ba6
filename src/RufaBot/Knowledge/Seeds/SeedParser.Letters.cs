namespace RufaBot.Knowledge.Seeds;

internal static partial class SeedParser
{
    /// <summary>
    /// The commitment statement: letterhead and title, paragraphs 1-7, the seven "We will" pledges, paragraph 8
    /// ("Above all…"), the closing paragraph, then the signature and date.
    /// </summary>
    private static List<SeedPassage> Statement(string text)
    {
        const string code = "CS";
        var blocks = Blocks(text);
        var passages = new List<SeedPassage>();
        var titleEnd = blocks.FindIndex(b => b[0].StartsWith("**", StringComparison.Ordinal));
        if (titleEnd < 0)
            throw new InvalidDataException("Seed CS: the bold title line is missing.");
        passages.Add(new(code, "CS title", "title", null, Join(blocks.Take(titleEnd + 1).SelectMany(b => b))));
        int paragraphs = 0, pledges = 0;
        var body = blocks.Skip(titleEnd + 1).ToList();
        for (var i = 0; i < body.Count; i++)
        {
            var paragraph = Join(body[i]);
            if (i == body.Count - 1)
                passages.Add(new(code, "CS signature", "signature and date", null, paragraph));
            else if (paragraph.StartsWith("We will ", StringComparison.Ordinal))
            {
                pledges++;
                passages.Add(new(code, $"CS P{pledges}", $"pledge {pledges}", null, paragraph));
            }
            else if (i == body.Count - 2)
                passages.Add(new(code, "CS last", "closing paragraph", null, paragraph));
            else
            {
                paragraphs++;
                passages.Add(new(code, $"CS para {paragraphs}", $"para {paragraphs}", null, paragraph));
            }
        }
        Expect(code, "pledges", pledges, 7);
        Expect(code, "numbered paragraphs", paragraphs, 8);
        return passages;
    }

    /// <summary>
    /// A letter: the short blocks before the first paragraph are its heading (letterhead, date, address,
    /// salutation); paragraphs are numbered from 1; each "- " line is a request, numbered from 1; short blocks
    /// between paragraphs are the addressees, those after the last paragraph the signature; "Cc:" is the copy list.
    /// </summary>
    private static List<SeedPassage> Letter(string code, string text, int expectedParagraphs, int expectedRequests)
    {
        var blocks = Blocks(text);
        static bool IsParagraph(List<string> block) =>
            !block[0].StartsWith("- ", StringComparison.Ordinal) && !block[0].StartsWith("Cc:", StringComparison.Ordinal)
            && (Join(block).Length >= 100 || block[^1].EndsWith(':'));
        var first = blocks.FindIndex(IsParagraph);
        var last = blocks.FindLastIndex(IsParagraph);
        if (first < 0)
            throw new InvalidDataException($"Seed {code}: no paragraph found.");
        var passages = new List<SeedPassage>
        {
            new(code, $"{code} heading", code == "NGO" ? "date and address" : "letterhead, date and salutation", null,
                Join(blocks.Take(first).SelectMany(b => b))),
        };
        int paragraphs = 0, requests = 0;
        var addressees = new List<string>();
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (IsParagraph(block))
            {
                paragraphs++;
                passages.Add(new(code, $"{code} para {paragraphs}", $"para {paragraphs}", null, Join(block)));
            }
            else if (block[0].StartsWith("- ", StringComparison.Ordinal))
            {
                foreach (var line in block)
                {
                    if (!line.StartsWith("- ", StringComparison.Ordinal))
                        throw new InvalidDataException($"Seed {code}: a request is broken over lines: '{line}'.");
                    requests++;
                    passages.Add(new(code, $"{code} request {requests}", $"request {requests}", null, Join([line[2..]])));
                }
            }
            else
                addressees.AddRange(block);
        }
        if (addressees.Count > 0)
            passages.Add(new(code, $"{code} addressees", "addressees", null, Join(addressees)));
        var closing = blocks.Skip(last + 1).ToList();
        var copies = closing.FindIndex(b => b[0].StartsWith("Cc:", StringComparison.Ordinal));
        var signature = copies < 0 ? closing : closing.Take(copies).ToList();
        passages.Add(new(code, code == "NGO" ? "NGO signatories" : $"{code} signature", code == "NGO" ? "signatories" : "signature", null,
            Join(signature.SelectMany(b => b))));
        if (copies >= 0)
            passages.Add(new(code, $"{code} cc", "copy list (cc)", null, Join(closing.Skip(copies).SelectMany(b => b))));
        Expect(code, "paragraphs", paragraphs, expectedParagraphs);
        Expect(code, "requests", requests, expectedRequests);
        return passages;
    }
}
