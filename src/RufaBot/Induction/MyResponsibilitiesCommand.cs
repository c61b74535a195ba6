using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Knowledge.Text;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.Induction;

/// <summary>
/// "my responsibilities": a short overview of what every staff member is expected to do, written in the string
/// tables with [n] markers and cited from the knowledge base entries below (their labels come from the knowledge
/// base, so a citation can never drift from its source). Shown as an answer card with "Was this helpful?", then
/// the offer to take the induction or ask a question.
/// </summary>
internal sealed class MyResponsibilitiesCommand(KnowledgeIndex index, FlowCatalog catalog, AnswerTexts texts) : IChatCommand
{
    /// <summary>The sources of the overview's markers [1]…[6], in order.</summary>
    public static readonly IReadOnlyList<string> SourceEntries = ["sgl-4-staff", "cs-p1", "rufa-serious-violation", "rufa-do-no-harm", "dap-2.3", "dap-2.1"];

    private readonly IReadOnlyList<AnswerCitation> _citations = [.. SourceEntries.Select((id, i) => new AnswerCitation(i + 1,
        (index.Entries.FirstOrDefault(e => e.Id == id) ?? throw new InvalidOperationException($"The knowledge base has no entry '{id}' for \"my responsibilities\".")).Citation))];

    public Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        if (!catalog.IsWord("responsibilities.words", turn.Text, locale))
            return Task.FromResult<IReadOnlyList<Activity>?>(null);
        var language = LanguageCodes.FromLocale(catalog.LanguageFor(locale)) ?? Language.English;
        var overview = new KnowledgeAnswer(KnowledgeAnswer.NewId(), catalog.Text("responsibilities.overview", locale), _citations, AnswerMode.Extractive, false, language);
        var next = InductionUser.InSharedScope(activity)
            ? Replies.Text(catalog.Text("responsibilities.nextShared", locale))
            : ButtonReply.Create([catalog.Text("responsibilities.next", locale)],
                [new SayButton(catalog.Text("welcome.induction", locale), catalog.Text("welcome.say.induction", locale))], activity.ChannelId);
        return Task.FromResult<IReadOnlyList<Activity>?>([KnowledgeReplies.Render(overview, activity.ChannelId, texts), next]);
    }
}
