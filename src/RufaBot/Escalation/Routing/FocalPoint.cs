namespace RufaBot.Escalation.Routing;

/// <summary>A person who handles a tier: the Entra (AAD) object id is what counts; the name is for display only.</summary>
internal sealed record FocalPoint(string AadObjectId, string DisplayName);
