using System.Text.Json.Serialization;

namespace RufaBot.Dialogs.State;

// An engine question asked on top of the current step; the step is re-asked once it is answered.
[JsonConverter(typeof(JsonStringEnumConverter<PendingQuestion>))]
public enum PendingQuestion
{
    None,
    ConfirmCancel,
    ConfirmStartOver,
    ConfirmResume,
}
