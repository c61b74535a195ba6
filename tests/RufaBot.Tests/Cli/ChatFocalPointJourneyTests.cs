using System.Text.RegularExpressions;
using RufaBot.Cli;

namespace RufaBot.Tests.Cli;

// Offline, a newcomer follows a concern from the reporter to the focal point: chat mode routes every tier to a demo
// person, so "/as Sam Focal" shows the escalation card and the pending list.
public sealed class ChatFocalPointJourneyTests
{
    private static readonly string[] Intake =
    [
        "raise a concern", "no", "yes",
        "Armed men burned houses in two villages and told the families who stayed that they would be next.",
        "Mali", "last week", "women, children", "anonymous", "submit",
    ];

    [Fact]
    public async Task ConcernRaisedAsAlex_ReachesSamFocal_WithTheActionsOfTheFirstTier()
    {
        var chat = await ChatRun.RunAsync(string.Join('\n', [.. Intake, "/as Sam Focal", "pending", "/quit"]) + "\n");

        chat.AssertInOrder("Concern submitted", "Reference: HR-", "RufaBot to Sam Focal: Concern HR-", "(this is in Sam Focal's chat: /as Sam Focal to answer it)",
            "You are now Sam Focal", "Sam Focal> pending", "Concerns waiting for your action: 1");
        Assert.Single(Regex.Matches(chat.Output, "Concerns waiting for your action"));
        Assert.DoesNotMatch("/as [0-9a-f]{8}-", chat.Output);
        Assert.Contains("Acknowledge", chat.Output, StringComparison.Ordinal);
        Assert.Contains("Escalate to the country level", chat.Output, StringComparison.Ordinal);
        Assert.Contains("Assigned: Sam Focal", chat.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRun_StartsOnAFreshDatabase_UnlessKept()
    {
        var folder = Directory.CreateTempSubdirectory("rufabot-chat-").FullName;
        try
        {
            string[] kept = ["--keep", "--contentRoot", folder];
            await ChatRun.RunAsync(string.Join('\n', [.. Intake, "/quit"]) + "\n", kept);
            const string Pending = "/as Sam Focal\npending\n/quit\n";

            var fresh = await ChatRun.RunAsync(Pending, "--contentRoot", folder);
            var again = await ChatRun.RunAsync(Pending, kept);

            fresh.AssertInOrder("Sam Focal> pending", "Nothing is waiting for your action.");
            again.AssertInOrder("Sam Focal> pending", "Concerns waiting for your action: 1");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RoutingGivenOnTheCommandLine_ReplacesTheDemoRouting()
    {
        Assert.NotEmpty(ChatDemoRouting.Args([]));
        Assert.Empty(ChatDemoRouting.Args(["--Escalation:Routing:Tiers:B1:Default:FocalPoints:0:AadObjectId=6f1d0a52-2c1e-4f3b-9a57-0d7c1e2b3a40"]));

        var chat = await ChatRun.RunAsync(string.Join('\n', [.. Intake, "/as Sam Focal", "pending", "/quit"]) + "\n",
            "--Escalation:Routing:Tiers:B1:Default:FocalPoints:0:AadObjectId", "6f1d0a52-2c1e-4f3b-9a57-0d7c1e2b3a40",
            "--Escalation:Routing:Tiers:B1:Default:FocalPoints:0:DisplayName", "Someone Else");

        chat.AssertInOrder("Concern submitted", "You are now Sam Focal");
        Assert.DoesNotContain("Concerns waiting for your action: 1", chat.Output, StringComparison.Ordinal);
    }
}
