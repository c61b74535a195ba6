using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.MyConcerns;

/// <summary>
/// "My concerns": the reporter's list, one concern, adding information to it, and cutting the link to it ("forget me"). Everything is looked up through
/// the identity the channel vouches for (<see cref="SenderIdentity"/>; <see cref="ConcernService"/> matches its keyed
/// hashes), so a reference typed or forged into a card, or another person's id put in <c>from.id</c>, shows nothing
/// that is not theirs. Answered only in a private chat: in a group chat or a
/// channel the user is asked to come to a 1:1 chat, and nothing is looked up.
/// </summary>
internal sealed class MyConcernsCommand(ConcernService concerns, FlowCatalog catalog, MyConcernsWording wording, MyConcernsCards cards, MyConcernsTextReplies textReplies, ILogger<MyConcernsCommand> logger)
    : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (MyConcernsRequest.Read(turn, catalog) is not { } request)
            return null;
        var activity = turn.Activity;
        var locale = activity.Locale;
        if (activity.Conversation?.ConversationType is "groupChat" or "channel")
            return [PrivateChatLink.Reply(activity, wording.Text("myConcerns.privateOnly", locale), wording.Text("host.openPrivateChat", locale))];

        if (SenderIdentity.Of(activity) is not { } reporter)
            return [Replies.Text(wording.Text("myConcerns.identityMissing", locale))];
        var teams = activity.ChannelId == "msteams";
        Log.Request(logger, request.Verb, request.FromCard);
        try
        {
            return request.Verb switch
            {
                MyConcernsVerb.Open => await OpenAsync(request.Reference!, reporter, teams, locale, cancellationToken),
                MyConcernsVerb.Add => await AddAsync(request, reporter, teams, locale, cancellationToken),
                MyConcernsVerb.Forget => await ConfirmForgetAsync(request.Reference!, reporter, teams, locale, cancellationToken),
                MyConcernsVerb.ForgetConfirmed => await ForgetAsync(request.Reference!, reporter, teams, locale, cancellationToken),
                _ => await ListAsync(reporter, teams, locale, cancellationToken),
            };
        }
        catch (ConcernStorageUnavailableException)
        {
            // Logged by the service; the typed text, if any, is still in the user's message or card.
            return [Replies.Text(wording.Text("myConcerns.unavailable", locale))];
        }
    }

    private async Task<IReadOnlyList<Activity>> ListAsync(string reporter, bool teams, string? locale, CancellationToken cancellationToken)
    {
        var mine = await concerns.ListForReporterAsync(reporter, cancellationToken);
        return [teams ? Card(cards.List(mine, locale)) : textReplies.List(mine, locale)];
    }

    private async Task<IReadOnlyList<Activity>> OpenAsync(string reference, string reporter, bool teams, string? locale, CancellationToken cancellationToken)
    {
        var view = await concerns.GetForReporterAsync(reference, reporter, cancellationToken);
        return view is null ? NotFound(locale) : [Detail(view, teams, locale)];
    }

    private async Task<IReadOnlyList<Activity>> AddAsync(MyConcernsRequest request, string reporter, bool teams, string? locale, CancellationToken cancellationToken)
    {
        var reference = request.Reference!;
        var information = request.Text?.Trim() ?? "";
        if (information.Length == 0)
        {
            // "add information HR-…" without text: show the concern, with the box (Teams) or how to type it.
            var view = await concerns.GetForReporterAsync(reference, reporter, cancellationToken);
            if (view is null)
                return NotFound(locale);
            return request.FromCard && teams && view.CanAddInformation
                ? [Card(cards.Detail(view, locale, wording.Text("myConcerns.add.empty", locale)))]
                : [Detail(view, teams, locale)];
        }
        if (information.Length > MyConcernsWording.MaxTextLength)
            return await TooLongAsync(reference, reporter, information, teams, locale, cancellationToken);
        try
        {
            var updated = await concerns.AddInformationAsync(reference, reporter, information, cancellationToken);
            if (updated is null)
                return NotFound(locale);
            return [Replies.Text(wording.Text("myConcerns.add.done", locale, ("reference", updated.Reference))), Detail(updated, teams, locale)];
        }
        catch (ConcernTransitionException)
        {
            var closed = await concerns.GetForReporterAsync(reference, reporter, cancellationToken);
            return closed is null ? NotFound(locale) : [Detail(closed, teams, locale)];
        }
    }

    // "Forget me": first what it means, then the cut on a second, explicit request.
    private async Task<IReadOnlyList<Activity>> ConfirmForgetAsync(string reference, string reporter, bool teams, string? locale, CancellationToken cancellationToken)
    {
        var view = await concerns.GetForReporterAsync(reference, reporter, cancellationToken);
        if (view is null)
            return NotFound(locale);
        if (!view.CanCutLink)
            return [Replies.Text(wording.Text("myConcerns.forget.named", locale, ("reference", view.Reference)))];
        return [teams
            ? Card(cards.ConfirmForget(view, locale))
            : Replies.Text(wording.Text("myConcerns.forget.explain", locale, ("reference", view.Reference)) + "\n\n"
                + wording.Text("myConcerns.forget.confirmText", locale, ("reference", view.Reference)))];
    }

    private async Task<IReadOnlyList<Activity>> ForgetAsync(string reference, string reporter, bool teams, string? locale, CancellationToken cancellationToken)
    {
        var cut = await concerns.CutLinkAsync(reference, reporter, cancellationToken);
        return cut.Outcome switch
        {
            ConcernService.LinkCutOutcome.Cut => [teams
                ? Card(cards.Forgotten(reference, cut.Passphrase!, locale))
                : Replies.Text(wording.Text("myConcerns.forget.done", locale, ("reference", reference), ("passphrase", cut.Passphrase!)))],
            ConcernService.LinkCutOutcome.Named => [Replies.Text(wording.Text("myConcerns.forget.named", locale, ("reference", reference)))],
            _ => NotFound(locale),
        };
    }

    private async Task<IReadOnlyList<Activity>> TooLongAsync(string reference, string reporter, string information, bool teams, string? locale, CancellationToken cancellationToken)
    {
        var view = await concerns.GetForReporterAsync(reference, reporter, cancellationToken);
        if (view is null)
            return NotFound(locale);
        var length = wording.Number(information.Length, locale);
        if (!view.CanAddInformation)
            return [Detail(view, teams, locale)];
        return teams
            ? [Card(cards.Detail(view, locale, wording.Text("myConcerns.add.tooLong", locale, ("length", length), ("max", wording.Max(locale))), draft: information,
                draftTooBig: wording.Text("myConcerns.add.tooLongKept", locale, ("length", length), ("max", wording.Max(locale)))))]
            : [Replies.Text(wording.Text("myConcerns.add.tooLongText", locale, ("length", length), ("max", wording.Max(locale)), ("reference", reference)))];
    }

    private Activity Detail(ReporterConcernView view, bool teams, string? locale) =>
        teams ? Card(cards.Detail(view, locale)) : textReplies.Detail(view, locale);

    private Activity[] NotFound(string? locale) => [Replies.Text(wording.Text("myConcerns.notFound", locale))];

    private static Activity Card(System.Text.Json.Nodes.JsonObject card) =>
        Replies.Card(card);
}
