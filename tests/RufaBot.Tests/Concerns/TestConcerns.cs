using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;

namespace RufaBot.Tests.Concerns;

/// <summary>Concerns built in memory and walked into a given status.</summary>
internal static class TestConcerns
{
    public static readonly DateTimeOffset At = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    public static readonly ConcernActor FocalPoint = new(ConcernRole.EntityFocalPoint, "fp-key");

    public static Concern Submitted()
    {
        var intake = ConcernIntake.From(IntakeAnswers.Full());
        return Concern.Submit(Guid.NewGuid(), ConcernReference.New(), "draft-key", intake, RiskAssessment.Of(intake, DateOnly.FromDateTime(At.UtcDateTime)), At);
    }

    public static Concern In(ConcernStatus status)
    {
        var concern = Submitted();
        var later = At.AddHours(1);
        switch (status)
        {
            case ConcernStatus.Acknowledged:
                concern.Acknowledge(FocalPoint, later);
                break;
            case ConcernStatus.InformationRequested:
                concern.Acknowledge(FocalPoint, later);
                concern.RequestInformation("Which village?", FocalPoint, later);
                break;
            case ConcernStatus.Escalated:
                concern.Escalate(EscalationTier.B2, "needs the HRA", FocalPoint, later);
                break;
            case ConcernStatus.Referred:
                concern.Acknowledge(FocalPoint, later);
                concern.Refer("OIOS", "UN personnel alleged", FocalPoint, later);
                break;
            case ConcernStatus.Closed:
                concern.Close("duplicate", FocalPoint, later);
                break;
        }
        Assert.Equal(status, concern.Status);
        return concern;
    }
}
