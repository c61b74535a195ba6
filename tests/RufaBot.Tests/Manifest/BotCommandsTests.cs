using RufaBot.Cli;
using RufaBot.Commands;

namespace RufaBot.Tests.Manifest;

/// <summary>The command menu fits what Teams shows, and the packer refuses a list that does not.</summary>
public sealed class BotCommandsTests
{
    [Fact]
    public void Commands_FitTeamsLimits()
    {
        Assert.Equal(BotCommands.All.Count, BotCommands.All.Select(c => c.Title.ToLowerInvariant()).Distinct().Count());
        Assert.All(BotCommands.All, c =>
        {
            Assert.InRange(c.Title.Length, 1, ManifestCommandLists.MaxTitleLength);
            Assert.InRange(c.Description.Length, 1, ManifestCommandLists.MaxDescriptionLength);
            Assert.NotEqual(default, c.Scopes);
        });
        foreach (var (scope, _) in ManifestCommandLists.Scopes)
            Assert.InRange(BotCommands.All.Count(c => c.Scopes.HasFlag(scope)), 0, BotCommands.MaxPerScope);
    }

    [Fact]
    public void MoreThanTenCommandsInAScope_AreRefused()
    {
        var eleven = Enumerable.Range(1, 11).Select(i => new BotCommands.Command($"command {i}", "does something", BotCommands.Scope.Team)).ToList();

        var problem = Assert.Throws<CliException>(() => ManifestCommandLists.Build(eleven));
        Assert.Contains("11 commands in scope team", problem.Message);
    }

    [Fact]
    public void PersonalOnlyCommands_StayOutOfSharedLists()
    {
        var lists = ManifestCommandLists.Build(
        [
            new("raise a concern", "Tell a focal point, safely", BotCommands.Scope.Personal),
            new("help", "What I can do", BotCommands.Scope.Everywhere),
        ]);

        Assert.Equal(3, lists.Count);
        Assert.Equal(["raise a concern", "help"], lists[0]!["commands"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal(["help"], lists[1]!["commands"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal(["help"], lists[2]!["commands"]!.AsArray().Select(c => (string?)c!["title"]));
    }
}
