namespace RufaBot.Hosting;

/// <summary>Registers the <see cref="BackgroundWorkGate"/> and marks the endpoints whose requests are people's turns.</summary>
internal static class BackgroundWorkExtensions
{
    public static void AddBackgroundWorkGate(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BackgroundWorkOptions>().BindConfiguration(BackgroundWorkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BackgroundWorkGate>();
    }

    /// <summary>Each request to these endpoints counts as an interactive turn while it runs: background work waits for it.</summary>
    public static TBuilder GivesWayToPeople<TBuilder>(this TBuilder endpoints) where TBuilder : IEndpointConventionBuilder =>
        endpoints.AddEndpointFilter(async (context, next) =>
        {
            using var turn = context.HttpContext.RequestServices.GetRequiredService<BackgroundWorkGate>().BeginInteractiveTurn();
            return await next(context);
        });
}
