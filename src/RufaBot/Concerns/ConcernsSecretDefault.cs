using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// Fills an unset <see cref="ConcernsOptions.ReporterKeySecret"/> with a generated one, kept in the key ring folder so
/// "my concerns" survives restarts; with an in-memory database, a random one for the process. Warns either way, once:
/// IOptions and IOptionsMonitor each build the options, and both must get the same secret.
/// </summary>
internal sealed class ConcernsSecretDefault(StorageLocation location, ILogger<ConcernsSecretDefault> logger) : IPostConfigureOptions<ConcernsOptions>
{
    private const string FileName = "reporter-key.secret";

    private readonly Lazy<string> _secret = new(() => Default(location, logger));

    public void PostConfigure(string? name, ConcernsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ReporterKeySecret))
            options.ReporterKeySecret = _secret.Value;
    }

    private static string Default(StorageLocation location, ILogger logger)
    {
        if (location.KeyRingFolder is not { } folder)
        {
            Log.ReporterSecretEphemeral(logger);
            return NewSecret();
        }
        var path = Path.Combine(folder, FileName);
        var secret = ReadOrCreate(path);
        Log.ReporterSecretGenerated(logger, path);
        return secret;
    }

    private static string ReadOrCreate(string path)
    {
        DataFolder.Ensure(Path.GetDirectoryName(path)!);
        try
        {
            var stream = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                stream.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            var secret = NewSecret();
            using (var writer = new StreamWriter(path, stream))
                writer.Write(secret);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first: use theirs.
            return File.ReadAllText(path).Trim();
        }
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
