using System.Text.Json;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.State;
using RufaBot.Dialogs.Tests.Harness;
using Xunit.Abstractions;

namespace RufaBot.Dialogs.Tests;

public sealed class StateSizeTests(ITestOutputHelper output)
{
    // Fifteen questions shaped like a concern intake, with realistic answers.
    private static readonly (string Id, string Kind, string Extra, string Answer)[] Intake =
    [
        ("category", "choice", ChoicesOf(8), "3"),
        ("affected", "choice", ChoicesOf(6) + ", \"multi\": true", "1, 2, 5"),
        ("summary", "text", "\"maxLength\": 300", new string('s', 280)),
        ("details", "text", "\"maxLength\": 2000", new string('d', 1500)),
        ("when", "date", "\"allowFuture\": false", "3 days ago"),
        ("ongoing", "confirm", "", "yes"),
        ("country", "country", "", "Côte d’Ivoire"),
        ("place", "text", "", "Abidjan, Plateau district, near the market"),
        ("people", "number", "\"integer\": true", "12"),
        ("perpetrator", "choice", ChoicesOf(5), "2"),
        ("reported", "confirm", "", "no"),
        ("urgency", "choice", ChoicesOf(3), "1"),
        ("evidence", "attachment", "\"maxFiles\": 5", ""),
        ("role", "text", "", "Human rights officer"),
        ("anonymous", "confirm", "", "no"),
    ];

    [Fact]
    public void FifteenQuestionIntake_SerializesUnder8KB_AndRoundTrips()
    {
        using var folder = DialogFolder.CopyOfRepo()
            .AddStrings([("s.title", "size test"), ("s.q", "Question?"), .. Enumerable.Range(0, 8).Select(i => ($"s.c{i}", $"Option {i}"))])
            .Write("size-intake.dialog.json", Dialog());
        var t = new Transcript(folder.Load()).Begin("size-intake");
        FlowState? lastWaiting = null;
        foreach (var (id, kind, _, answer) in Intake)
        {
            t.Asks(id);
            lastWaiting = t.State;
            if (kind == "attachment")
                t.SendFiles(
                    new AttachmentInfo("photo-of-the-site.jpg", "image/jpeg", 2_345_678, "https://contoso.sharepoint.com/personal/u/Documents/Apps/RufaBot/photo-of-the-site.jpg"),
                    new AttachmentInfo("statement.pdf", "application/pdf", 145_000, "https://contoso.sharepoint.com/personal/u/Documents/Apps/RufaBot/statement.pdf"));
            else
                t.Send(answer);
        }
        t.Status(FlowStatus.Complete);

        // The largest state is the one waiting on the last question, with fourteen answers stored.
        var json = JsonSerializer.SerializeToUtf8Bytes(lastWaiting!, DialogsJson.Default.FlowState);
        output.WriteLine($"Serialized state before the last question: {json.Length} bytes");
        output.WriteLine(System.Text.Encoding.UTF8.GetString(json));
        Assert.True(json.Length <= 8 * 1024, $"state is {json.Length} bytes");

        var back = JsonSerializer.Deserialize(json, DialogsJson.Default.FlowState)!;
        var frame = Assert.Single(back.Stack);
        Assert.Equal(14, frame.History.Count);
        Assert.Equal(new DateAnswer(new DateOnly(2025, 3, 16)), frame.Values["when"]);
        Assert.Equal(new CountryAnswer("CI"), frame.Values["country"]);
        Assert.Equal(["a", "b", "e"], ((ChoicesAnswer)frame.Values["affected"]).Choices);
        Assert.Equal(2, ((AttachmentsAnswer)frame.Values["evidence"]).Files.Count);
        Assert.Equal(12m, ((NumberAnswer)frame.Values["people"]).Number);
    }

    private static string ChoicesOf(int n) =>
        "\"choices\": [" + string.Join(", ", Enumerable.Range(0, n).Select(i => $$"""{ "id": "{{(char)('a' + i)}}", "text": "s.c{{i}}" }""")) + "]";

    private static string Dialog() =>
        """{ "$schema": "./dialog.schema.json", "id": "size-intake", "version": 1, "title": "s.title", "steps": ["""
        + string.Join(",\n", Intake.Select(q => $$"""{ "id": "{{q.Id}}", "kind": "{{q.Kind}}", "text": "s.q"{{(q.Extra.Length > 0 ? ", " + q.Extra : "")}} }"""))
        + "] }";
}
