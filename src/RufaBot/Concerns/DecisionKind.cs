namespace RufaBot.Concerns;

/// <summary>What a decision record documents: every way a concern leaves the ladder, and what humans decided on it.</summary>
internal enum DecisionKind
{
    Closed,

    /// <summary>A first focal point asked to close a critical concern at intake; a second must confirm.</summary>
    CloseRequested,

    Referred,

    /// <summary>A human decision RufaBot only records (e.g. an Inter-Agency Task Force or Senior Action Group convened, or not escalating).</summary>
    Recorded,
}
