using System.Diagnostics;
using System.Globalization;

namespace RufaBot.LoadDriver;

/// <summary>
/// One member of staff in their own personal chat, raising concerns one after another until told to stop. A wrong
/// or missing reply is an error; the intake then starts over in a fresh chat.
/// </summary>
internal sealed class StaffMember(int number, BotClient bot, ConnectorStub connector, TurnLog log, RunCounters counters, int thinkMs,
    IReadOnlyList<IntakeStep> script)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private readonly string _aad = "00000000-0000-0000-0001-" + number.ToString("x12", CultureInfo.InvariantCulture);
    private readonly string _name = "Load Staff " + number.ToString(CultureInfo.InvariantCulture);
    private int _chat, _turn;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var conversation = $"a:staff-{number}-{_chat++}";
            var completed = true;
            foreach (var step in script)
            {
                if (stop.IsCancellationRequested)
                    return;
                await ThinkAsync(stop);
                if (!await TurnAsync(conversation, step))
                {
                    completed = false;
                    break;
                }
            }
            if (completed)
                counters.IntakeCompleted();
        }
    }

    private async Task<bool> TurnAsync(string conversation, IntakeStep step)
    {
        var text = step.Say(number);
        var activity = Activities.Message(connector.ServiceUrl, conversation, _aad, _name, text);
        var id = (string)activity["id"]!;
        var replies = connector.Expect(id);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var (status, _) = await bot.PostAsync(activity, _turn++);
            if (status is not (200 or 202))
            {
                log.Error($"message: HTTP {status} expecting \"{step.Expect}\"");
                return false;
            }
            if (!await replies.WaitForAsync(step.Expect, ReplyTimeout))
            {
                log.Error($"message: no reply matching \"{step.Expect}\"; got: {Shorten(replies.Text)}");
                return false;
            }
            log.Turn(TurnKind.Message, step.Expect.ToString().Replace("\\", "", StringComparison.Ordinal), start);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            log.Error($"message: {e.GetType().Name} {e.Message}");
            return false;
        }
        finally
        {
            connector.Forget(id);
        }
    }

    private Task ThinkAsync(CancellationToken stop)
    {
        if (thinkMs == 0)
            return Task.CompletedTask;
        var pause = thinkMs * (0.5 + Random.Shared.NextDouble());
        return Task.Delay(TimeSpan.FromMilliseconds(pause), stop).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" | ");
        return flat.Length > 160 ? flat[..160] + "…" : flat;
    }
}
