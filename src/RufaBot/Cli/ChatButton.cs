using System.Text.Json;

namespace RufaBot.Cli;

/// <summary>A card action or suggested action, as a numbered button in chat mode.</summary>
internal sealed record ChatButton(string Title, ChatButton.Kind Action, JsonElement? Data = null, string? Verb = null, string? Url = null, JsonElement? Card = null, bool SendsInputs = true)
{
    public enum Kind
    {
        /// <summary>Action.Submit: a message whose value is the data plus the inputs.</summary>
        Submit,
        /// <summary>Action.Execute: an <c>adaptiveCard/action</c> invoke.</summary>
        Execute,
        /// <summary>Action.OpenUrl: nothing to send.</summary>
        OpenUrl,
        /// <summary>Action.ShowCard: shows the card it holds.</summary>
        ShowCard,
        /// <summary>imBack (suggested actions): sends its value as text.</summary>
        Text,
        /// <summary>Anything chat mode cannot press (e.g. Action.ToggleVisibility).</summary>
        Unsupported,
    }
}
