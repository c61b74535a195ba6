namespace RufaBot.Concerns;

/// <summary>An action that the concern's current status does not allow. The message names both states.</summary>
internal sealed class ConcernTransitionException(string reference, string action, ConcernStatus from, ConcernStatus to, IReadOnlyCollection<ConcernStatus> allowedFrom)
    : InvalidOperationException(
        $"Cannot {action} concern {reference}: it is {from}, and that is allowed only from {string.Join(", ", allowedFrom)} (it would have made it {to}).")
{
    public string Action => action;

    public ConcernStatus From => from;

    public ConcernStatus To => to;
}
