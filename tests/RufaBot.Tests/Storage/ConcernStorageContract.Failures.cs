using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;

namespace RufaBot.Tests.Storage;

/// <summary>When the database fails, the chat hears it plainly, nothing is half-written, and a retry stores once.</summary>
public abstract partial class ConcernStorageContract
{
    [Fact]
    public async Task Submit_ConnectionDropsMidWrite_ThrowsUnavailable_StoresNothing_AndTheRetryStoresOnce()
    {
        var drop = new DropAfterConcernInsert();
        await using var flaky = await StartHostAsync(s => s.AddSingleton<IInterceptor>(drop));

        await Assert.ThrowsAsync<ConcernStorageUnavailableException>(() =>
            flaky.Concerns.SubmitAsync(Intake("named"), Reporter(), DraftId(), CancellationToken.None));

        Assert.Equal(1, drop.Dropped);
        Assert.Equal(0, await RowsAsync());
        drop.Armed = false;
        var reference = await flaky.Concerns.SubmitAsync(Intake("named"), Reporter(), DraftId(), CancellationToken.None);
        Assert.Equal(reference, await SubmitAsync("named"));
        Assert.Equal(3, await RowsAsync());
    }

    [Fact]
    public async Task DatabaseDown_EveryReporterCall_ThrowsUnavailable()
    {
        var reference = await SubmitAsync();
        var outage = new DatabaseOutage { Down = false };
        await using var down = await StartHostAsync(s => s.AddSingleton<IInterceptor>(outage));
        outage.Down = true;

        await Assert.ThrowsAsync<ConcernStorageUnavailableException>(() => down.Concerns.SubmitAsync(Intake("anonymous"), Reporter(), DraftId("2"), CancellationToken.None));
        await Assert.ThrowsAsync<ConcernStorageUnavailableException>(() => down.Concerns.ListForReporterAsync(AadId, CancellationToken.None));
        await Assert.ThrowsAsync<ConcernStorageUnavailableException>(() => down.Concerns.GetForReporterAsync(reference, AadId, CancellationToken.None));
        await Assert.ThrowsAsync<ConcernStorageUnavailableException>(() => down.Concerns.AddInformationAsync(reference, AadId, "more", CancellationToken.None));
        Assert.Contains(down.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Text.Contains("unavailable"));

        outage.Down = false;
        Assert.Single(await down.Concerns.ListForReporterAsync(AadId, CancellationToken.None));
    }

    [Fact]
    public async Task Submit_ABug_IsNotReportedAsAnOutage()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Host.Concerns.SubmitAsync(Intake("named"), Reporter(" "), DraftId(), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Host.Concerns.SubmitAsync(Intake("named"), Reporter(), "", CancellationToken.None));
        Assert.Equal(0, await RowsAsync());
    }
}
