using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.EarlyWarning.Brief;
using RufaBot.EarlyWarning.CheckIns;
using RufaBot.EarlyWarning.Patterns;
using RufaBot.EarlyWarning.Relations;
using RufaBot.EarlyWarning.Reviews;
using RufaBot.Hosting;
using RufaBot.Turns;

namespace RufaBot.EarlyWarning;

/// <summary>
/// From single concerns to early warning (issue 22): related concerns after submission, pattern alerts to the B2 route and
/// the B3 secretariat, the Regional Quarterly Review brief, check-ins against retaliation, reviews of closed concerns. Uses Concerns and
/// Escalation; neither knows it. Call after <c>AddEscalationActions</c>.
/// </summary>
internal static class EarlyWarningExtensions
{
    public static WebApplicationBuilder AddEarlyWarning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EarlyWarningOptions>().BindConfiguration(EarlyWarningOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EarlyWarningOptions>, EarlyWarningOptionsValidator>();
        services.AddSingleton<SmallCounts>();

        services.AddSingleton<RelationCard>();
        services.AddSingleton<RelatedConcerns>();
        services.AddSingleton<IConcernIntakeHook>(sp => sp.GetRequiredService<RelatedConcerns>());
        services.AddSingleton<RelationSignal>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, RelationCommitInterceptor>();
        services.AddSingleton<RelationWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RelationWorker>());
        services.AddSingleton<IChatCommand, RelationCommand>();

        services.AddSingleton<PatternCard>();
        services.AddSingleton<PatternCheck>();
        services.AddHostedService<PatternWorker>();

        services.AddSingleton<BriefService>();
        services.AddSingleton<BriefAudience>();
        services.AddSingleton<BriefCard>();
        services.AddSingleton<BriefFiles>();
        services.TryAddSingleton<SignedTokens>();
        services.AddSingleton<BriefLinks>();
        services.AddSingleton<BriefDelivery>();
        services.AddSingleton<IChatCommand, BriefCommand>();
        services.AddSingleton<BriefScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<BriefScheduler>());

        services.AddSingleton<CheckInCard>();
        services.AddSingleton<IChatCommand, CheckInCommand>();
        services.AddSingleton<CheckInScheduler>();
        services.AddSingleton<FollowUpCheckIns>();

        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewCard>();
        services.AddSingleton<IChatCommand, ReviewCommand>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckInScheduler>());
        return builder;
    }

    /// <summary>The brief's signed download links (<see cref="BriefLinks"/>); the token is the only credential.</summary>
    public static WebApplication MapEarlyWarning(this WebApplication app)
    {
        app.MapGet(BriefLinks.Path + "/{token}", BriefEndpoint.GetAsync).ExcludeFromDescription();
        return app;
    }
}
