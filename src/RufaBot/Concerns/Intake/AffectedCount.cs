namespace RufaBot.Concerns.Intake;

/// <summary>Q9, step <c>affectedCount</c>: how many people are affected, in bands.</summary>
internal enum AffectedCount
{
    Unknown,

    /// <summary>1 person.</summary>
    One,

    /// <summary>2 to 10.</summary>
    Few,

    /// <summary>11 to 100.</summary>
    Dozens,

    /// <summary>101 to 1,000.</summary>
    Hundreds,

    /// <summary>More than 1,000.</summary>
    Thousands,
}
