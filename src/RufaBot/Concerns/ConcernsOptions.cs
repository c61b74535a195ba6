namespace RufaBot.Concerns;

/// <summary>Section <c>Concerns</c>.</summary>
internal sealed class ConcernsOptions
{
    public const string Section = "Concerns";

    public const int MinSecretLength = 32;

    /// <summary>
    /// Secret of the keyed hashes that link reporters to their concerns (at least 32 characters; keep it in a vault).
    /// Changing it disconnects every reporter from "my concerns". Empty: a development secret is generated once and kept
    /// beside the key ring (<c>reporter-key.secret</c>), with a warning at start-up.
    /// </summary>
    public string? ReporterKeySecret { get; set; }

    /// <summary>
    /// PBKDF2-SHA256 iterations of an unlinked concern's passphrase hash (default 600,000, the OWASP figure for
    /// 2023+). Each follow-up costs one hash; stored hashes keep the count they were made with.
    /// </summary>
    public int FollowUpPassphraseIterations { get; set; } = 600_000;
}
