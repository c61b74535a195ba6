namespace RufaBot.Concerns.Intake;

/// <summary>Q16, step <c>consent</c>: who may see the reporter's identity.</summary>
internal enum ConsentMode
{
    /// <summary>Focal points handling the concern may see who reported it.</summary>
    Named,

    /// <summary>Only the first-tier focal point may see who reported it, and only by an audited reveal.</summary>
    Confidential,

    /// <summary>Nobody: RufaBot stores no name or id, only a keyed hash and the encrypted chat address for updates.</summary>
    Anonymous,

    /// <summary>
    /// Nobody, and no link at all: nothing derived from the reporter is stored. The reporter follows up with the
    /// reference and a one-time passphrase (<see cref="Reporters.FollowUpPassphrase"/>). Also what a concern becomes
    /// when its reporter cuts their link.
    /// </summary>
    Unlinked,
}
