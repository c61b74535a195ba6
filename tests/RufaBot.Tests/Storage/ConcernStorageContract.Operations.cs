using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.Storage;

/// <summary>Running it: migrations, restarts, health, logs.</summary>
public abstract partial class ConcernStorageContract
{
    [Fact]
    public async Task Migrations_CoverTheModel_AndAreAllApplied()
    {
        await using var db = Host.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add for both providers (README, Storage)");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Restart_KeepsTheKeyRingAndTheReporterSecret()
    {
        var reference = await SubmitAsync("confidential");
        var id = await IdOfAsync(reference);
        await Host.DisposeAsync();

        Host = await StartHostAsync();

        Assert.Equal(reference, Assert.Single(await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None)).Reference);
        Assert.Equal(IntakeAnswers.Narrative, (await Host.Concerns.GetForReporterAsync(reference, AadId, CancellationToken.None))?.Description);
        Assert.Equal(DisplayName, (await Host.Concerns.RevealReporterAsync(id, new FocalPointViewer(ConcernRole.EntityFocalPoint, OtherAadId), CancellationToken.None))?.DisplayName);
        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("Concerns:ReporterKeySecret is not set"));
    }

    [Fact]
    public async Task ConfiguredSecret_ReplacesTheDevelopmentOne_AndDisconnectsOldKeys()
    {
        await SubmitAsync();
        await Host.DisposeAsync();

        Host = await StartHostAsync(overrides: new Dictionary<string, string?> { ["Concerns:ReporterKeySecret"] = new string('s', 40) });

        Assert.Empty(await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None));
        Assert.DoesNotContain(Host.Logs.Entries, e => e.Text.Contains("Concerns:ReporterKeySecret is not set"));
    }

    [Fact]
    public async Task ShortSecret_StopsStartUp()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() =>
            StartHostAsync(overrides: new Dictionary<string, string?> { ["Concerns:ReporterKeySecret"] = "short" }));

        Assert.Contains("Concerns:ReporterKeySecret", exception.Message);
    }

    [Fact]
    public async Task HealthCheck_ReportsTheDatabase()
    {
        var report = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["database"].Status);
    }

    [Fact]
    public async Task Logs_HoldNoIdentity_NoText_AndNoReference()
    {
        var reference = await SubmitAsync("named");
        await SubmitAsync("named");
        var id = await IdOfAsync(reference);
        await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None);
        await Host.Concerns.AddInformationAsync(reference, AadId, Secret, CancellationToken.None);
        await Host.Concerns.GetForReporterAsync(reference, AadId, CancellationToken.None);
        await Host.Concerns.GetForFocalPointAsync(id, new FocalPointViewer(ConcernRole.EntityFocalPoint, OtherAadId), CancellationToken.None);
        await Host.Concerns.RevealReporterAsync(id, new FocalPointViewer(ConcernRole.EntityFocalPoint, OtherAadId), CancellationToken.None);

        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Debug && e.Text.Contains("Concern stored at tier B1"));
        Assert.DoesNotContain(Host.Logs.Entries, e => e.Level >= LogLevel.Information && e.Category.StartsWith("RufaBot") && e.Text.Contains("Concern stored"));
        foreach (var needle in Identity.Concat([IntakeAnswers.Narrative, Secret, reference, OtherAadId]))
            Assert.DoesNotContain(Host.Logs.Entries, e => e.Text.Contains(needle, StringComparison.OrdinalIgnoreCase));
    }
}
