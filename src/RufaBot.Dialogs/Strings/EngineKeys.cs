using RufaBot.Dialogs.Input;

namespace RufaBot.Dialogs.Strings;

// Keys the engine itself uses; every language file must define them (checked at load).
internal static class EngineKeys
{
    public const string Yes = "engine.yes";
    public const string No = "engine.no";
    public const string YesWords = "engine.words.yes";
    public const string NoWords = "engine.words.no";
    public const string ConfirmCancel = "engine.confirmCancel";
    public const string Cancelled = "engine.cancelled";
    public const string ConfirmStartOver = "engine.confirmStartOver";
    public const string StartingOver = "engine.startingOver";
    public const string ConfirmResume = "engine.confirmResume";
    public const string Resuming = "engine.resuming";
    public const string NoPrevious = "engine.noPrevious";
    public const string Expired = "engine.expired";
    public const string Outdated = "engine.outdated";
    public const string Stuck = "engine.stuck";
    public const string StuckOptional = "engine.stuckOptional";
    public const string Required = "engine.error.required";
    public const string CannotSkip = "engine.error.cannotSkip";
    public const string ConfirmError = "engine.error.confirm";
    public const string ApproximateDate = "engine.date.approximate";
    public const string Submit = "engine.action.submit";
    public const string Edit = "engine.action.edit";
    public const string SubmitWords = "engine.words.submit";
    public const string EditWords = "engine.words.edit";
    public const string NotAnswered = "engine.summary.notAnswered";
    public const string SummaryHint = "engine.summary.hint";
    public const string SummaryError = "engine.error.summary";
    public const string SummaryWhich = "engine.error.summary.which";
    public const string SummaryLocked = "engine.error.summary.locked";

    // Said to a cry for help ("au secours"); the host fills {emergencyContacts}. Not in Texts: a language file
    // without it falls back to English rather than stopping the start-up.
    public const string CryForHelp = "engine.cryForHelp";

    public static string Words(FlowCommand c) => "engine.words." + Name(c);

    public static string Label(FlowCommand c) => "engine.action." + Name(c);

    public static string Help(string kind) => "engine.help." + kind;

    private static string Name(FlowCommand c) => c switch
    {
        FlowCommand.StartOver => "startOver",
        FlowCommand.Review => "review",
        _ => c.ToString().ToLowerInvariant(),
    };

    public static readonly string[] Texts =
    [
        Yes, No, ConfirmCancel, Cancelled, ConfirmStartOver, StartingOver, ConfirmResume, Resuming,
        NoPrevious, Expired, Outdated, Stuck, StuckOptional, Required, CannotSkip, ConfirmError, ApproximateDate,
        Submit, Edit, NotAnswered, SummaryHint, SummaryError, SummaryWhich, SummaryLocked,
        .. Enum.GetValues<FlowCommand>().Select(Label),
        .. new[] { "text", "choice", "multi", "confirm", "date", "country", "number", "attachment", "summary" }.Select(Help),
        "engine.error.text.tooShort", "engine.error.text.tooLong", "engine.error.text.pattern",
        "engine.error.choice", "engine.error.choice.tooFew", "engine.error.choice.tooMany",
        "engine.error.date", "engine.error.date.future",
        "engine.error.country", "engine.error.country.ambiguous",
        "engine.error.number", "engine.error.number.integer", "engine.error.number.min", "engine.error.number.max",
        "engine.error.attachment", "engine.error.attachment.tooMany",
    ];

    public static readonly string[] WordLists =
        [YesWords, NoWords, SubmitWords, EditWords, .. Enum.GetValues<FlowCommand>().Select(Words)];
}
