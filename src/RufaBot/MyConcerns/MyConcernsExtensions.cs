using RufaBot.Turns;

namespace RufaBot.MyConcerns;

/// <summary>Registers "my concerns": the reporter's list, one concern, adding information, cutting one's link, the
/// follow-up of unlinked concerns by reference and passphrase, and the submitted card.</summary>
internal static class MyConcernsExtensions
{
    public static WebApplicationBuilder AddMyConcerns(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<MyConcernsWording>();
        services.AddSingleton<MyConcernsCards>();
        services.AddSingleton<MyConcernsTextReplies>();
        services.AddSingleton<SubmittedCard>();
        services.AddSingleton<IChatCommand, MyConcernsCommand>();
        services.AddSingleton<IChatCommand, FollowUpCommand>();
        return builder;
    }
}
