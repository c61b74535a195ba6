using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>
/// Delivered activity ids of this process, each remembered for at least <see cref="BotOptions.DuplicateWindow"/> and at
/// most twice as long. Two generations of 128-bit fingerprints (SHA-256 of the conversation and activity id): a new
/// generation starts once the current one is a window old, and the one before it is then forgotten. A fingerprint takes
/// about 30 bytes (against some 300 for a cache entry), so the default ten-minute window at a thousand turns a second
/// holds at most two windows' worth, about 35 MB; past <see cref="MaxRemembered"/> fingerprints a new generation starts
/// early, which shortens the window only under a load far beyond that.
/// </summary>
internal sealed class InMemoryActivityDeduplicator(IOptions<BotOptions> options, TimeProvider time) : IActivityDeduplicator
{
    public const int MaxRemembered = 2_000_000;

    private readonly TimeSpan _window = options.Value.DuplicateWindow;
    private readonly Lock _sync = new();
    private HashSet<UInt128> _current = [];
    private HashSet<UInt128> _previous = [];
    private long _currentSince = time.GetTimestamp();

    public ValueTask<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(conversationId, activityId);
        lock (_sync)
        {
            StartGenerationIfDue();
            return ValueTask.FromResult(!_previous.Contains(fingerprint) && _current.Add(fingerprint));
        }
    }

    // Every call checks, so a generation never holds an id added more than a window after the generation began: once
    // two windows have passed, both generations hold only ids older than a window.
    private void StartGenerationIfDue()
    {
        var age = time.GetElapsedTime(_currentSince);
        if (age < _window && _current.Count < MaxRemembered / 2)
            return;
        _previous = age >= _window * 2 ? [] : _current;
        _current = [];
        _currentSince = time.GetTimestamp();
    }

    private static UInt128 Fingerprint(string conversationId, string activityId)
    {
        // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
        var text = Encoding.UTF8.GetBytes($"{conversationId.Length}:{conversationId}{activityId}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
