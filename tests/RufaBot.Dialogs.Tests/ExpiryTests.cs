using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

public sealed class ExpiryTests
{
    [Fact]
    public void IdleMoreThanSevenDays_ReportsExpiredAndClearsState()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating").Later(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.True(t.Runner.IsExpired(t.State!, t.Now));

        t.Send("4").Status(FlowStatus.Expired).Reply("has expired");
        Assert.False(t.State!.IsActive);
    }

    [Fact]
    public void IdleJustUnderSevenDays_Continues()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating").Later(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.False(t.Runner.IsExpired(t.State!, t.Now));
        t.Send("4").Asks("screenshots");
    }

    [Fact]
    public void EachTurn_MovesTheIdleClock()
    {
        SampleAnswers.Sample().Later(TimeSpan.FromDays(6)).Send("1")
            .Later(TimeSpan.FromDays(6)).Send("speed").Asks("lastUsed");
    }

    [Fact]
    public void IdleTimeout_IsConfigurable()
    {
        var t = new Transcript(RepoDialogs.Catalog, options: new FlowRunnerOptions { IdleTimeout = TimeSpan.FromHours(1) })
            .Begin("sample-feedback").Later(TimeSpan.FromHours(2));
        t.Resume().Status(FlowStatus.Expired);
    }

    [Fact]
    public void DialogVersionBumped_ReportsOutdated()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating");
        using var folder = DialogFolder.CopyOfRepo();
        var file = Path.Combine(folder.Path, "sample-feedback.dialog.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        var runner = new FlowRunner(folder.Load());

        Assert.True(runner.IsOutdated(t.State!));
        var result = runner.Continue(t.State!, Input.UserInput.FromText("4"), "en", t.Now);
        Assert.Equal(FlowStatus.Outdated, result.Status);
        Assert.Contains("changed since you started", result.Messages[0].ToPlainText());
    }
}
