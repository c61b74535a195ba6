using System.Text.Json;

namespace RufaBot.Cli;

/// <summary>
/// The conversation in the terminal. Each line is a message to the bot or a chat command (/1, /set, /as, /locale,
/// /help, /quit); it reads the same from a keyboard or from a script piped into standard input.
/// </summary>
internal sealed partial class ChatSession(InProcessBot bot, ChatScreen screen, ChatDirectory directory, TextReader input, bool echo)
{
    private readonly HashSet<string> _installed = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<string?> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ChatUser _user = null!;
    private string _locale = "en-US";

    public async Task RunAsync(string userName, string locale)
    {
        _locale = locale;
        using var stopping = bot.Stopping.Register(() => _stopped.TrySetResult(null));
        screen.Note("RufaBot in your terminal: the real bot with its dialogs, storage and knowledge. Type a message, or /help.");
        await SwitchToAsync(userName, announce: false);
        while (await ReadAsync(_user.Name) is { } line)
        {
            if (!await HandleAsync(line.Trim()))
                break;
        }
    }

    private async Task<bool> HandleAsync(string line)
    {
        if (line.Length == 0)
            return true;
        if (!line.StartsWith('/') || line.StartsWith("//", StringComparison.Ordinal))
        {
            await SayAsync(line.StartsWith('/') ? line[1..] : line);
            return true;
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var (command, rest) = space < 0 ? (line, "") : (line[..space], line[(space + 1)..].Trim());
        switch (command.ToLowerInvariant())
        {
            case "/quit" or "/exit":
                return false;
            case "/help":
                Help();
                break;
            case "/as" when rest.Length == 0:
                screen.Note($"You are {_user.Name}: id {_user.Id}, Entra object id {_user.AadObjectId}, conversation {_user.ConversationId}.");
                break;
            case "/as":
                await SwitchToAsync(rest, announce: true);
                break;
            case "/locale" when rest.Length > 0:
                _locale = rest;
                screen.Note($"Messages now say they are in {_locale}.");
                break;
            case "/set":
                Set(rest);
                break;
            case var press when int.TryParse(press[1..], out var number):
                await PressAsync(number);
                break;
            default:
                screen.Note($"Unknown command {command}. /help lists them; start a message with // to send a slash.");
                break;
        }
        return true;
    }

    private async Task SwitchToAsync(string name, bool announce)
    {
        if (announce)
            await OutboxSettling.WaitAsync(bot.Services, bot.Stopping);
        _user = directory.Named(name);
        screen.Current = _user;
        if (announce)
            screen.Note($"You are now {_user.Name} ({_user.Id}), in {_user.Name}'s private chat with RufaBot.");
        // The first time someone appears, they install the app, as in Teams: the bot welcomes them.
        if (_installed.Add(_user.ConversationId))
            await SendAsync(ChatActivities.Installed(_user, _locale));
    }

    private Task SayAsync(string text) => SendAsync(ChatActivities.Message(_user, _locale, text));

    private async Task<JsonElement?> SendAsync(BotProtocol.Activity activity)
    {
        var (status, body) = await bot.SendAsync(activity);
        if (status == 501)
            screen.Note("RufaBot does not handle that action (HTTP 501).");
        else if (status >= 400)
            screen.Note($"RufaBot answered HTTP {status}.");
        return body;
    }

    private async Task<string?> ReadAsync(string prompt)
    {
        screen.Prompt(prompt);
        // A console read blocks; reading on the side lets Ctrl+C (which stops the host) end the session.
        var read = Task.Run(input.ReadLine);
        var line = await await Task.WhenAny(read, _stopped.Task);
        if (line is null)
            screen.Echo("");
        else if (echo)
            screen.Echo(line);
        return line;
    }

    private void Help()
    {
        screen.Note("Type a message and press Enter to send it to RufaBot. Chat commands:");
        screen.Note("  /1, /2 ...        press a button of the latest card or suggestion");
        screen.Note("  /set FIELD VALUE  fill a card field by number or id; a choice by number, several as 1,3");
        screen.Note("  /as NAME          talk as someone else, in their own private chat (e.g. /as Sam Focal); /as alone shows your ids");
        screen.Note("  /locale TAG       the language your messages say they are in, e.g. /locale fr-FR");
        screen.Note("  /help             this list");
        screen.Note("  /quit             leave (so does the end of the input, or Ctrl+C)");
    }
}
