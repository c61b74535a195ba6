using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RufaBot.Concerns.Reporters;

/// <summary>
/// Pseudonymous keys: HMAC-SHA256 under <c>Concerns:ReporterKeySecret</c>, one domain label per use, so a reporter's
/// key, the same person's key as a focal point and a draft's key cannot be matched with each other, and none can be
/// recomputed without the secret. Directory ids are compared without case. A reporter's key differs for each of their
/// concerns (it is keyed by the concern's id too), so a copy of the database cannot tell that two concerns, say an
/// anonymous and a named one, came from the same person; "my concerns" recomputes it for each stored link instead.
/// </summary>
internal sealed class ReporterKeys(IOptions<ConcernsOptions> options)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.ReporterKeySecret
        ?? throw new InvalidOperationException("Concerns:ReporterKeySecret has no value."));

    private readonly int _passphraseIterations = options.Value.FollowUpPassphraseIterations;

    /// <summary>The key stored with one concern's reporter link.</summary>
    public string Reporter(string personId, Guid concernId) => ForReporter(personId).KeyFor(concernId);

    /// <summary>Recognises one person's reporter links ("my concerns") without storing anything shared between them.</summary>
    public ReporterMatcher ForReporter(string personId) =>
        // Its own label: the legacy key (label "reporter") is stored in old links, so it must not be the per-concern key's key.
        new(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"reporter-of-concern\n{Id(personId)}")), Hash("reporter", Id(personId)));

    /// <summary>A focal point or other actor in the audit trail.</summary>
    public string Actor(string aadObjectId) => Hash("actor", Id(aadObjectId));

    /// <summary>A "Was this helpful?" voter: one vote per person and answer, without naming anyone.</summary>
    public string Voter(string userId) => Hash("feedback", Id(userId));

    /// <summary>
    /// A reporter's draft: the chat's draft id may well contain the user's id, so only this hash is stored; and with
    /// the reporter in it, another person's draft id can never find (or reveal the reference of) this concern.
    /// </summary>
    public string Submission(string aadObjectId, string draftId) => Hash("draft", string.IsNullOrWhiteSpace(draftId)
        ? throw new ArgumentException("A draft id is required.", nameof(draftId))
        : $"{Id(aadObjectId)}\n{draftId}");

    /// <summary>
    /// The draft key of an unlinked submission: from the draft's random id alone, never the reporter's, so that once
    /// the chat's draft is deleted nothing can recompute it from who the reporter is.
    /// </summary>
    public string UnlinkedSubmission(string draftId) => Hash("draft-unlinked", string.IsNullOrWhiteSpace(draftId)
        ? throw new ArgumentException("A draft id is required.", nameof(draftId))
        : draftId);

    /// <summary>The draft key of a concern whose link was cut: random, so it matches nothing and nobody.</summary>
    public static string Severed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The passphrase an unlinked submission of this draft shows (the same on a retry).</summary>
    public string Passphrase(string draftId) => FollowUpPassphrase.Derive(_secret, draftId);

    /// <summary>The stored form of a follow-up passphrase: a salted slow hash, independent of the reporter.</summary>
    public string PassphraseHash(string passphrase) => FollowUpPassphrase.Hash(passphrase, _passphraseIterations);

    /// <summary>
    /// The key under which the web door counts wrong passphrases for one reference: keyed, so the counter store
    /// lists no references, and never an address.
    /// </summary>
    public string FollowUpAttempts(string normalizedReference) => Hash("follow-up-attempts", normalizedReference);

    /// <summary>A passphrase hash that matches nothing: checked when a reference is unknown, so that a guess costs the same either way.</summary>
    public string DecoyPassphraseHash => _decoy ??= PassphraseHash(FollowUpPassphrase.New());

    private string? _decoy;

    private string Hash(string label, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"{label}\n{value}")));

    private static string Id(string id) => string.IsNullOrWhiteSpace(id)
        ? throw new ArgumentException("A user id is required.", nameof(id))
        : id.Trim().ToLowerInvariant();

    /// <summary>
    /// One person's reporter keys. <see cref="LegacyKey"/> is the single key per person that links stored before keys
    /// became per concern still carry, until "my concerns" finds and re-keys them.
    /// </summary>
    internal sealed class ReporterMatcher(byte[] personKey, string legacyKey)
    {
        public string LegacyKey => legacyKey;

        public string KeyFor(Guid concernId) => Convert.ToHexStringLower(HMACSHA256.HashData(personKey, concernId.ToByteArray()));

        public bool Owns(Guid concernId, string storedKey) => storedKey == legacyKey || storedKey == KeyFor(concernId);
    }
}
