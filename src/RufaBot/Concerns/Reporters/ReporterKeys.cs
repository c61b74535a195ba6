using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RufaBot.Concerns.Reporters;

/// <summary>
/// Pseudonymous keys: HMAC-SHA256 under <c>Concerns:ReporterKeySecret</c>, one domain label per use, so a reporter's
/// key, the same person's key as a focal point and a draft's key cannot be matched with each other, and none can be
/// recomputed without the secret. Directory ids are compared without case.
/// </summary>
internal sealed class ReporterKeys(IOptions<ConcernsOptions> options)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.ReporterKeySecret
        ?? throw new InvalidOperationException("Concerns:ReporterKeySecret has no value."));

    /// <summary>Finds a reporter's concerns ("my concerns").</summary>
    public string Reporter(string aadObjectId) => Hash("reporter", Id(aadObjectId));

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

    private string Hash(string label, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"{label}\n{value}")));

    private static string Id(string id) => string.IsNullOrWhiteSpace(id)
        ? throw new ArgumentException("A user id is required.", nameof(id))
        : id.Trim().ToLowerInvariant();
}
