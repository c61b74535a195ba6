namespace BotProtocol;

/// <summary>Reads an <c>Authorization</c> header that must be exactly <c>Bearer &lt;token&gt;</c>.</summary>
internal static class BearerHeader
{
    public static bool TryParse(string header, out string token)
    {
        token = "";
        var parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
            return false;
        if (parts[1].Length == 0 || parts[1].Any(char.IsWhiteSpace))
            return false;
        token = parts[1];
        return true;
    }
}
