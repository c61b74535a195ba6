using System.Reflection;
using System.Text.RegularExpressions;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;

namespace RufaBot.Tests.Concerns;

/// <summary>
/// Nothing a focal point is handed can carry the reporter's identity, by construction: walk every type reachable
/// from the view's (and the concern's) properties and refuse any member that looks like identity, so a field such as
/// "ReporterName" added to either fails here. The concern's only keyed values are the draft's hash and focal points'
/// pseudonymous keys in the trail and decision records, which the view leaves out. The only identities it holds are
/// the focal points routing assigned (<see cref="ConcernParticipant"/>: Teams' card refresh needs their Entra ids),
/// never the reporter's.
/// </summary>
public sealed partial class FocalPointViewShapeTests
{
    [GeneratedRegex("name|aad|user|reporter|conversation|dutystation|url|tenant|mail|upn|phone|submissionkey|actorkey", RegexOptions.IgnoreCase)]
    private static partial Regex IdentityLike();

    private static readonly string[] FocalPointMembers =
    [
        "Concern.SubmissionKey", "ConcernEvent.ActorKey", "DecisionRecord.ActorKey",
        "ConcernParticipant.AadObjectId", "ConcernParticipant.DisplayName", "ConcernParticipant.ChannelServiceUrl",
        "ConcernParticipant.ChannelConversationId", "ConcernParticipant.ChannelTenantId",
    ];

    [Theory]
    [InlineData(typeof(FocalPointView))]
    [InlineData(typeof(Concern))]
    public void NoMemberLooksLikeIdentity(Type root)
    {
        var offending = Reachable(root)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{t.Name}.{p.Name}"))
            .Where(member => IdentityLike().IsMatch(member.Split('.')[1]))
            .Where(member => root != typeof(Concern) || !FocalPointMembers.Contains(member))
            .ToList();

        Assert.Empty(offending);
    }

    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(Concern).Assembly)
                continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                queue.Enqueue(property.PropertyType);
                foreach (var argument in property.PropertyType.GetGenericArguments())
                    queue.Enqueue(argument);
            }
        }
        return seen.Where(t => t.Assembly == typeof(Concern).Assembly);
    }
}
