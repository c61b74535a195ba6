namespace RufaBot.Conversations;

/// <summary>Section <c>Conversations</c>: how long drafts live.</summary>
internal sealed class ConversationOptions
{
    /// <summary>A draft untouched this long is discarded and the user is told so on return.</summary>
    public TimeSpan DraftIdleTimeout { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long the store keeps state at all: longer than the idle timeout, so the user can be told it expired.</summary>
    public TimeSpan StateLifetime => DraftIdleTimeout + TimeSpan.FromDays(7);

    /// <summary>
    /// Shown with the emergency guidance of the intake: who to call (security focal point, UNDSS numbers). Unset, a
    /// general pointer in the reporter's language (<c>concern.emergencyContacts.default</c>).
    /// </summary>
    public string? EmergencyContacts { get; set; }

    /// <summary>The configured contacts, else the default pointer in the reporter's language.</summary>
    public string EmergencyContactsIn(Dialogs.FlowCatalog catalog, string? locale) =>
        string.IsNullOrWhiteSpace(EmergencyContacts) ? catalog.Text("concern.emergencyContacts.default", locale) : EmergencyContacts;

    /// <summary>Folder of the dialog files; relative paths are resolved against the app's folder.</summary>
    public string DialogsFolder { get; set; } = "dialogs";
}
