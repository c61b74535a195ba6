using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

// A step that waits for the user. Typed text and card values both arrive as a string:
// cards send every input as text, so one parser serves both.
internal abstract class PromptStep(string id, string? next, PromptSpec spec) : Step(id, next)
{
    public PromptSpec Spec => spec;

    public abstract PromptKind Kind { get; }

    // The engine.help.* key used when the dialog gives no help of its own.
    public virtual string KindName => Kind.ToString().ToLowerInvariant();

    public abstract Parsed Parse(string value, ParseContext context);

    public virtual Parsed ParseFiles(IReadOnlyList<AttachmentInfo> files, ParseContext context) =>
        Parsed.Fail(EngineKeys.Required);

    // Adds the kind-specific parts (choices, bounds) to a prompt.
    public virtual Prompt Describe(Prompt prompt, StringTable strings) => prompt;

    public virtual string Display(Answer answer, StringTable strings) => answer.ToInputValue();

    public string HelpText(StringTable strings) =>
        strings.Text(spec.HelpKey ?? EngineKeys.Help(KindName));
}
