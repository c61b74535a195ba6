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
    private static readonly Assembly Tools = typeof(RufaBot.Cli.RufaCli).Assembly;

    /// <summary>The features of the app; Concerns, the leaf domain, may use none of them.</summary>
    private static readonly string[] Features =
        ["RufaBot.Escalation", "RufaBot.MyConcerns", "RufaBot.Knowledge", "RufaBot.Induction", "RufaBot.Turns", "RufaBot.Administration",
            "RufaBot.EarlyWarning"];

    /// <summary>Code that decides (the domain, the SLA ladder, routing) says what to tell whom; only the layers that talk to Teams make activities.</summary>
    private static readonly string[] Deciding = ["RufaBot.Concerns", "RufaBot.Escalation.Sla", "RufaBot.Escalation.Routing"];

    [Fact]
    public void Rules_CatchTheWrongWaySamples()
    {
        var uses = TypeUses.Of(typeof(DependencyRulesTests).Assembly);

        var wrongWay = UsesOfAny(uses, SampleConcerns, Features);
        var named = NamingTheApp(uses.Where(u => u.FromNamespace == SampleLibrary));
        var talking = ProtocolUses(uses, [SampleConcerns]);

        Assert.Equal([$"{typeof(CardInMethodBody).FullName} -> RufaBot.Escalation.Cards.EscalationCard",
                      $"{typeof(KnowsEscalation).FullName} -> RufaBot.Escalation.Routing.FocalPointSetting"], wrongWay);
        Assert.Equal([$"{typeof(NamesTheApp).FullName} -> RufaBot.Hosting.RufaMetrics"], named);
        Assert.DoesNotContain(wrongWay, v => v.StartsWith(typeof(UsesConcernsOnly).FullName!, StringComparison.Ordinal));
        Assert.Contains($"{typeof(BuildsAnActivity).FullName} -> BotProtocol.Replies", talking);
        Assert.All(talking, v => Assert.StartsWith(typeof(BuildsAnActivity).FullName!, v, StringComparison.Ordinal));
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
    public void ProductionAssembly_HoldsNoTool_AndTheToolsUseIt()
    {
        Assert.DoesNotContain(AppAssembly.GetTypes(), t => InNamespace(t.FullName!, "RufaBot.Cli"));
        Assert.DoesNotContain(TypeUses.AssembliesReferencedBy(AppAssembly), name => name == Tools.GetName().Name);
        Assert.Contains(App, TypeUses.AssembliesReferencedBy(Tools));
        Assert.All(Tools.GetTypes().Where(t => t.Namespace?.StartsWith(App, StringComparison.Ordinal) == true), t => Assert.Equal("RufaBot.Cli", t.Namespace));
    }

    [Fact]
    public void Concerns_UsesNoOtherFeature()
    {
        var wrongWay = UsesOfAny(TypeUses.Of(AppAssembly), "RufaBot.Concerns", Features);

        Assert.True(wrongWay.Count == 0, "Concerns must not use another feature; move the decision into Concerns or the use into the feature:\n" + string.Join("\n", wrongWay));
    }

    [Fact]
    public void Escalation_UsesNothingOfEarlyWarning()
    {
        var wrongWay = UsesOfAny(TypeUses.Of(AppAssembly), "RufaBot.Escalation", ["RufaBot.EarlyWarning"]);

        Assert.True(wrongWay.Count == 0, "Early warning builds on Escalation, never the reverse; add an interface Escalation owns instead:\n" + string.Join("\n", wrongWay));
    }

    [Fact]
    public void DecidingCode_BuildsNoActivities()
    {
        var talking = ProtocolUses(TypeUses.Of(AppAssembly), Deciding);

        Assert.True(talking.Count == 0, "Return a decision (what to say to whom) and let the outbox or the turn make the activity:\n" + string.Join("\n", talking));
    }

    private const string SampleConcerns = "RufaBot.Tests.Architecture.Samples.Concerns";
    private const string SampleLibrary = "RufaBot.Tests.Architecture.Samples.Library";

    /// <summary>Uses by types in <paramref name="fromNamespace"/> (and below) of types in any of <paramref name="forbidden"/>.</summary>
    private static IReadOnlyList<string> UsesOfAny(IEnumerable<TypeUse> uses, string fromNamespace, string[] forbidden) =>
        [.. uses.Where(u => InNamespace(u.From, fromNamespace) && forbidden.Any(f => InNamespace(u.To, f)))
                .Select(u => u.ToString()).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Uses of the protocol library (activities, replies, the Connector) by types in any of <paramref name="namespaces"/>.</summary>
    private static IReadOnlyList<string> ProtocolUses(IEnumerable<TypeUse> uses, string[] namespaces) =>
        [.. uses.Where(u => u.ToAssembly == "RufaBot.Protocol" && namespaces.Any(n => InNamespace(u.From, n)))
                .Select(u => u.ToString()).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Uses of anything whose name says Rufa, or of the app assembly, by types that must not know it.</summary>
    private static IReadOnlyList<string> NamingTheApp(IEnumerable<TypeUse> uses) =>
        [.. uses.Where(u => u.ToAssembly == App || u.From.Contains("rufa", StringComparison.OrdinalIgnoreCase) && !InNamespace(u.From, SampleLibrary)
                            || u.To.Contains("rufa", StringComparison.OrdinalIgnoreCase))
                .Select(u => u.ToString()).Distinct().Order(StringComparer.Ordinal)];

    private static bool InNamespace(string typeName, string ns) => typeName.StartsWith(ns + ".", StringComparison.Ordinal);
}
