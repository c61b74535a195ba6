using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

// Today is the injected clock's date, so relative dates ("yesterday") are testable.
internal sealed record ParseContext(StringTable Strings, StringCatalog All, DateOnly Today);
