using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RufaBot.Web;

/// <summary>
/// The anonymous web door (docs/web-door.md): the intake as plain HTML forms at <c>WebDoor:Path</c>, its receipt, a
/// page on staying safer, and the follow-up page. Off with <c>WebDoor:Enabled = false</c>; on one host name only with
/// <c>WebDoor:Host</c>.
/// </summary>
internal static class WebDoorExtensions
{
    public const string PostPolicy = "web-door-posts";

    public static WebApplicationBuilder AddWebDoor(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebDoorOptions>().BindConfiguration(WebDoorOptions.Section)
            .Validate(WebDoorOptions.IsValid, "WebDoor: Path must start with '/' and name a path (no trailing '/', query or fragment); lifetimes, windows and limits must be positive.")
            .ValidateOnStart();
        services.AddDataProtection();
        services.AddSingleton<DoorState>();
        services.AddSingleton<DoorIntake>();
        services.AddSingleton<FollowUpThrottle>();
        services.AddTransient<IStartupFilter, DoorPrivacy>();
        // One count for all the door's posts together: no address is kept, so nobody can be told apart.
        services.AddRateLimiter(limiter => limiter.AddPolicy(PostPolicy, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("");
            var perMinute = context.RequestServices.GetRequiredService<IOptions<WebDoorOptions>>().Value.PostsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter("door", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            });
        }));
        return builder;
    }

    public static WebApplication MapWebDoor(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WebDoorOptions>>().Value;
        if (!options.Enabled) return app;
        Log.Open(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebDoorExtensions).FullName!), options.Path, options.Host ?? "any");

        var door = app.MapGroup(options.Path).RequireRateLimiting(PostPolicy).ExcludeFromDescription();
        if (!string.IsNullOrWhiteSpace(options.Host)) door.RequireHost(options.Host);
        door.MapGet("", IntakePages.Landing);
        door.MapPost("/start", IntakePages.StartAsync);
        door.MapPost("", IntakePages.ContinueAsync);
        door.MapGet("/safer", IntakePages.Safer);
        door.MapGet("/follow-up", FollowUpPages.Show);
        door.MapPost("/follow-up", FollowUpPages.PostAsync);
        door.MapPost("/follow-up/check-in", FollowUpPages.PostCheckInAsync);
        door.MapGet("/door.css", DoorStylesheet.Serve);
        return app;
    }
}
