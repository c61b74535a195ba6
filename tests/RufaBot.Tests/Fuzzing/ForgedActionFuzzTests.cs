using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Tests.Escalation.Journeys;
using Xunit.Abstractions;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// Property: no forged card action changes anything. Two real concerns are stored (one escalated to the adviser at
/// B2, one new with the country focal points at B1); every generated invoke is wrong in at least one way (see
/// <see cref="ForgedAction"/>), and after it both concerns' rows, trails, decision records, participants and the
/// outbox are exactly as before. The answer is HTTP 200 with a card or an error under 500 (or the
/// door's 400 for an activity it refuses), and no error is logged.
/// </summary>
public sealed class ForgedActionFuzzTests(ITestOutputHelper output) : EscalationBot
{
    private readonly FuzzLog _log = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_log);

    [Fact]
    public async Task ForgedCardActions_ChangeNothing_AndAreAnsweredWithACardOrAnError()
    {
        var escalated = await SubmitAsync();
        await PressAsync(Fp1, "escalate", escalated, ("escalateReason", "to country"));
        escalated = await LoadAsync(escalated.Id);
        var fresh = await SubmitAsync(change: Mild);
        await DrainOutboxAsync();

        // Each case compares with the state just before it, so a change is charged to that case (or the one beside it).
        await FuzzRun.SampleAsync(ForgedAction.Any, async action =>
        {
            var before = (Escalated: await SnapshotAsync(escalated.Id), New: await SnapshotAsync(fresh.Id));
            var concern = action.OnEscalated ? escalated : fresh;
            var (status, body) = await InvokeAsync(action.Actor, action.Verb, action.Data(concern.Id, concern.Version),
                conversationId: "a:chat-" + (action.Actor ?? "nobody"));

            // 400 or 413 (problem details) is the door refusing the activity itself: a blank sender id, a body over 256 KB.
            Assert.True(status is 200 or 400 or 413, $"answered {status}: {body.ToJsonString()}");
            if (status == 200)
                CardChecks.AssertSafeInvokeBody(body);
            Assert.Equal(before.Escalated, await SnapshotAsync(escalated.Id));
            Assert.Equal(before.New, await SnapshotAsync(fresh.Id));
            var errors = _log.TakeErrors();
            Assert.True(errors.Length == 0, "logged at Error: " + errors);
        }, FuzzRun.ForgedActions, output, a => a.ToString());
    }
}
