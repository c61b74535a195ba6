using RufaBot.Dialogs.Messages;

namespace RufaBot.Dialogs.Tests.Harness;

internal sealed partial class Transcript
{
    // The next message of this turn (in order) whose plain text contains the words, case-insensitively.
    public Transcript Reply(string contains)
    {
        var messages = Last?.Messages ?? [];
        for (var i = _cursor; i < messages.Count; i++)
        {
            if (messages[i].ToPlainText().Contains(contains, StringComparison.OrdinalIgnoreCase))
            {
                _cursor = i + 1;
                return this;
            }
        }
        throw new Xunit.Sdk.XunitException($"Expected a reply containing \"{contains}\"." + Dump());
    }

    public Transcript NoReply(string contains)
    {
        if ((Last?.Messages ?? []).Any(m => m.ToPlainText().Contains(contains, StringComparison.OrdinalIgnoreCase)))
            throw new Xunit.Sdk.XunitException($"Expected no reply containing \"{contains}\"." + Dump());
        return this;
    }

    public Transcript Asks(PromptKind kind, string stepId)
    {
        var p = Prompt;
        if (p.Kind != kind || p.StepId != stepId)
            throw new Xunit.Sdk.XunitException($"Expected a {kind} prompt for '{stepId}', got {p.Kind} '{p.StepId}'." + Dump());
        return this;
    }

    public Transcript Asks(string stepId) => Asks(Prompt.Kind, stepId);

    public Transcript Status(FlowStatus status)
    {
        if (Last?.Status != status) throw new Xunit.Sdk.XunitException($"Expected status {status}, got {Last?.Status}." + Dump());
        return this;
    }

    public Transcript Error(string contains)
    {
        if (Prompt.Error?.Contains(contains, StringComparison.OrdinalIgnoreCase) != true)
            throw new Xunit.Sdk.XunitException($"Expected the re-prompt error to contain \"{contains}\"." + Dump());
        return this;
    }

    public string Dump() =>
        Environment.NewLine + $"Status {Last?.Status}; messages:" + Environment.NewLine
        + string.Join(Environment.NewLine, (Last?.Messages ?? []).Select(m => $"  [{m.GetType().Name}] {m.ToPlainText().ReplaceLineEndings(" | ")}"));
}
