using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.Storage;

namespace RufaBot.Tests.Concerns;

/// <summary>
/// The attacker holds a full copy of the database (no key) and knows who raised each named concern, as a focal point
/// would. Four staff members each talk to RufaBot, raise a named concern and, later and in another order, an anonymous
/// one; a focal point acknowledges every concern, so each reporter is sent notices. The attacks that once unmasked
/// anonymous reporters must find nothing better than a guess: no row that names a reporter to date their contact with
/// the bot, and no stored value that an anonymous concern shares with one person's named concern and not with everyone's.
/// </summary>
public sealed class LinkageAttackTests : EscalationBot
{
    private static readonly string[] Staff =
        ["00000000-0000-4000-8000-0000000000a1", "00000000-0000-4000-8000-0000000000a2", "00000000-0000-4000-8000-0000000000a3", "00000000-0000-4000-8000-0000000000a4"];

    [Fact]
    public async Task ACopyOfTheDatabase_CannotTellWhoRaisedAnAnonymousConcern()
    {
        var named = new Dictionary<string, Concern>();
        var anonymous = new Dictionary<string, Concern>();
        foreach (var person in Staff)
        {
            await SayHelloAsync(person);
            named[person] = await SubmitAsAsync(person, ConsentMode.Named);
        }
        foreach (var person in Staff.Reverse())
        {
            await SayHelloAsync(person);
            anonymous[person] = await SubmitAsAsync(person, ConsentMode.Anonymous);
        }
        foreach (var concern in named.Values.Concat(anonymous.Values))
            await PressAsync(Fp1, "acknowledge", concern);
        await DrainOutboxAsync();
        // The reporter's own view still finds both, through the keys the database cannot link.
        foreach (var person in Staff)
            Assert.Equal(2, (await Concerns.ListForReporterAsync(person, CancellationToken.None)).Count);

        await using var db = NewContext();
        var rows = await DatabaseScan.AllRowsAsync(db);

        // Timing: no row names a reporter (object id, Teams id or chat), so nothing dates when any of them used the bot.
        foreach (var person in Staff)
        {
            var traces = rows.Where(r => Mentions(r, person) || Mentions(r, ChatOf(person))).Select(r => r.Table).ToList();
            Assert.True(traces.Count == 0, $"rows naming {person}: {string.Join(", ", traces)}");
        }

        // Shared values: what an anonymous concern's rows hold in common with each person's named concern is the same
        // for every person (the focal point's key, the categories, the service address), so it points at nobody.
        foreach (var (owner, concern) in anonymous)
        {
            var its = ValuesOf(rows, concern.Id);
            var shared = Staff.ToDictionary(p => p, p => its.Intersect(ValuesOf(rows, named[p].Id)).Order().ToList());
            var common = shared.Values.Aggregate((a, b) => [.. a.Intersect(b)]);
            foreach (var (person, values) in shared)
                Assert.True(values.SequenceEqual(common), $"{concern.Reference} shares with {person}'s named concern only: {string.Join(" | ", values.Except(common))}");
        }
    }

    /// <summary>The staff member opens their chat with RufaBot and says hello, as before raising a concern.</summary>
    private async Task SayHelloAsync(string person)
    {
        var message = Payloads.Load("personal-message", Connector.ServiceUrl, conversationId: ChatOf(person));
        message["from"] = new JsonObject { ["id"] = "29:" + person, ["aadObjectId"] = person, ["name"] = "Staff " + person[^2..] };
        message["text"] = "hello";
        (await Bot.PostAsJsonAsync("/api/messages", message)).EnsureSuccessStatusCode();
    }

    private async Task<Concern> SubmitAsAsync(string person, ConsentMode consent)
    {
        var intake = ConcernIntake.From(IntakeAnswers.Full()) with { Consent = consent };
        var reporter = new ReporterInfo(person, "Staff " + person[^2..], new ReporterConversation(Connector.ServiceUrl.ToString(), ChatOf(person), "tenant-1", null));
        var reference = await Concerns.SubmitAsync(intake, reporter, Guid.NewGuid().ToString("N"), CancellationToken.None);
        await using var db = NewContext();
        return await db.Concerns.AsNoTracking().SingleAsync(c => c.Reference == reference);
    }

    private static string ChatOf(string person) => "a:chat-" + person;

    private static bool Mentions((string Table, IReadOnlyList<(string Column, string Value)> Cells) row, string needle) =>
        row.Cells.Any(c => c.Value.Contains(needle, StringComparison.OrdinalIgnoreCase)
                           || c.Value.Contains(needle.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

    /// <summary>Every value of eight characters or more in the rows that hold this concern's id, the id itself aside.</summary>
    private static HashSet<string> ValuesOf(IReadOnlyList<(string Table, IReadOnlyList<(string Column, string Value)> Cells)> rows, Guid concernId)
    {
        string[] forms = [concernId.ToString(), concernId.ToString("N"), Convert.ToHexString(concernId.ToByteArray())];
        bool IsId(string value) => forms.Any(f => value.Contains(f, StringComparison.OrdinalIgnoreCase));
        return rows.Where(r => r.Cells.Any(c => IsId(c.Value)))
            .SelectMany(r => r.Cells.Select(c => c.Value))
            .Where(v => v.Length >= 8 && !IsId(v))
            .ToHashSet();
    }
}
