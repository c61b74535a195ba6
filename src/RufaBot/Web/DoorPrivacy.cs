using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace RufaBot.Web;

/// <summary>
/// Runs first for every request under the door's path, whatever answers it (a page, a 404, a 429): the security
/// headers (nothing from another host, no framing, no referrer, no caching, no sniffing, no device features), and the
/// request's trace stripped of who sent it. ASP.NET Core's request activity may carry the client's address, port,
/// user agent, headers and query; a trace exporter would send them on, so they are removed before and after the
/// request runs. The app logs no request headers, and Kestrel and hosting log none of these (WebDoorPrivacyTests).
/// </summary>
internal sealed class DoorPrivacy(IOptions<WebDoorOptions> options) : IStartupFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly string[] IdentifyingTags =
        ["client.address", "client.port", "network.peer.address", "network.peer.port", "user_agent.original", "url.query", "url.full", "http.url", "http.user_agent", "http.client_ip", "net.peer.ip", "net.peer.port"];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var o = options.Value;
        if (o.Enabled)
            app.UseWhen(context => context.Request.Path.StartsWithSegments(o.Path), door => door.Use(async (context, inner) =>
            {
                Strip(context.Features.Get<IHttpActivityFeature>()?.Activity);
                context.Response.OnStarting(() =>
                {
                    Secure(context.Response.Headers);
                    return Task.CompletedTask;
                });
                try
                {
                    await inner(context);
                }
                finally
                {
                    Strip(context.Features.Get<IHttpActivityFeature>()?.Activity);
                }
            }));
        next(app);
    };

    internal static void Secure(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()";
    }

    private static void Strip(Activity? activity)
    {
        if (activity is null) return;
        foreach (var tag in IdentifyingTags) activity.SetTag(tag, null);
        foreach (var (name, _) in activity.TagObjects.ToList())
        {
            if (name.StartsWith("http.request.header.", StringComparison.Ordinal)) activity.SetTag(name, null);
        }
    }
}
