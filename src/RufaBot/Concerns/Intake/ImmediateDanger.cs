namespace RufaBot.Concerns.Intake;

/// <summary>Q1, step <c>danger</c>: is anyone, the reporter included, in immediate danger of death or serious harm?</summary>
internal enum ImmediateDanger
{
    No,
    Yes,
    Unsure,
}
