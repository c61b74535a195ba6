using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns;

/// <summary>
/// Unlinked concerns: nothing stored connects them to the reporter. The reporter comes back with the reference and a
/// passphrase, whose slow hash is all the concern keeps (<see cref="Reporters.FollowUpPassphrase"/>).
/// </summary>
internal sealed partial class Concern
{
    /// <summary>Why a reporter link was cut: the note of the <see cref="ConcernEventKind.ReporterLinkCut"/> entry.</summary>
    public static class LinkCutReasons
    {
        public const string ByReporter = "by the reporter";
        public const string ChosenAtSubmission = "unlinked report chosen at submission";
        public const string AfterClose = "automatically after close";
    }

    /// <summary>Hash of the passphrase an unlinked reporter follows up with; null when there is none.</summary>
    public string? FollowUpSecret { get; private set; }

    /// <summary>A new unlinked concern: the hash of the passphrase its reporter was given.</summary>
    public void KeepFollowUpSecret(string followUpSecret)
    {
        if (Consent != ConsentMode.Unlinked)
            throw new InvalidOperationException($"Concern {Reference} is not unlinked.");
        FollowUpSecret = followUpSecret;
    }

    /// <summary>
    /// Leaves nothing on the concern that leads back to the reporter: the consent becomes
    /// <see cref="ConsentMode.Unlinked"/>, the draft key (a hash of the reporter's id) is replaced by
    /// <paramref name="submissionKey"/>, and the passphrase hash, if any, is kept for follow-up. The caller deletes the
    /// reporter link itself in the same transaction.
    /// </summary>
    public void CutReporterLink(string submissionKey, string? followUpSecret, string reason, DateTimeOffset at)
    {
        SubmissionKey = submissionKey;
        FollowUpSecret = followUpSecret;
        Consent = ConsentMode.Unlinked;
        UpdatedAt = at;
        Version++;
        _events.Add(new ConcernEvent(ConcernEventKind.ReporterLinkCut, Status, ConcernActor.System, at, reason));
    }
}
