using System.Globalization;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

// Keeps only metadata (name, type, size, url); fetching or scanning the files is the host's business.
internal sealed class AttachmentStep(string id, string? next, PromptSpec spec, int? maxFiles) : PromptStep(id, next, spec)
{
    public override PromptKind Kind => PromptKind.Attachment;

    public override Parsed Parse(string value, ParseContext context) => Parsed.Fail("engine.error.attachment");

    public override Parsed ParseFiles(IReadOnlyList<AttachmentInfo> files, ParseContext context)
    {
        if (files.Count > maxFiles)
            return Parsed.Fail("engine.error.attachment.tooMany", ("max", maxFiles.Value.ToString(CultureInfo.InvariantCulture)));
        return Parsed.Ok(new AttachmentsAnswer([.. files]));
    }

    public override Prompt Describe(Prompt prompt, StringTable strings) => prompt with { Max = maxFiles };

    public override string Display(Answer answer, StringTable strings) => answer.ToInputValue();
}
