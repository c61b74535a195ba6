using System.Text;
using RufaBot.Concerns.Views;
using BotProtocol;

namespace RufaBot.MyConcerns;

/// <summary>
/// "My concerns" on channels without Adaptive Cards: the list and one concern as text, with suggested actions for
/// what can be done next. Typed requests ("open HR-…", "add information HR-… text") do what the card buttons do.
/// </summary>
internal sealed class MyConcernsTextReplies(MyConcernsWording wording)
{
    public Activity List(IReadOnlyList<ConcernSummary> concerns, string? locale)
    {
        if (concerns.Count == 0)
            return Replies.Text(wording.Text("myConcerns.none", locale));
        var text = new StringBuilder(wording.Text("myConcerns.intro", locale));
        foreach (var concern in concerns)
        {
            text.Append("\n\n- ").Append(wording.Text("myConcerns.item", locale,
                ("reference", concern.Reference), ("status", wording.Status(concern.Status, locale)), ("updated", wording.Date(concern.UpdatedAt, locale))));
        }
        text.Append("\n\n").Append(wording.Text("myConcerns.listHint", locale, ("reference", concerns[0].Reference)));
        var reply = Replies.Text(text.ToString());
        reply.SuggestedActions = Suggest(concerns.Take(5).Select(c => $"{wording.Text("myConcerns.openWord", locale)} {c.Reference}"));
        return reply;
    }

    public Activity Detail(ReporterConcernView view, string? locale)
    {
        var text = new StringBuilder()
            .Append(wording.Text("myConcerns.detail.title", locale, ("reference", view.Reference)))
            .Append("\n\n").Append(wording.Text("myConcerns.detail.status", locale)).Append(": ").Append(wording.Status(view.Status, locale))
            .Append("\n\n").Append(wording.Text("myConcerns.detail.categories", locale)).Append(": ").Append(wording.Categories(view.Categories, locale))
            .Append("\n\n").Append(wording.Text("myConcerns.detail.submitted", locale)).Append(": ").Append(wording.Date(view.SubmittedAt, locale))
            .Append("\n\n").Append(wording.Text("myConcerns.detail.updated", locale)).Append(": ").Append(wording.Date(view.UpdatedAt, locale));
        if (view.PendingQuestion is { } question)
            text.Append("\n\n").Append(wording.Text("myConcerns.detail.question", locale, ("question", question)));
        text.Append("\n\n").Append(wording.Text("myConcerns.detail.history", locale));
        foreach (var update in view.Updates)
            text.Append("\n\n- ").Append(wording.Event(update, update.Text ?? "", locale));
        text.Append("\n\n").Append(view.CanAddInformation
            ? wording.Text("myConcerns.detail.textHint", locale, ("reference", view.Reference), ("max", wording.Max(locale)))
            : wording.Text("myConcerns.detail.closedNote", locale, ("reference", view.Reference)));
        var reply = Replies.Text(text.ToString());
        reply.SuggestedActions = Suggest([wording.Text("myConcerns.list", locale)]);
        return reply;
    }

    private static SuggestedActions Suggest(IEnumerable<string> values) =>
        new() { Actions = [.. values.Select(v => new CardAction { Type = "imBack", Title = v, Value = v })] };
}
