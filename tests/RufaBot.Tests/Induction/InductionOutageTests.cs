using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Induction;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.Storage;

namespace RufaBot.Tests.Induction;

/// <summary>The database is down when the last answer arrives: nothing is lost, and the retry records one completion.</summary>
public sealed class InductionOutageTests : RunningBot
{
    private readonly DatabaseOutage _outage = new() { Down = false };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(_outage);

    [Fact]
    public async Task LastAnswerDuringAnOutage_KeepsTheDraft_AndTheRetryRecordsItOnce()
    {
        var t = await InductionWalk.StartAsync(new Transcript(Bot, Connector));
        foreach (var (step, right, _, _) in InductionWalk.Quizzes[..^1])
            await t.Answer(step, right);

        _outage.Down = true;
        (await t.Answer("quizPath", "sg")).AssertReply("I could not record your completion just now, but nothing is lost").AssertNoReplyContains("You have completed");

        _outage.Down = false;
        (await t.Answer("quizPath", "sg")).AssertReply("Right.").AssertReply("You have completed RufaBot's introduction to Human Rights up Front: 6/6");
        var records = App.Services.GetRequiredService<InductionRecords>();
        Assert.Single(await records.ForEntityAsync("UNDP", default));
    }
}
