using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RufaBot.Induction;

namespace RufaBot.Cli;

/// <summary>
/// <c>export-induction --entity ENTITY [--out FILE.csv] [host options]</c>: writes an entity's completions of RufaBot's introduction
/// as CSV (<see cref="InductionCsv"/>), to the file or, without <c>--out</c>, to standard output for scripts. It opens
/// the database exactly as the web host would (its configuration, migrations applied), without opening a port.
/// Host options such as <c>--environment</c> or <c>--ConnectionStrings:Rufa=…</c> are passed on.
/// </summary>
internal static class ExportInductionCommand
{
    private const string Usage = "Usage: export-induction --entity ENTITY [--out FILE.csv] [host options such as --environment Production].";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (entity, outFile, hostArgs) = Parse(args);
        InProcessBot host;
        try
        {
            host = await InProcessBot.StartAsync(hostArgs, connector: null, new ChatLoggerProvider(error));
        }
        catch (Exception problem)
        {
            throw new CliException($"RufaBot did not start: {problem.Message}", RufaCli.Failed);
        }
        await using (host)
        {
            var rows = await host.Services.GetRequiredService<InductionRecords>().ForEntityAsync(entity, host.Stopping);
            var counts = host.Services.GetRequiredService<IOptions<InductionOptions>>().Value.CountsAsMandatoryInduction;
            var csv = InductionCsv.Write(rows, counts);
            // Said beside the file too, so nobody reads the export as the mandatory induction unless configured so.
            var what = counts
                ? "RufaBot's introduction to Human Rights up Front, counted by this organisation as part of its mandatory induction"
                : "RufaBot's introduction to Human Rights up Front, not the mandatory induction of the Detailed Action Plan";
            if (outFile is null)
            {
                await output.WriteAsync(csv);
                await error.WriteLineAsync($"{rows.Count} completions of {entity} ({what}).");
                return RufaCli.Ok;
            }
            var path = UserPaths.Resolve(outFile);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // UTF-8 with a byte order mark, so spreadsheet programs read accented names correctly.
            await File.WriteAllTextAsync(path, csv, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await output.WriteLineAsync($"Wrote {rows.Count} completions of {entity} ({what}) to {path}");
            return RufaCli.Ok;
        }
    }

    private static (string Entity, string? Out, List<string> HostArgs) Parse(string[] args)
    {
        string? entity = null, outFile = null;
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            if (name is not ("--entity" or "--out"))
            {
                host.Add(args[i]);
                continue;
            }
            value ??= i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new CliException($"Option '{name}' needs a value. {Usage}");
            if ((name == "--entity" ? entity : outFile) is not null)
                throw new CliException($"Option '{name}' is given more than once. {Usage}");
            if (name == "--entity")
                entity = value;
            else
                outFile = value;
        }
        if (string.IsNullOrWhiteSpace(entity))
            throw new CliException($"--entity is required: the entity as staff typed it in the induction, e.g. UNDP (case and spacing do not matter). {Usage}");
        if (host.Count > 0 && !host[0].StartsWith('-'))
            throw new CliException($"Unexpected argument '{host[0]}'. {Usage}");
        return (entity, outFile, host);
    }
}
