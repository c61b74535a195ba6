namespace RufaBot.Concerns;

/// <summary>
/// Who may act on the concern: the focal points routing assigned for the current tier. Everyone who ever held the
/// card stays a participant with a read-only copy. Assignment changes add a version, so a card shown before the
/// change is stale and its buttons are refused.
/// </summary>
internal sealed partial class Concern
{
    /// <summary>The routing entry that matched the current tier (e.g. <c>country:KE</c>), null before routing.</summary>
    public string? RoutingKey { get; private set; }

    /// <summary>The role of the current tier's focal points; decides what they may see (domain.md section 5).</summary>
    public ConcernRole? AssignedRole { get; private set; }

    /// <summary>Keyed hash of the focal point who asked to close a critical concern; a second must confirm. Null otherwise.</summary>
    public string? CloseRequestedBy { get; private set; }

    public IEnumerable<ConcernParticipant> Assignees => _participants.Where(p => p.Assigned && !p.IsChannel);

    /// <summary>People who declared a conflict: routing never returns them for this concern again.</summary>
    public IReadOnlyList<string> Excluded => [.. _participants.Where(p => p.Conflicted && p.AadObjectId is not null).Select(p => p.AadObjectId!)];

    public bool IsAssigned(string actorKey) => _participants.Any(p => p.Assigned && !p.IsChannel && p.Key == actorKey && p.Tier == Tier);

    public ConcernParticipant? Participant(string key) => _participants.FirstOrDefault(p => p.Key == key);

    /// <summary>Gives the current tier to these focal points (and channel); earlier assignees keep a read-only copy.</summary>
    public void Assign(ConcernRole role, string routingKey, IReadOnlyList<ConcernParticipant> people, ConcernParticipant? channel, DateTimeOffset at)
    {
        if (Status == ConcernStatus.Closed)
            throw new ConcernTransitionException(Reference, "assign", Status, Status, Open);
        foreach (var participant in _participants)
            participant.Assigned = false;
        foreach (var person in people)
        {
            var joined = Join(person);
            joined.Assigned = !joined.Conflicted;
        }
        if (channel is not null)
            Join(channel);
        RoutingKey = routingKey;
        AssignedRole = role;
        Changed(ConcernEventKind.Assigned, ConcernActor.System, at, $"{Tier} {routingKey}: {people.Count}");
    }

    /// <summary>Nobody is configured for the tier: recorded, so the gap shows in the trail and on "pending" lists.</summary>
    public void RecordRoutingGap(DateTimeOffset at)
    {
        foreach (var participant in _participants)
            participant.Assigned = false;
        RoutingKey = null;
        Changed(ConcernEventKind.RoutingGap, ConcernActor.System, at, Tier.ToString());
    }

    /// <summary>An assigned focal point hands the concern to a colleague of the same tier.</summary>
    public void Reassign(ConcernActor from, ConcernParticipant colleague, DateTimeOffset at)
    {
        RequireOpen("reassign");
        var giver = RequireAssigned(from);
        if (colleague.Key == giver.Key || Participant(colleague.Key) is { Conflicted: true })
            throw new ArgumentException("The colleague must be another focal point of the tier, free of conflicts.", nameof(colleague));
        giver.Assigned = false;
        Join(colleague).Assigned = true;
        Changed(ConcernEventKind.Reassigned, from, at, Tier.ToString());
    }

    /// <summary>A focal point declares a conflict of interest: they lose the concern for good; <paramref name="takeover"/> (the backup) gets it if nobody is left.</summary>
    public void DeclareConflict(ConcernActor actor, IReadOnlyList<ConcernParticipant> takeover, DateTimeOffset at)
    {
        RequireOpen("declare a conflict on");
        var declarer = RequireAssigned(actor);
        declarer.Assigned = false;
        declarer.Conflicted = true;
        if (!Assignees.Any())
        {
            foreach (var person in takeover.Where(p => p.Key != declarer.Key))
                Join(person).Assigned = true;
        }
        if (CloseRequestedBy == declarer.Key)
            CloseRequestedBy = null;
        Changed(ConcernEventKind.ConflictDeclared, actor, at, Tier.ToString());
    }

    private ConcernParticipant Join(ConcernParticipant candidate)
    {
        var existing = Participant(candidate.Key);
        if (existing is null)
        {
            _participants.Add(candidate);
            return candidate;
        }
        existing.MoveTo(candidate.Tier, candidate.Role);
        return existing;
    }

    private ConcernParticipant RequireAssigned(ConcernActor actor) =>
        actor.Key is { } key && IsAssigned(key) ? Participant(key)! : throw new UnauthorizedAccessException($"Not assigned to concern {Reference} at {Tier}.");

    private void RequireOpen(string action)
    {
        if (Status == ConcernStatus.Closed)
            throw new ConcernTransitionException(Reference, action, Status, Status, Open);
    }

    private void Changed(ConcernEventKind kind, ConcernActor actor, DateTimeOffset at, string? note)
    {
        UpdatedAt = at;
        Version++;
        _events.Add(new ConcernEvent(kind, Status, actor, at, note));
    }
}
