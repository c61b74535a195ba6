using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RufaBot.LoadDriver;

/// <summary>POSTs activities to /api/messages of the bot processes; turn n of a conversation goes to bot n mod count.</summary>
internal sealed class BotClient(IReadOnlyList<Uri> bots) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(90),
    };

    public async Task<(int Status, string Body)> PostAsync(JsonObject activity, int turn)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(bots[turn % bots.Count], "api/messages"), activity);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _http.Dispose();
}
