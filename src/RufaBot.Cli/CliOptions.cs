namespace RufaBot.Cli;

/// <summary>
/// <c>--name value</c> and <c>--name=value</c> options of one verb. Options may repeat (<see cref="All"/>); unknown
/// options and missing values are refused with the list of known ones.
/// </summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private CliOptions()
    {
    }

    public static CliOptions Parse(IReadOnlyList<string> args, params string[] known)
    {
        var options = new CliOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new CliException($"Unexpected argument '{arg}'. Options: {string.Join(", ", known.Select(k => "--" + k))}.");
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[2..equals] : arg[2..];
            if (!known.Contains(name))
                throw new CliException($"Unknown option '--{name}'. Options: {string.Join(", ", known.Select(k => "--" + k))}.");
            string value;
            if (equals > 0)
                value = arg[(equals + 1)..];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                value = args[++i];
            else
                throw new CliException($"Option '--{name}' needs a value.");
            if (!options._values.TryGetValue(name, out var list))
                options._values[name] = list = [];
            list.Add(value);
        }
        return options;
    }

    /// <summary>The value of an option given at most once; null when absent.</summary>
    public string? Single(string name) => All(name) switch
    {
        [] => null,
        [var one] => one,
        _ => throw new CliException($"Option '--{name}' is given more than once."),
    };

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
