namespace RufaBot.LoadDriver;

/// <summary>What the driver counts itself besides turns: finished intakes and focal-point actions.</summary>
internal sealed class RunCounters
{
    private long _intakes, _acknowledged, _escalated, _cardsSkipped;

    public long Intakes => Interlocked.Read(ref _intakes);
    public long Acknowledged => Interlocked.Read(ref _acknowledged);
    public long Escalated => Interlocked.Read(ref _escalated);
    public long CardsSkipped => Interlocked.Read(ref _cardsSkipped);

    public void IntakeCompleted() => Interlocked.Increment(ref _intakes);
    public void AcknowledgedOne() => Interlocked.Increment(ref _acknowledged);
    public void EscalatedOne() => Interlocked.Increment(ref _escalated);
    public void CardSkipped() => Interlocked.Increment(ref _cardsSkipped);
}
