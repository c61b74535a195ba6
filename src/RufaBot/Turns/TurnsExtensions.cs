using RufaBot.Protocol;

namespace RufaBot.Turns;

/// <summary>Registers RufaBot's turn logic.</summary>
internal static class TurnsExtensions
{
    public static WebApplicationBuilder AddTurns(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton<IBot, RufaTurnHandler>();
        return builder;
    }
}
