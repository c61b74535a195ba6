using RufaBot.Concerns;
using static RufaBot.Tests.Escalation.Routing.RoutingFixture;

namespace RufaBot.Tests.Escalation.Sla;

/// <summary>The configured caps hold: two reminders then nothing, however long the deadline stays missed.</summary>
public sealed class CappedSlaTests : SlaTestBase
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Escalation:Sla:Reminders"] = "2",
        ["Escalation:Sla:MaxAlerts"] = "2",
        ["Escalation:Sla:StepInterval"] = "01:00:00",
    };

    [Fact]
    public async Task Reminders_StopAtMaxAlerts()
    {
        var concern = await SubmitAsync();
        var due = Deadlines.DueAt(concern)!.Value;
        var sent = new List<string>();
        for (var hour = 0; hour < 48; hour++)
            sent.AddRange(Recipients(await RoundAtAsync(due.AddHours(hour).AddMinutes(1))));

        Assert.Equal([Unicef, Unicef], sent);
        Assert.Equal([ConcernEventKind.SlaReminderSent, ConcernEventKind.SlaReminderSent], await SlaEventsAsync(concern.Reference));
    }
}
