using System.Text.Json;
using CsCheck;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Loading;
using RufaBot.Testing;
using Xunit.Abstractions;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// Properties at unit level, where cases are cheap: the dialog engine takes any sequence of typed text, card values
/// and commands in any locale without throwing, and the Markdown escaping leaves nothing in hostile text that Teams
/// would render as a link, image, HTML or mention, evaluate as a date template, or hide (bidi and zero-width characters).
/// </summary>
public sealed class DialogInputFuzzTests(ITestOutputHelper output)
{
    private static readonly FlowCatalog Catalog = FlowLoader.Load(RepoPaths.Combine("dialogs"));

    private static readonly Gen<UserInput> Input = Gen.Frequency(
        (4, HostileText.Value.Select(UserInput.FromText)),
        (3, Gen.OneOf("yes", "no", "skip", "back", "help", "cancel", "start over", "1", "Mali", "last week", "2030-01-01", "anonymous", "submit", "", " ")
            .Select(UserInput.FromText)),
        (2, Gen.Select(Gen.OneOf("what", "danger", "categories", "summary", "when", "country", "place", "consent", "topic", "", "nope"), JsonShapes.Any,
            (step, answer) => UserInput.FromFields(CardFields.Decode(JsonSerializer.SerializeToElement(new System.Text.Json.Nodes.JsonObject
            {
                ["rufa"] = "answer", ["step"] = step, [step] = answer?.DeepClone(),
            }))))),
        (1, Gen.Enum<FlowCommand>().Select(UserInput.FromCommand)));

    private static readonly Gen<(string Flow, string? Locale, UserInput[] Inputs)> Conversation =
        Gen.Select(Gen.OneOf("raise-concern", "sample-feedback", "sample-contact", "induction"), Gen.OneOf<string?>("en", "fr", "fr-CA", null, "xx", ""), Input.Array[1, 25]);

    [Fact]
    public void TheDialogEngine_TakesAnyInputs_WithoutThrowing() =>
        FuzzRun.Sample(Conversation, c =>
        {
            var runner = new FlowRunner(Catalog);
            var now = DateTimeOffset.UnixEpoch.AddYears(56);
            var result = runner.Begin(c.Flow, c.Locale, now);
            foreach (var input in c.Inputs)
            {
                if (result.Status != FlowStatus.Waiting)
                    break;
                now = now.AddSeconds(5);
                result = runner.Continue(result.State, input, c.Locale, now);
                Assert.True(Enum.IsDefined(result.Status));
            }
        }, FuzzRun.DialogInputs / 4, output, c => $"{c.Flow} ({c.Locale ?? "no locale"}): " + string.Join(" | ", c.Inputs.Select(i => FuzzRun.Show(i.Text ?? (i.Fields is { } f ? JsonSerializer.Serialize(f) : null) ?? i.Command?.ToString() ?? ""))));

    [Fact]
    public void Escape_LeavesNothingThatRenders() =>
        FuzzRun.Sample(Gen.Frequency((3, HostileText.Value), (1, Gen.Char.Array[0, 200].Select(c => new string(c)))), text =>
        {
            CardChecks.AssertInert(CardText.Escape(text), "Escape");
            Assert.DoesNotContain(CardText.Escape(text), c => char.IsControl(c) && c != '\n');
            CardChecks.AssertNoTemplateOrInvisible(CardText.Escape(text), "Escape");
            CardChecks.AssertInert(CardText.EscapeKeepingMarkers(text), "EscapeKeepingMarkers");
        }, FuzzRun.DialogInputs * 3 / 4, output, FuzzRun.Show);
}
