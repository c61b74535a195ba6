using System.Text;
using System.Text.RegularExpressions;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Seeds;

namespace RufaBot.Tests.Knowledge;

/// <summary>
/// Walks every line of every seed file and checks that the index holds it, in the passage with the right citation.
/// Where each line belongs is decided here, independently of the product's parser: numbered items and footnotes by
/// their numbers, everything else by the anchors below, written by reading the documents (a line that starts an
/// anchor's text belongs to that passage, and the lines after it too until the next anchor or numbered line).
/// </summary>
public sealed partial class SeedCoverageTests
{
    private static readonly SeedLibrary Seeds = KnowledgeTestServices.Seeds;
    private static readonly KnowledgeTestServices Services = new();

    private static readonly Dictionary<string, (string Prefix, string Ref)[]> Anchors = new()
    {
        ["CS"] =
        [
            ("THE SECRETARY-GENERAL", "CS title"), ("**The Secretary-General: Renewing", "CS title"),
            ("The United Nations Charter expresses", "CS para 1"), ("The General Assembly, the Security Council", "CS para 2"),
            ("When people face such risks", "CS para 3"), ("Despite our efforts", "CS para 4"), ("Over these past two decades", "CS para 5"),
            ("The recommendations of the Internal Review Panel", "CS para 6"), ("On behalf of the senior leadership", "CS para 7"),
            ("We will be vigilant", "CS P1"), ("We will inform national authorities", "CS P2"), ("We will bring violations", "CS P3"),
            ("We will work to help Member States", "CS P4"), ("We will speak out publicly", "CS P5"), ("We will exercise due diligence", "CS P6"),
            ("We will engage in discussions", "CS P7"), ("Above all, we renew", "CS para 8"), ("As we look at Syria", "CS last"),
            ("BAN Ki-moon", "CS signature"),
        ],
        ["SGL"] =
        [
            ("THE SECRETARY-GENERAL", "SGL heading"), ("In November 2013, I sent a message", "SGL para 1"),
            ("Through this initiative", "SGL para 2"), ("A little over a year", "SGL para 3"), ("The success of Human Rights up Front", "SGL para 4"),
            ("Heads of United Nations Departments", "SGL addressees"), ("I truly believe", "SGL para 5"), ("Yours sincerely", "SGL signature"),
        ],
        ["NGO"] =
        [
            ("9 September 2009", "NGO heading"), ("We write subsequent", "NGO para 1"), ("Your words and those", "NGO para 2"),
            ("In the months ahead", "NGO para 3"), ("Specifically, we urge you to", "NGO para 4"), ("- Deliver a public statement", "NGO request 1"),
            ("- Task a high-level group", "NGO request 2"), ("- Undertake an internal review", "NGO request 3"),
            ("- Communicate your expectation", "NGO request 4"), ("We judge that these", "NGO para 5"), ("We support your leadership", "NGO para 6"),
            ("Sincerely,", "NGO signatories"), ("Cc: Ms. Helen Clark", "NGO cc"),
        ],
        ["PoA"] =
        [
            ("Protecting human rights is a core purpose", "PoA intro 1"), ("With the world’s people bearing witness", "PoA intro 2"),
            ("It is States that have the primary", "PoA intro 3"), ("We have seen this repeatedly", "PoA intro 4"),
            ("The consequences of failure", "PoA intro 5"), ("Protecting human rights helps prevent conflict", "PoA intro 6"),
            ("Today we are witnessing", "PoA intro 7"), ("In 2009 the Sri Lanka crisis", "PoA intro 8"), ("The challenges that plagued", "PoA intro 9"),
            ("Many recommendations for improving", "PoA intro 10"), ("In launching the follow-up", "PoA intro 11"),
            ("There are limits to what the UN can do", "PoA intro 12"), ("This plan of action is intended", "PoA intro 13"),
            ("Six actions in particular", "PoA intro 14"), ("We will integrate human rights", "PoA intro 15"),
            ("We will also adopt an ‘Article 99", "PoA intro 16"), ("On the ground, when people are at risk", "PoA intro 17"),
            ("At headquarters, we will adopt", "PoA intro 18"), ("We will also achieve greater impact", "PoA intro 19"),
            ("Underpinning all these activities", "PoA intro 20"), ("The actions proposed in this plan", "PoA intro 21"),
            ("In the current financial climate", "PoA intro 22"), ("This plan will require different ways", "PoA intro 23"),
            ("Above all, success requires leadership", "PoA intro 24"), ("People who are at grave risk", "PoA intro 25"),
            ("UN VISION AND RESPONSIBILITIES", "PoA goal 1-3"), ("Renew the vision", "PoA 1"), ("Embed the vision", "PoA 2"), ("Hold staff and institutions", "PoA 3"),
            ("UN ENGAGEMENT WITH MEMBER STATES", "PoA goal 4-5"), ("Engage more pro-actively", "PoA 4"), ("Provide comprehensive and timely", "PoA 5"),
            ("UN ACTION AT COUNTRY LEVEL", "PoA goal 6-11"), ("Ensure that UNCTs respond", "PoA 6"), ("Develop a strategy to address", "PoA 7"),
            ("Ensure that RCs and UNCTSs", "PoA 8"), ("1 “RCs” refers", "PoA fn 1"), ("application and shortlisting for RC posts", "PoA 8"),
            ("UN HEADQUARTERS COORDINATION", "PoA goal 12-14"), ("UN HUMAN RIGHTS CAPACITY", "PoA goal 15"),
            ("COMMON UN INFORMATION MANAGEMENT", "PoA goal 16"),
        ],
        ["DAP"] =
        [
            ("\"Rights Up Front\" Detailed Action Plan", "DAP title"), ("UPDATED MARCH 2014", "DAP title"),
            ("UN VISION AND RESPONSIBILITIES", "DAP goal 1-3"), ("UN entities will more pro-actively", "DAP goal 4-5"),
            ("UN ACTION AT COUNTRY LEVEL", "DAP goal 6-11"), ("^{*} No consensus", "DAP note 8.3"), ("- expertise, and identify modalities", "DAP 10.1"),
            ("UN HEADQUARTERS COORDINATION", "DAP goal 12-14"), ("The RCs or RC/HCs of the concerned", "DAP 12.1"),
            ("UN HUMAN RIGHTS CAPACITY", "DAP goal 15"), ("COMMON UN INFORMATION MANAGEMENT", "DAP goal 16"),
        ],
    };

    [Fact]
    public void EverySeedFile_IsDescribedInSeedsJson()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Seeds");
        var files = Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(5, files.Count);
        Assert.Equal(files, Seeds.Documents.Select(d => d.File).Order());
        Assert.All(Seeds.Documents, d => Assert.Null(d.Address));
    }

    [Fact]
    public void EveryLineOfEverySeed_IsIndexed_InThePassageWithItsCitation()
    {
        var problems = new List<string>();
        var expectedRefs = new HashSet<string>();
        foreach (var document in Seeds.Documents)
        {
            var anchors = Anchors[document.Code];
            var starNotes = new Queue<string>(["DAP note 8.3", "DAP note 15.3"]);
            string? current = null;
            foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Seeds", document.File)))
            {
                var line = raw.Replace('\u00A0', ' ').Trim();
                if (line.Length == 0 || LayoutLine().IsMatch(line) || (document.Code == "PoA" && line.StartsWith('[')))
                    continue;
                current = ExpectedRef(document.Code, line, anchors, starNotes) ?? current;
                if (current is null)
                {
                    problems.Add($"{document.Code}: no passage expected for '{line}'");
                    continue;
                }
                expectedRefs.Add(current);
                var entry = Services.Index.Entries.FirstOrDefault(e => e.Id == SeedLibrary.EntryId(current));
                if (entry is null)
                    problems.Add($"{document.Code}: no passage {current} in the index (line '{line}')");
                else if (!Normal(entry.Title + " " + entry.Body).Contains(Normal(NumberPrefix().Replace(line, "")), StringComparison.Ordinal))
                    problems.Add($"{current}: does not hold '{line}'");
                else if (!entry.Citation.Label.StartsWith($"{document.Name} ({document.Date}), {ExpectedItem(current)}", StringComparison.Ordinal))
                    problems.Add($"{current}: cited as '{entry.Citation.Label}'");
                else if (entry.Kind != EntryKind.SourceText)
                    problems.Add($"{current}: not marked as source text");
            }
        }
        var extra = Services.Index.Entries.Where(e => e.IsSourceText && !expectedRefs.Contains(e.Citation.Ref)).Select(e => e.Citation.Ref).ToList();
        Assert.True(extra.Count == 0, "passages that no line of a seed expects: " + string.Join(", ", extra));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(186, expectedRefs.Count);
    }

    [Fact]
    public void TheIssuesMissingPassages_AreFoundByTheirOwnWords()
    {
        // Issue 18 listed these as unreachable: each is found first when asked with its own words.
        (string Question, string Ref)[] cases =
        [
            ("The Secretary-General will discuss the commitment with Principals to ensure buy-in", "DAP 1.2"),
            ("share his commitment with Member States", "DAP 1.4"),
            ("simple system to track the impact of the strategies of engagement", "DAP 4.3"),
            ("Security Council Expert Group on the Protection of Civilians", "DAP 4.5"),
            ("induction briefings on protection and human rights to Security Council officials", "DAP 4.7"),
            ("The UN human rights entities will co-locate at UN headquarters", "DAP 15.3"),
            ("OHCHR will strengthen its capacity in New York", "DAP 15.4"),
            ("Terms of Reference stipulate principals or OICs", "DAP fn 8"),
            ("The United Nations Charter expresses the determination of We the peoples", "CS para 1"),
            ("once-in-a-generation opportunity", "SGL para 5"),
            ("tell Member States what they need to know, not what they want to hear", "NGO request 4"),
            ("publicize such violations", "PoA 11"),
        ];
        var misses = cases.Where(c => Services.Index.Search(c.Question, RufaBot.Knowledge.Text.Language.English, 3)
            .All(h => !h.Entry.SourceRefs.Contains(c.Ref))).Select(c => c.Ref).ToList();
        Assert.True(misses.Count == 0, "not in the top 3: " + string.Join(", ", misses));
    }

    private static string? ExpectedRef(string code, string line, (string Prefix, string Ref)[] anchors, Queue<string> starNotes)
    {
        foreach (var (prefix, reference) in anchors)
            if (line.StartsWith(prefix, StringComparison.Ordinal))
                return reference == "DAP note 8.3" ? starNotes.Dequeue() : reference;
        if (code == "DAP")
        {
            if (SubItem().Match(line) is { Success: true } sub)
                return $"DAP {sub.Groups[1].Value}.{sub.Groups[2].Value}";
            if (Footnote().Match(line) is { Success: true } footnote)
                return $"DAP fn {Digits(footnote.Groups[1].Value)}";
            if (ItemHeading().Match(line) is { Success: true } heading)
                return $"DAP {heading.Groups[1].Value}";
        }
        if (code == "PoA" && ItemHeading().Match(line) is { Success: true } item)
            return $"PoA {item.Groups[1].Value}";
        return null;
    }

    private static string ExpectedItem(string reference) => reference.Split(' ', 2)[1] switch
    {
        var s when s.StartsWith("para ", StringComparison.Ordinal) => s,
        var s when s.StartsWith("intro ", StringComparison.Ordinal) => "introduction, para " + s[6..],
        var s when s.StartsWith("fn ", StringComparison.Ordinal) => "footnote " + s[3..],
        var s when s.StartsWith("note ", StringComparison.Ordinal) => "note to item " + s[5..],
        var s when s.StartsWith("request ", StringComparison.Ordinal) => s,
        var s when s.StartsWith("goal ", StringComparison.Ordinal) => (s.Contains('-') ? "goal of items " : "goal of item ") + s[5..],
        var s when s.Length > 1 && s[0] == 'P' && char.IsAsciiDigit(s[1]) => "pledge " + s[1..],
        var s when char.IsAsciiDigit(s[0]) => "item " + s,
        "last" => "closing paragraph",
        _ => "",
    };

    private static string Digits(string superscripts) =>
        string.Concat(superscripts.Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) is var i and >= 0 ? (char)('0' + i) : c));

    private static string Normal(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Replace("^{*}", "", StringComparison.Ordinal))
        {
            if (c is '*' || "⁰¹²³⁴⁵⁶⁷⁸⁹".Contains(c))
                continue;
            builder.Append(c switch { '‘' or '’' => '\'', '“' or '”' => '"', _ => char.ToLowerInvariant(c) });
        }
        var normal = Regex.Replace(builder.ToString(), @"\s+", " ").Trim();
        return normal.StartsWith("- ", StringComparison.Ordinal) ? normal[2..] : normal;
    }

    // An item's or footnote's number is its citation, not its text.
    [GeneratedRegex(@"^(- )?\d{1,2}(\.\d{1,2})?\.? ")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^([-_]|\d{1,2}[.,])$")]
    private static partial Regex LayoutLine();

    [GeneratedRegex(@"^(?:- )?(\d{1,2})\.(\d{1,2})\.? ")]
    private static partial Regex SubItem();

    [GeneratedRegex(@"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) ")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^(\d{1,2})\. [A-Z]")]
    private static partial Regex ItemHeading();
}
