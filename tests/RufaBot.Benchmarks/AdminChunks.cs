using RufaBot.Knowledge;
using RufaBot.Knowledge.Loading;

namespace RufaBot.Benchmarks;

/// <summary>
/// Synthetic admin documents for benchmarks: Markdown files of an entity's own procedures, chunked by the real
/// chunker into about 1,000-character passages built from a varied vocabulary, so postings lists look realistic.
/// </summary>
internal static class AdminChunks
{
    private static readonly string[] Words =
    [
        "country", "office", "focal", "point", "staff", "report", "concern", "protection", "monitoring", "displacement",
        "eviction", "detention", "humanitarian", "access", "partners", "programme", "security", "analysis", "referral",
        "children", "women", "minorities", "district", "province", "checkpoint", "clinic", "school", "water", "food",
        "camp", "returnees", "elections", "media", "journalists", "defenders", "police", "military", "militia", "court",
        "lawyer", "consent", "confidential", "escalation", "representative", "deputy", "coordinator", "meeting", "weekly",
        "template", "database", "record", "follow-up", "timeline", "risk", "mitigation", "budget", "travel", "mission",
        "rapport", "bureau", "personnel", "sécurité", "préoccupation", "signalement", "déplacement", "accès", "enfants",
    ];

    public static List<KnowledgeEntry> Generate(int count)
    {
        var random = new Random(42);
        var entries = new List<KnowledgeEntry>(count);
        for (var file = 0; entries.Count < count; file++)
        {
            var text = new System.Text.StringBuilder();
            for (var section = 0; section < 5; section++)
            {
                text.Append("# Procedure ").Append(file).Append('.').Append(section).Append(' ').Append(Words[random.Next(Words.Length)]).Append("\n\n");
                for (var sentence = 0; sentence < 14; sentence++)
                {
                    for (var word = 0; word < 11; word++)
                        text.Append(word == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
                    text.Append(". ");
                }
                text.Append("\n\n");
            }
            var name = $"entity-procedures-{file}.md";
            var path = Path.Combine(Path.GetTempPath(), "rufa-bench-" + name);
            File.WriteAllText(path, text.ToString());
            entries.AddRange(AdminDocumentLoader.LoadFile(path, name, 1000).Take(count - entries.Count));
            File.Delete(path);
        }
        return entries;
    }
}
