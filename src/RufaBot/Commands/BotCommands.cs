namespace RufaBot.Commands;

/// <summary>
/// The command menu Teams shows, in order: what the user taps arrives as the text of the title (after an @mention in
/// shared scopes). The manifest packer writes this list into the app package and a test sends every title through
/// the real bot, so a command may only be listed once the bot handles it.
/// </summary>
internal static class BotCommands
{
    /// <summary>Teams shows at most this many commands per scope.</summary>
    public const int MaxPerScope = 10;

    /// <summary>Where a command is offered. Team means a team's channels.</summary>
    [Flags]
    public enum Scope
    {
        Personal = 1,
        Team = 2,
        GroupChat = 4,
        Everywhere = Personal | Team | GroupChat,
    }

    /// <summary>One menu entry. Teams limits the title to 32 characters and the description to 128.</summary>
    public sealed record Command(string Title, string Description, Scope Scopes);

    // A feature adds its commands here in the same change that routes their words to it (FlowTriggers,
    // GlobalIntents), for example:
    //   new("my concerns", "…", Scope.Personal),
    //   new("my responsibilities", "…", Scope.Everywhere),
    //   new("induction", "…", Scope.Personal),
    public static readonly IReadOnlyList<Command> All =
    [
        new("raise a concern", "Report a risk of serious human rights violations, safely; anonymity is possible", Scope.Personal),
        new("my concerns", "See the status of the concerns you raised and add information to them", Scope.Personal),
        new("feedback", "Tell us how RufaBot works for you", Scope.Personal),
        new("pending", "Focal points: the concerns waiting for your action, soonest due first", Scope.Personal),
        new("help", "What I can do; during a question, help with that question", Scope.Everywhere),
        new("my responsibilities", "What the Secretary-General's commitment asks of every staff member, with sources", Scope.Everywhere),
        new("induction", "Take the short Human Rights up Front induction: six sections, one question each", Scope.Personal),
        new("language", "Choose the language I speak with you: English, Français, Español, Русский, 中文, العربية", Scope.Everywhere),
    ];
}
