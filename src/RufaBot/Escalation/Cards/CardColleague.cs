namespace RufaBot.Escalation.Cards;

/// <summary>A focal point of the same tier offered in "Reassign": the value sent back is a keyed hash, never an id.</summary>
internal sealed record CardColleague(string Key, string DisplayName);
