using System.Runtime.InteropServices;

namespace RufaBot.KnowledgeEval;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so a latency figure measured on
/// a busy shared machine counts the work of a retrieval, not the time another process held the core.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    public static double NowMs() => TryNow(out var ms) ? ms : double.NaN;

    private static bool TryNow(out double ms)
    {
        ms = 0;
        try
        {
            if (ClockGetTime(ThreadCpuTimeId, out var spec) != 0)
                return false;
            ms = spec.Seconds * 1000.0 + spec.Nanoseconds / 1_000_000.0;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec spec);
}
