using RufaBot.Concerns;

namespace RufaBot.Tests.Concerns;

public sealed class ConcernTransitionTests
{
    // Which action may start from which status ("y"), written out independently of Concern.Transitions.cs.
    private const string Table = """
                           Submitted Acknowledged InformationRequested Escalated Referred Closed
        acknowledge            y          -                -               y         -       -
        requestInformation     -          y                y               -         -       -
        addInformation         y          y                y               y         y       -
        escalate               y          y                y               y         -       -
        refer                  -          y                y               y         -       -
        close                  y          y                y               y         y       -
        """;

    public static TheoryData<string, string, bool> Cases()
    {
        var lines = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var statuses = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var data = new TheoryData<string, string, bool>();
        foreach (var row in lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            for (var i = 0; i < statuses.Length; i++)
                data.Add(row[0], statuses[i], row[i + 1] == "y");
        }
        return data;
    }

    private static void Apply(Concern concern, string action)
    {
        var at = TestConcerns.At.AddHours(2);
        switch (action)
        {
            case "acknowledge": concern.Acknowledge(TestConcerns.FocalPoint, at); break;
            case "requestInformation": concern.RequestInformation("How many?", TestConcerns.FocalPoint, at); break;
            case "addInformation": concern.AddInformation("About forty.", at); break;
            case "escalate": concern.Escalate(EscalationTier.B4, "pattern", TestConcerns.FocalPoint, at); break;
            case "refer": concern.Refer("OHCHR", "their mandate", TestConcerns.FocalPoint, at); break;
            case "close": concern.Close("advice given", TestConcerns.FocalPoint, at); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public void Action_FromStatus_IsAllowedOnlyWhereTheTableSays(string action, string status, bool allowed)
    {
        var concern = TestConcerns.In(Enum.Parse<ConcernStatus>(status));
        var version = concern.Version;
        var events = concern.Events.Count;

        var exception = Record.Exception(() => Apply(concern, action));

        if (allowed)
        {
            Assert.Null(exception);
            Assert.Equal(version + 1, concern.Version);
            Assert.Equal(events + 1, concern.Events.Count);
            Assert.Equal(concern.Status, concern.Events[^1].Status);
        }
        else
        {
            var refused = Assert.IsType<ConcernTransitionException>(exception);
            Assert.Contains(status, refused.Message);
            Assert.Equal(version, concern.Version);
            Assert.Equal(events, concern.Events.Count);
        }
    }

    [Fact]
    public void Close_WhenClosed_Throws()
    {
        var concern = TestConcerns.In(ConcernStatus.Closed);

        var exception = Assert.Throws<ConcernTransitionException>(() => concern.Close("again", TestConcerns.FocalPoint, TestConcerns.At));

        Assert.Equal(ConcernStatus.Closed, exception.From);
        Assert.Equal(ConcernStatus.Closed, exception.To);
        Assert.Contains(concern.Reference, exception.Message);
    }

    [Fact]
    public void Acknowledge_WhenReferred_Throws_NamingBothStates()
    {
        var concern = TestConcerns.In(ConcernStatus.Referred);

        var exception = Assert.Throws<ConcernTransitionException>(() => concern.Acknowledge(TestConcerns.FocalPoint, TestConcerns.At));

        Assert.Contains("Referred", exception.Message);
        Assert.Contains("Acknowledged", exception.Message);
    }

    [Fact]
    public void Escalate_ToTheSameOrALowerTier_Throws()
    {
        var concern = TestConcerns.In(ConcernStatus.Escalated);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => concern.Escalate(EscalationTier.B2, "again", TestConcerns.FocalPoint, TestConcerns.At));

        Assert.Contains("B2", exception.Message);
        Assert.Equal(EscalationTier.B2, concern.Tier);
    }

    [Fact]
    public void Escalate_MovesTheTier_AndRecordsFromAndTo()
    {
        var concern = TestConcerns.In(ConcernStatus.Acknowledged);

        concern.Escalate(EscalationTier.B3, "authorities unwilling", TestConcerns.FocalPoint, TestConcerns.At);

        Assert.Equal(EscalationTier.B3, concern.Tier);
        Assert.Equal("B1 -> B3: authorities unwilling", concern.Events[^1].Note);
    }

    [Fact]
    public void AddInformation_AnswersAPendingQuestion_BackToAcknowledged()
    {
        var concern = TestConcerns.In(ConcernStatus.InformationRequested);

        concern.AddInformation("The village is Kabimba.", TestConcerns.At.AddDays(1));

        Assert.Equal(ConcernStatus.Acknowledged, concern.Status);
        var added = concern.Events[^1];
        Assert.Equal(ConcernEventKind.InformationAdded, added.Kind);
        Assert.Equal(ConcernRole.Reporter, added.ActorRole);
        Assert.Null(added.ActorKey);
        Assert.Equal("The village is Kabimba.", added.Note);
        Assert.Equal(TestConcerns.At.AddDays(1), concern.UpdatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AddInformation_Blank_Throws(string text) =>
        Assert.Throws<ArgumentException>(() => TestConcerns.Submitted().AddInformation(text, TestConcerns.At));

    [Fact]
    public void AddInformation_OverTheLimit_Throws_StatingTheLimit()
    {
        var exception = Assert.Throws<ArgumentException>(() => TestConcerns.Submitted().AddInformation(new string('x', Concern.MaxTextLength + 1), TestConcerns.At));

        Assert.Contains(Concern.MaxTextLength.ToString(), exception.Message);
    }

    [Fact]
    public void ReadsAndReveals_AreRecorded_WithoutChangingVersionOrLastUpdate()
    {
        var concern = TestConcerns.In(ConcernStatus.Acknowledged);
        var (version, updated) = (concern.Version, concern.UpdatedAt);

        concern.RecordView(TestConcerns.FocalPoint, TestConcerns.At.AddDays(3));
        concern.RecordIdentityRequest(TestConcerns.FocalPoint, revealed: false, TestConcerns.At.AddDays(3));

        Assert.Equal(version, concern.Version);
        Assert.Equal(updated, concern.UpdatedAt);
        Assert.Equal([ConcernEventKind.Viewed, ConcernEventKind.IdentityWithheld], concern.Events.TakeLast(2).Select(e => e.Kind));
    }

    [Fact]
    public void Submit_StartsTheTrail_WithTheReporterAndNoKey()
    {
        var concern = TestConcerns.Submitted();

        var first = Assert.Single(concern.Events);
        Assert.Equal(ConcernEventKind.Submitted, first.Kind);
        Assert.Equal(ConcernRole.Reporter, first.ActorRole);
        Assert.Null(first.ActorKey);
        Assert.Equal(1, concern.Version);
    }

    [Fact]
    public void Submit_KeepsOnlyTypeAndSizeOfAttachments()
    {
        var attachment = Assert.Single(TestConcerns.Submitted().Attachments);

        Assert.Equal(new AttachmentSummary("image/jpeg", 48213), attachment);
    }
}
