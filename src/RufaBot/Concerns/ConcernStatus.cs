namespace RufaBot.Concerns;

/// <summary>Where a concern stands. Only the <see cref="Concern"/> methods move it (see Concern.Transitions.cs).</summary>
internal enum ConcernStatus
{
    /// <summary>Stored; waiting for a focal point of the entry tier to acknowledge it.</summary>
    Submitted,

    /// <summary>A focal point of the current tier has taken it.</summary>
    Acknowledged,

    /// <summary>A focal point asked the reporter a question; the reporter's answer moves it back to Acknowledged.</summary>
    InformationRequested,

    /// <summary>Passed up to a higher tier, waiting for that tier to acknowledge it.</summary>
    Escalated,

    /// <summary>Handed to another entity or mechanism (for example the misconduct channel); may still be closed.</summary>
    Referred,

    /// <summary>Final.</summary>
    Closed,
}
