using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RufaBot.Testing;

/// <summary>
/// Ports for servers that a test starts in another process (RufaBot, Redis, PostgreSQL) and must find again on the same
/// address. A port asked of the kernel with port 0 and released at once can be handed to the next listener on port 0
/// in the moment before the other process binds it, and the test suite opens hundreds of those (every in-process bot
/// and fake Connector). So these ports come from below the kernel's ephemeral range, which port 0 never draws from.
/// </summary>
public static class LoopbackPorts
{
    private const int Lowest = 10_000;

    /// <summary>A loopback port below the ephemeral range that nothing listens on right now.</summary>
    public static int Unused()
    {
        var below = EphemeralRangeStart();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Lowest, below);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: draw another.
            }
        }
        throw new InvalidOperationException($"No free loopback port between {Lowest} and {below}.");
    }

    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range)
            && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0],
                NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && start > Lowest + 1000
            ? start
            : 32_768;
    }
}
