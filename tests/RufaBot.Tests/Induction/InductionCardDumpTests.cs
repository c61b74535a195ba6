using System.Text.Json.Nodes;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Induction;

/// <summary>Every card of the induction, in English and French, dumped for the official renderer.</summary>
public sealed class InductionCardDumpTests : RunningBot
{
    [Theory]
    [InlineData("en-US", "induction", "UNDP", "take the induction again")]
    [InlineData("fr-FR", "initiation", "PNUD", "refaire l'initiation")]
    public async Task InductionCards_AreDumped(string locale, string start, string entity, string again)
    {
        var language = locale[..2];
        var t = new Transcript(Bot, Connector, locale: locale);
        await t.Send(start);
        CardDump.Write($"induction-entity-{language}", t.LastCard());
        await t.Send("=x");
        CardDump.Write($"induction-entity-error-{language}", t.LastCard());
        await t.Send(entity);
        foreach (var (step, right, _, _) in InductionWalk.Quizzes)
        {
            CardDump.Write($"induction-{step}-{language}", t.LastCard());
            await t.Answer(step, right);
        }
        await t.Send(start);
        var previous = t.LastCard();
        Assert.Equal(again, (string?)previous["actions"]![0]!["data"]!["say"]);
        CardDump.Write($"induction-previous-{language}", previous);
    }
}
