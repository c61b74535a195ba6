namespace RufaBot.Induction;

/// <summary>The induction dialog (<c>dialogs/induction.dialog.json</c>) and the ids the host relies on.</summary>
internal static class InductionFlow
{
    public const string Id = "induction";

    public const string EntityStep = "entity";

    public const string FileName = Id + ".dialog.json";
}
