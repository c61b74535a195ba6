using System.Runtime.CompilerServices;

namespace BotProtocol;

/// <summary>Builds Connector URLs: the service URL (which may carry a path such as <c>/teams/</c>) plus <c>v3/…</c>.</summary>
internal static class ConnectorUrl
{
    /// <summary><paramref name="serviceUrl"/>, forced to end in <c>/</c>, followed by <paramref name="relativePath"/>.</summary>
    public static Uri Build(string serviceUrl, string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new ArgumentException(
                "The service URL must be an absolute http or https URL without credentials, query or fragment.", nameof(serviceUrl));
        }
        var path = uri.GetLeftPart(UriPartial.Path);
        return new Uri(path.EndsWith('/') ? path + relativePath : path + "/" + relativePath, UriKind.Absolute);
    }

    /// <summary>An id as one path segment. Teams ids contain <c>:</c>, <c>@</c>, <c>;</c> and <c>=</c>, so they are escaped.</summary>
    public static string Id(string value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        return Uri.EscapeDataString(value);
    }
}
