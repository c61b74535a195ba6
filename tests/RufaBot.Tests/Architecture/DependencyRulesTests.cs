using System.Reflection;
using RufaBot.Tests.Architecture.Samples.Concerns;
using RufaBot.Tests.Architecture.Samples.Library;

namespace RufaBot.Tests.Architecture;

/// <summary>
/// References point one way (docs/architecture.md): the app uses the protocol and dialog libraries, never the reverse,
/// and the protocol names no application; inside the app, features use Concerns, never the reverse. Each rule reads
/// the compiled assemblies, and the rules are first shown to catch a deliberately wrong-way sample.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string App = "RufaBot";
    private static readonly Assembly AppAssembly = typeof(Program).Assembly;
    private static readonly Assembly Protocol = typeof(BotProtocol.Activity).Assembly;
    private static readonly Assembly ProtocolRedis = typeof(BotProtocol.Redis.RedisConversationLock).Assembly;
    private static readonly Assembly Dialogs = typeof(RufaBot.Dialogs.FlowRunner).Assembly;

    /// <summary>The features of the app; Concerns, the leaf domain, may use none of them.</summary>
    private static readonly string[] Features =
        ["RufaBot.Escalation", "RufaBot.MyConcerns", "RufaBot.Knowledge", "RufaBot.Induction", "RufaBot.Turns", "RufaBot.Cli", "RufaBot.Administration"];

    /// <summary>
    /// Known exceptions, to be emptied by the Concerns/Escalation inversion (issue 19): the uses of Escalation by
    /// Concerns that exist today (ConcernService's card actions, card views and pending list; the purger deleting the
    /// outbox rows and SLA timers of a purged concern). Anything not listed here fails; an entry no longer needed fails too, so the list
    /// only shrinks.
    /// </summary>
    private static readonly string[] KnownConcernsExceptions =
    [
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Actions.CardActionOutcome",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Actions.CardActionRequest",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Actions.ConcernEscalation",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Actions.TierAssignment",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Cards.CardColleague",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Cards.CardDeadlines",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Cards.CardViewer",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Cards.EscalationVerbs",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Notifications.CardCopies",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Notifications.ReporterNotices",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Outbox.EscalationTelemetry",
        "RufaBot.Concerns.ConcernService -> RufaBot.Escalation.Pending.PendingConcern",
        "RufaBot.Concerns.Retention.ConcernPurger -> RufaBot.Escalation.Outbox.OutboxMessage",
        "RufaBot.Concerns.Retention.ConcernPurger -> RufaBot.Escalation.Sla.SlaTimer",
    ];

    [Fact]
    public void Rules_CatchTheWrongWaySamples()
    {
        var uses = TypeUses.Of(typeof(DependencyRulesTests).Assembly);

        var wrongWay = UsesOfAny(uses, SampleConcerns, Features);
        var named = NamingTheApp(uses.Where(u => u.FromNamespace == SampleLibrary));

        Assert.Equal([$"{typeof(CardInMethodBody).FullName} -> RufaBot.Escalation.Cards.EscalationCard",
                      $"{typeof(KnowsEscalation).FullName} -> RufaBot.Escalation.Routing.FocalPointSetting"], wrongWay);
        Assert.Equal([$"{typeof(NamesTheApp).FullName} -> RufaBot.Hosting.RufaMetrics"], named);
        Assert.DoesNotContain(wrongWay, v => v.StartsWith(typeof(UsesConcernsOnly).FullName!, StringComparison.Ordinal));
    }

    [Fact]
    public void Protocol_UsesNothingOfTheAppOrTheDialogs_AndNamesNoRufa()
    {
        var uses = TypeUses.Of(Protocol);

        Assert.Empty(uses.Where(u => u.ToAssembly is App or "RufaBot.Dialogs").Select(u => u.ToString()));
        Assert.Empty(NamingTheApp(uses));
        Assert.DoesNotContain(TypeUses.AssembliesReferencedBy(Protocol), name => name.Contains("rufa", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(TypeUses.AssembliesReferencedBy(Protocol), name => name.StartsWith("StackExchange.Redis", StringComparison.Ordinal));
    }

    [Fact]
    public void ProtocolRedis_UsesOnlyTheProtocol_AndNamesNoRufa()
    {
        var uses = TypeUses.Of(ProtocolRedis);

        Assert.Empty(uses.Where(u => u.ToAssembly is App or "RufaBot.Dialogs").Select(u => u.ToString()));
        Assert.Empty(NamingTheApp(uses));
    }

    [Fact]
    public void Dialogs_UsesNeitherTheAppNorTheProtocol()
    {
        var uses = TypeUses.Of(Dialogs);

        Assert.Empty(uses.Where(u => u.ToAssembly is App or "RufaBot.Protocol" or "RufaBot.Protocol.Redis").Select(u => u.ToString()));
        Assert.DoesNotContain(TypeUses.AssembliesReferencedBy(Dialogs), name => name is App or "RufaBot.Protocol");
    }

    [Fact]
    public void Dialogs_ReadsNoSubmittedJson_OnlyItsOwnFiles()
    {
        // The engine takes form fields (UserInput.Fields); a card's JSON value is decoded by the host (Cards/CardFields).
        var readers = TypeUses.Of(Dialogs)
            .Where(u => u.To == "System.Text.Json.JsonElement" && u.From != "RufaBot.Dialogs.FlowLoader" && !InNamespace(u.From, "RufaBot.Dialogs.Loading"))
            .Select(u => u.ToString()).Distinct();

        Assert.Empty(readers);
    }

    [Fact]
    public void Concerns_UsesNoOtherFeature_BeyondTheKnownExceptions()
    {
        var wrongWay = UsesOfAny(TypeUses.Of(AppAssembly), "RufaBot.Concerns", Features);

        var added = wrongWay.Except(KnownConcernsExceptions).ToList();
        Assert.True(added.Count == 0, "Concerns must not use another feature; move the decision into Concerns or the use into the feature:\n" + string.Join("\n", added));
    }

    [Fact]
    public void KnownConcernsExceptions_AreAllStillNeeded()
    {
        var wrongWay = UsesOfAny(TypeUses.Of(AppAssembly), "RufaBot.Concerns", Features);

        var stale = KnownConcernsExceptions.Except(wrongWay).ToList();
        Assert.True(stale.Count == 0, "No longer a wrong-way use; remove it from KnownConcernsExceptions:\n" + string.Join("\n", stale));
    }

    private const string SampleConcerns = "RufaBot.Tests.Architecture.Samples.Concerns";
    private const string SampleLibrary = "RufaBot.Tests.Architecture.Samples.Library";

    /// <summary>Uses by types in <paramref name="fromNamespace"/> (and below) of types in any of <paramref name="forbidden"/>.</summary>
    private static IReadOnlyList<string> UsesOfAny(IEnumerable<TypeUse> uses, string fromNamespace, string[] forbidden) =>
        [.. uses.Where(u => InNamespace(u.From, fromNamespace) && forbidden.Any(f => InNamespace(u.To, f)))
                .Select(u => u.ToString()).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Uses of anything whose name says Rufa, or of the app assembly, by types that must not know it.</summary>
    private static IReadOnlyList<string> NamingTheApp(IEnumerable<TypeUse> uses) =>
        [.. uses.Where(u => u.ToAssembly == App || u.From.Contains("rufa", StringComparison.OrdinalIgnoreCase) && !InNamespace(u.From, SampleLibrary)
                            || u.To.Contains("rufa", StringComparison.OrdinalIgnoreCase))
                .Select(u => u.ToString()).Distinct().Order(StringComparer.Ordinal)];

    private static bool InNamespace(string typeName, string ns) => typeName.StartsWith(ns + ".", StringComparison.Ordinal);
}
