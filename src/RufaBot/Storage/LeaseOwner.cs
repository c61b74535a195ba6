namespace RufaBot.Storage;

/// <summary>
/// Names the holder of database leases (outbox messages, SLA timers): the machine, for whoever reads the table, and a
/// fresh id per process start, so a restarted instance never mistakes an old lease for its own.
/// </summary>
internal static class LeaseOwner
{
    private const int MaxMachineName = 30;

    public static string New()
    {
        var machine = Environment.MachineName;
        return $"{machine[..Math.Min(MaxMachineName, machine.Length)]}:{Guid.NewGuid():N}";
    }
}
