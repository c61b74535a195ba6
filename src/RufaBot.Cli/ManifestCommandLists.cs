using System.Text.Json.Nodes;
using RufaBot.Commands;

namespace RufaBot.Cli;

/// <summary>
/// The manifest's <c>commandLists</c>: one list per Teams scope, in the order of <see cref="BotCommands.All"/>, with
/// the limits Teams applies to the command menu checked here rather than discovered at upload.
/// </summary>
internal static class ManifestCommandLists
{
    public const int MaxTitleLength = 32;
    public const int MaxDescriptionLength = 128;

    public static readonly IReadOnlyList<(BotCommands.Scope Scope, string Name)> Scopes =
    [
        (BotCommands.Scope.Personal, "personal"),
        (BotCommands.Scope.Team, "team"),
        (BotCommands.Scope.GroupChat, "groupChat"),
    ];

    public static JsonArray Build(IReadOnlyList<BotCommands.Command> commands)
    {
        foreach (var command in commands)
        {
            if (command.Title.Length is 0 or > MaxTitleLength || command.Description.Length is 0 or > MaxDescriptionLength)
                throw new CliException($"Command '{command.Title}': Teams needs a title of 1-{MaxTitleLength} characters and a description of 1-{MaxDescriptionLength}.", RufaCli.Failed);
        }

        var lists = new JsonArray();
        foreach (var (scope, name) in Scopes)
        {
            var inScope = commands.Where(c => c.Scopes.HasFlag(scope)).ToList();
            if (inScope.Count == 0)
                continue;
            if (inScope.Count > BotCommands.MaxPerScope)
                throw new CliException($"{inScope.Count} commands in scope {name}; Teams shows at most {BotCommands.MaxPerScope}.", RufaCli.Failed);
            var list = new JsonArray();
            foreach (var command in inScope)
                list.Add(new JsonObject { ["title"] = command.Title, ["description"] = command.Description });
            lists.Add(new JsonObject { ["scopes"] = new JsonArray(name), ["commands"] = list });
        }
        return lists;
    }
}
