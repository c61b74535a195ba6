namespace RufaBot.Dialogs.Countries;

// Found when exactly one country fits; Candidates when several do ("Guinea" typed with a typo).
internal readonly record struct CountryMatch(Country? Found, IReadOnlyList<Country> Candidates);
