namespace RufaBot.Concerns;

/// <summary>
/// Who did something, as the audit trail keeps it: a role and a pseudonymous key (a keyed hash of the person's
/// directory id, see <see cref="Reporters.ReporterKeys"/>), never a name or id in clear. The reporter has no key in
/// the trail, whatever their consent: focal points must not be able to tell that two concerns came from one person.
/// </summary>
internal sealed record ConcernActor(ConcernRole Role, string? Key)
{
    public static ConcernActor Reporter { get; } = new(ConcernRole.Reporter, null);

    public static ConcernActor System { get; } = new(ConcernRole.System, null);
}
