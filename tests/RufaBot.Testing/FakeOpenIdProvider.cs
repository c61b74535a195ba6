using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RufaBot.Testing;

/// <summary>
/// OpenID metadata and JWKS on loopback. Each realm (e.g. <c>channel</c>, <c>entra/{tenant}</c>, <c>emulator</c>)
/// serves <c>/{realm}/metadata</c> and <c>/{realm}/keys</c>; keys can be replaced and fetches made to fail mid-test.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string Issuer, TestSigningKey[] Keys)> _realms = new();
    private volatile bool _failing;
    private LoopbackServer _server = null!;

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var provider = new FakeOpenIdProvider();
        provider._server = await LoopbackServer.StartAsync(provider.HandleAsync);
        return provider;
    }

    public string BaseUrl => _server.BaseAddress.ToString();

    public string MetadataUrl(string realm) => $"{BaseUrl}{realm}/metadata";

    public void Publish(string realm, string issuer, params TestSigningKey[] keys) => _realms[realm] = (issuer, keys);

    /// <summary>From now on every request answers 500.</summary>
    public void Fail() => _failing = true;

    public int KeyFetches(string realm) => _server.Requests.Count(r => r.PathAndQuery == $"/{realm}/keys");

    public int MetadataFetches(string realm) => _server.Requests.Count(r => r.PathAndQuery == $"/{realm}/metadata");

    public int Fetches => _server.Requests.Count;

    private async Task HandleAsync(HttpContext context, RecordedRequest request)
    {
        var path = request.PathAndQuery.TrimStart('/');
        var slash = path.LastIndexOf('/');
        if (_failing || slash < 0 || !_realms.TryGetValue(path[..slash], out var realm))
        {
            context.Response.StatusCode = _failing ? 500 : 404;
            return;
        }
        JsonObject? document = path[(slash + 1)..] switch
        {
            "metadata" => new JsonObject { ["issuer"] = realm.Issuer, ["jwks_uri"] = $"{BaseUrl}{path[..slash]}/keys" },
            "keys" => new JsonObject { ["keys"] = new JsonArray([.. realm.Keys.Select(k => (JsonNode)k.ToJwk())]) },
            _ => null,
        };
        if (document is null)
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(document.ToJsonString());
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
