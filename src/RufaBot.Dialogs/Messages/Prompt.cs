using System.Text;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Dialogs.Messages;

// A question the host renders as a form input (id = StepId) or as text with suggested actions.
// Min/Max mean length for Text, value for Number, selections for multi Choice, files for Attachment.
// A Summary carries Items to review and one choice, "submit"; see FlowRunner.Summary.cs for its answers.
public sealed record Prompt : BotMessage
{
    public required string FlowId { get; init; }

    public required string StepId { get; init; }

    public required PromptKind Kind { get; init; }

    public required string Text { get; init; }

    // Where the question stands, as the dialog words it ("Question 3 of 7"); null when no stage counts the step.
    public string? Progress { get; init; }

    public string? Help { get; init; }

    public IReadOnlyList<PromptChoice> Choices { get; init; } = [];

    public bool Multi { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public bool Integer { get; init; }

    public bool Optional { get; init; }

    // The answer already given (after "back" or when a question is asked again), to prefill.
    public Answer? Current { get; init; }

    public string? CurrentText { get; init; }

    // Why the last answer was refused; null on a first ask.
    public string? Error { get; init; }

    /// <summary>What the user gave that was just refused, as they gave it: a form puts it back in the box to correct.</summary>
    public string? Rejected { get; init; }

    // Set once the user has failed MaxTries times: tells them how to get out (help, skip, cancel).
    public string? Offer { get; init; }

    public int Tries { get; init; }

    public IReadOnlyList<PromptAction> Actions { get; init; } = [];

    // The answers a Summary shows, in order; their numbers (from 1) are what "edit 3" refers to.
    public IReadOnlyList<SummaryItem> Items { get; init; } = [];

    // How to answer by typing, for text-only channels (a Summary's "submit, or edit 2"); cards have buttons instead.
    public string? Hint { get; init; }

    public override string ToPlainText()
    {
        var sb = new StringBuilder();
        if (Error is not null) sb.AppendLine(Error);
        if (Progress is not null) sb.AppendLine(Progress);
        sb.Append(Text);
        if (Kind == PromptKind.Summary)
        {
            for (var i = 0; i < Items.Count; i++)
                sb.AppendLine().Append(i + 1).Append(". ").Append(Items[i].Label).Append(": ").Append(Items[i].Answer);
            // Past submit, what else the summary offers ("Add more details"), as the words to type.
            foreach (var other in Choices.Skip(1))
                sb.AppendLine().Append("- ").Append(other.Text);
        }
        else
        {
            for (var i = 0; i < Choices.Count; i++)
                sb.AppendLine().Append(i + 1).Append(". ").Append(Choices[i].Text);
        }
        if (CurrentText is not null) sb.AppendLine().Append('(').Append(CurrentText).Append(')');
        if (Hint is not null) sb.AppendLine().Append(Hint);
        if (Offer is not null) sb.AppendLine().Append(Offer);
        return sb.ToString();
    }
}
