using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RufaBot.Cli;

/// <summary>
/// Stands in for Kestrel in chat mode: requests are handed to the app's real pipeline (routing, the bot endpoint,
/// authentication, the turn) as if they came from 127.0.0.1, without opening a port.
/// </summary>
internal sealed class InProcessServer : IServer
{
    private Func<byte[], Task<(int Status, byte[] Body)>>? _post;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull
    {
        _post = body => PostAsync(application, body);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _post = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }

    /// <summary><c>POST /api/messages</c> with a JSON body; the status and body of the response.</summary>
    public Task<(int Status, byte[] Body)> PostMessagesAsync(byte[] json) =>
        (_post ?? throw new InvalidOperationException("The bot is not running."))(json);

    private static async Task<(int Status, byte[] Body)> PostAsync<TContext>(IHttpApplication<TContext> application, byte[] json) where TContext : notnull
    {
        var request = new HttpRequestFeature
        {
            Method = "POST",
            Scheme = "http",
            Protocol = "HTTP/1.1",
            Path = "/api/messages",
            RawTarget = "/api/messages",
            Body = new MemoryStream(json),
        };
        request.Headers.Host = "localhost";
        request.Headers.ContentType = "application/json; charset=utf-8";
        request.Headers.ContentLength = json.Length;
        var response = new HttpResponseFeature();
        var body = new MemoryStream();

        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature());
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
            LocalIpAddress = IPAddress.Loopback,
            RemoteIpAddress = IPAddress.Loopback,
        });

        var context = application.CreateContext(features);
        Exception? failure = null;
        try
        {
            await application.ProcessRequestAsync(context);
        }
        catch (Exception exception)
        {
            failure = exception;
            throw;
        }
        finally
        {
            application.DisposeContext(context, failure);
        }
        return (response.StatusCode, body.ToArray());
    }
}
