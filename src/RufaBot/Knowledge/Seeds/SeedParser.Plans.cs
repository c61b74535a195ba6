using System.Text.RegularExpressions;

namespace RufaBot.Knowledge.Seeds;

internal static partial class SeedParser
{
    /// <summary>A passage being read: lines are added until the next passage starts.</summary>
    private sealed class Draft(string kind, string? heading)
    {
        public string Kind { get; } = kind;
        public string? Heading { get; } = heading;
        public List<string> Lines { get; } = [];
        public string Key { get; set; } = "";
        public string Item { get; set; } = "";
        public List<int> Groups { get; } = [];
    }

    /// <summary>
    /// The Plan of Action: part I (introduction) is paragraphs, numbered from 1, an "(action n)" paragraph noted as
    /// such; part II has capital-letter section headings, each followed by the section's goal, then items 1-16.
    /// The scan lost most item numbers, so an item starts at "n. " or at a line that opens with a capitalised
    /// phrase and a colon ("Embed the vision…: embed…"), and is numbered in order; a stated number must agree.
    /// A lower-case line carries on the item a footnote interrupted.
    /// </summary>
    private static List<SeedPassage> PlanOfAction(string text)
    {
        const string code = "PoA";
        var drafts = new List<Draft>();
        Draft? item = null, current = null;
        string? part = null, section = null;
        int introParagraphs = 0, items = 0, footnotes = 0;
        var afterFootnote = false;
        foreach (var block in Blocks(text))
        {
            if (block[0].StartsWith('['))
            {
                // "[. Introduction", "[I. The Plan of Action": the scan's rendering of the part numbers I and II.
                part = block[0].Contains("Introduction", StringComparison.Ordinal) ? "Introduction" : "The Plan of Action";
                if (block.Count > 1)
                    throw new InvalidDataException($"Seed {code}: text after the part heading '{block[0]}'.");
                current = null;
                continue;
            }
            if (part == "Introduction")
            {
                introParagraphs++;
                var paragraph = Join(block);
                var action = ActionNumber().Match(paragraph);
                drafts.Add(new Draft("intro", "Introduction")
                {
                    Key = $"intro {introParagraphs}",
                    Item = action.Success ? $"introduction, para {introParagraphs} (action {action.Groups[1].Value})" : $"introduction, para {introParagraphs}",
                    Lines = { paragraph },
                });
                continue;
            }
            if (part is null)
                throw new InvalidDataException($"Seed {code}: text before the first part heading.");
            var newBlock = true;
            foreach (var line in block)
            {
                var startsBlock = newBlock;
                newBlock = false;
                if (IsLayout(line))
                    continue;
                if (IsCapitalsHeading(line))
                {
                    section = line;
                    current = new Draft("goal", section);
                    drafts.Add(current);
                    afterFootnote = false;
                    continue;
                }
                var footnote = PlainFootnote().Match(line);
                if (footnote.Success)
                {
                    footnotes++;
                    drafts.Add(new Draft("footnote", null) { Key = $"fn {footnote.Groups[1].Value}", Item = $"footnote {footnote.Groups[1].Value}", Lines = { footnote.Groups[2].Value } });
                    afterFootnote = true;
                    continue;
                }
                var numbered = NumberedItem().Match(line);
                var opensGoal = current is { Kind: "goal", Lines.Count: 0 };
                if (numbered.Success || UnnumberedItem().IsMatch(line) || (startsBlock && char.IsUpper(line[0]) && !opensGoal && !afterFootnote))
                {
                    items++;
                    if (numbered.Success && int.Parse(numbered.Groups[1].Value) != items)
                        throw new InvalidDataException($"Seed {code}: item {numbered.Groups[1].Value} found where item {items} was expected.");
                    item = current = new Draft("item", section) { Key = $"{items}", Item = $"item {items}", Lines = { numbered.Success ? numbered.Groups[2].Value : line } };
                    drafts.Add(item);
                    afterFootnote = false;
                    continue;
                }
                if (afterFootnote && char.IsLower(line[0]) && item is not null)
                    current = item;
                else if (current is null || afterFootnote)
                    throw new InvalidDataException($"Seed {code}: cannot place the line '{line}'.");
                afterFootnote = false;
                current.Lines.Add(line);
            }
        }
        Expect(code, "introduction paragraphs", introParagraphs, 25);
        Expect(code, "items", items, 16);
        Expect(code, "footnotes", footnotes, 1);
        return Finish(code, drafts);
    }

    /// <summary>
    /// The Detailed Action Plan: a title, capital-letter section headings (one section has lost its heading), each
    /// section's goal, numbered item headings ("12. Establish…"), items "n.m." (with or without a leading "- "),
    /// footnotes in superscript digits and two "*" notes ("No consensus…") that belong to the items ending in "*".
    /// A page break may cut an item: text after a footnote carries on the item it interrupted, while a capitalised
    /// paragraph straight after an item is the next section's goal.
    /// </summary>
    private static List<SeedPassage> DetailedActionPlan(string text)
    {
        const string code = "DAP";
        var drafts = new List<Draft>();
        var blocks = Blocks(text);
        var title = new Draft("title", null) { Key = "title", Item = "title" };
        drafts.Add(title);
        Draft? item = null, current = null;
        string? section = null, group = null;
        int groups = 0, sub = 0, footnotes = 0;
        var pageBreak = false;
        var starred = new Queue<string>();
        var noted = new HashSet<string>();
        foreach (var line in blocks.SelectMany(b => b))
        {
            if (drafts.Count == 1 && (title.Lines.Count == 0 || line.StartsWith("UPDATED ", StringComparison.Ordinal)))
            {
                title.Lines.Add(line);
                continue;
            }
            if (IsLayout(line))
            {
                pageBreak = true;
                continue;
            }
            if (IsCapitalsHeading(line))
            {
                section = Superscripts().Replace(line, "");
                current = new Draft("goal", section);
                drafts.Add(current);
                pageBreak = false;
                continue;
            }
            var footnote = SuperscriptFootnote().Match(line);
            var note = StarNote().Match(line);
            if (footnote.Success || note.Success)
            {
                footnotes++;
                var number = footnote.Success ? Digits(footnote.Groups[1].Value) : "";
                var of = note.Success ? (starred.TryDequeue(out var starredItem) ? starredItem
                    : throw new InvalidDataException($"Seed {code}: a '*' note with no item ending in '*'.")) : "";
                if (note.Success)
                    noted.Add(of);
                drafts.Add(new Draft("footnote", null)
                {
                    Key = footnote.Success ? $"fn {number}" : $"note {of}",
                    Item = footnote.Success ? $"footnote {number}" : $"note to item {of}",
                    Lines = { footnote.Success ? footnote.Groups[2].Value : note.Groups[1].Value },
                });
                pageBreak = true;
                continue;
            }
            var heading = GroupHeading().Match(line);
            if (heading.Success && int.Parse(heading.Groups[1].Value) == groups + 1)
            {
                groups++;
                sub = 0;
                group = $"{groups}. {Plain(Superscripts().Replace(heading.Groups[2].Value, ""))}";
                current = null;
                drafts.Add(new Draft("group", section) { Key = $"{groups}", Item = $"item {groups} (heading)", Lines = { heading.Groups[2].Value } });
                pageBreak = false;
                continue;
            }
            var numbered = SubItem().Match(line);
            if (numbered.Success)
            {
                var (g, s) = (int.Parse(numbered.Groups[1].Value), int.Parse(numbered.Groups[2].Value));
                if (g != groups || s != sub + 1)
                    throw new InvalidDataException($"Seed {code}: item {g}.{s} found where {groups}.{sub + 1} was expected.");
                sub = s;
                item = current = new Draft("item", group) { Key = $"{g}.{s}", Item = $"item {g}.{s}", Lines = { numbered.Groups[3].Value } };
                drafts.Add(item);
            }
            else
            {
                var body = line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line;
                if (item is not null && (pageBreak || char.IsLower(body[0])) && current?.Kind != "goal")
                    item.Lines.Add(body);
                else if (current is { Kind: "goal", Lines.Count: 0 })
                    current.Lines.Add(line);
                else if (current?.Kind == "item")
                {
                    // A capitalised paragraph straight after an item: the goal of a section whose heading was lost.
                    section = null;
                    current = new Draft("goal", null) { Lines = { line } };
                    drafts.Add(current);
                }
                else
                    throw new InvalidDataException($"Seed {code}: cannot place the line '{line}'.");
            }
            pageBreak = false;
            // An item ending in "*" owns the next "*" note ("No consensus was reached on this action point.").
            if (item is not null && item.Lines[^1].EndsWith('*') && !starred.Contains(item.Key) && !noted.Contains(item.Key))
                starred.Enqueue(item.Key);
        }
        Expect(code, "item headings", groups, 16);
        Expect(code, "footnotes and notes", footnotes, 13);
        return Finish(code, drafts);
    }

    /// <summary>Numbers each goal by the items it introduces, then turns drafts into passages.</summary>
    private static List<SeedPassage> Finish(string code, List<Draft> drafts)
    {
        Draft? goal = null;
        foreach (var draft in drafts)
        {
            if (draft.Kind == "goal")
                goal = draft;
            else if (goal is not null && (draft.Kind == "group" || (code == "PoA" && draft.Kind == "item")))
                goal.Groups.Add(int.Parse(draft.Key));
        }
        var passages = new List<SeedPassage>();
        foreach (var draft in drafts)
        {
            if (draft.Kind == "goal")
            {
                if (draft.Groups.Count == 0)
                    throw new InvalidDataException($"Seed {code}: a section goal introduces no item.");
                var range = Range(draft.Groups);
                var items = draft.Groups.Count == 1 ? $"item {range}" : $"items {range}";
                draft.Key = $"goal {range}";
                draft.Item = draft.Heading is null ? $"goal of {items}" : $"goal of {items} ({HeadingCase(draft.Heading)})";
            }
            passages.Add(new SeedPassage(code, $"{code} {draft.Key}", draft.Item, draft.Heading, Join(draft.Lines)));
        }
        return passages;
    }

    private static string Digits(string superscripts) =>
        string.Concat(superscripts.Select(c => c switch { '¹' => '1', '²' => '2', '³' => '3', _ => (char)('0' + (c - '⁰')) }));

    [GeneratedRegex(@"\(action (\d)\)")]
    private static partial Regex ActionNumber();

    [GeneratedRegex(@"^(\d{1,2})\s+([^\d.\s].*)$")]
    private static partial Regex PlainFootnote();

    [GeneratedRegex(@"^(\d{1,2})\.\s+([A-Z].*)$")]
    private static partial Regex NumberedItem();

    // "Embed the vision into human resources management processes: embed the vision into"
    [GeneratedRegex(@"^[A-Z][^:;.]{10,120}:\s+[a-z]")]
    private static partial Regex UnnumberedItem();

    [GeneratedRegex(@"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.+)$")]
    private static partial Regex SuperscriptFootnote();

    [GeneratedRegex(@"^\^\{\*\}\s+(.+)$")]
    private static partial Regex StarNote();

    [GeneratedRegex(@"^(\d{1,2})\.\s+([A-Z].*)$")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"^(?:-\s+)?(\d{1,2})\.(\d{1,2})\.?\s+(.+)$")]
    private static partial Regex SubItem();
}
