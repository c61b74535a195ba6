using RufaBot.Concerns;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Routing;
using RufaBot.Hosting;

// Deliberately wrong-way types for DependencyRulesTests.Rules_CatchTheWrongWaySamples: the rules must report these
// and only these. They are never used.
namespace RufaBot.Tests.Architecture.Samples.Concerns
{
    /// <summary>A "Concerns" type that holds an Escalation type in a field.</summary>
    internal sealed class KnowsEscalation
    {
        public FocalPointSetting? Person { get; set; }
    }

    /// <summary>A "Concerns" type whose only use of Escalation is inside a method body.</summary>
    internal static class CardInMethodBody
    {
        public static string Kind() => typeof(EscalationCard).Name;
    }

    /// <summary>A "Concerns" type that makes a Teams reply itself instead of returning what to say.</summary>
    internal static class BuildsAnActivity
    {
        public static string? Say(string text) => BotProtocol.Replies.Text(text).Text;
    }

    /// <summary>Right way: uses the Concerns domain only.</summary>
    internal static class UsesConcernsOnly
    {
        public static ConcernStatus Start() => ConcernStatus.Submitted;
    }
}

namespace RufaBot.Tests.Architecture.Samples.Library
{
    /// <summary>A "library" type that reaches into the app (a field: a constant would be copied in, not referenced).</summary>
    internal static class NamesTheApp
    {
        public static string Meter() => RufaMetrics.Meter.Name;
    }
}
