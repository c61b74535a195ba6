namespace RufaBot.Concerns;

/// <summary>A critical concern's close is waiting for a second focal point, and this one cannot be it.</summary>
internal sealed class SecondFocalPointException(string reference, bool sameFocalPoint)
    : InvalidOperationException(sameFocalPoint
        ? $"Concern {reference}: the focal point who asked to close it cannot confirm the close."
        : $"Concern {reference}: a close is already waiting for confirmation.")
{
    public bool SameFocalPoint { get; } = sameFocalPoint;
}
