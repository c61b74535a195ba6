using System.Text;
using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.Storage;

/// <summary>Anonymity is real: read the database as someone with a copy of it would, and find nobody in it.</summary>
public abstract partial class ConcernStorageContract
{
    /// <summary>The database's files, for providers that have them, read as raw bytes (free pages and WAL included).</summary>
    private protected virtual IEnumerable<string> DatabaseFiles() => [];

    [Theory]
    [InlineData("anonymous")]
    [InlineData("confidential")]
    [InlineData("named")]
    public async Task Submit_AnyConsent_LeavesNoIdentityAndNoFreeTextReadableInAnyColumn(string consent)
    {
        var reference = await SubmitAsync(consent);
        await Host.Concerns.AddInformationAsync(reference, AadId, $"Also, {DisplayName} saw it: {Secret}", CancellationToken.None);

        await using var db = Host.NewContext();
        var cells = await DatabaseScan.AllCellsAsync(db);

        // The scan really reads every table: the clear columns are there.
        Assert.Contains(cells, c => c.Table == "Concerns" && c.Value == reference);
        Assert.Contains(cells, c => c.Table == "Concerns" && c.Value == "Killings,Displacement");
        Assert.Contains(cells, c => c.Table == "ReporterLinks");
        Assert.Contains(cells, c => c.Table == "ConcernEvents" && c.Value == "InformationAdded");
        foreach (var needle in Identity.Concat([IntakeAnswers.Narrative, "Kalemie, market", Secret, "market.jpg", "sharepoint", "a:1-conv"]))
        {
            var found = cells.Where(c => c.Value.Contains(needle, StringComparison.OrdinalIgnoreCase)).Select(c => $"{c.Table}.{c.Column}").ToList();
            Assert.True(found.Count == 0, $"'{needle}' readable in {string.Join(", ", found)}");
        }
    }

    [Fact]
    public async Task Submit_Anonymous_LeavesNoIdentityInTheDatabaseFiles()
    {
        await SubmitAsync("anonymous");
        await SubmitAsync("named", draft: "2");

        foreach (var file in DatabaseFiles().Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var needle in Identity.Concat([IntakeAnswers.Narrative]))
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) < 0, $"'{needle}' in {Path.GetFileName(file)}");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) < 0, $"'{needle}' (UTF-16) in {Path.GetFileName(file)}");
            }
        }
    }

    [Fact]
    public async Task Submit_Anonymous_KeepsOnlyTheReporterKeyAndTheChatAddress()
    {
        var id = await IdOfAsync(await SubmitAsync("anonymous"));

        await using var db = Host.NewContext();
        var link = await db.ReporterLinks.SingleAsync(l => l.ConcernId == id);
        Assert.Null(link.DisplayName);
        Assert.Null(link.AadObjectId);
        Assert.Null(link.DutyStation);
        Assert.Empty(link.Attachments);
        Assert.Equal($"a:1-conv-{UserId}", link.Conversation?.ConversationId);
        Assert.Matches("^[0-9a-f]{64}$", link.ReporterKey);
        Assert.Single(await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("confidential")]
    [InlineData("named")]
    public async Task FocalPointView_InAnyConsent_HoldsNoIdentity_AndTheReadIsAudited(string consent)
    {
        var id = await IdOfAsync(await SubmitAsync(consent));

        var view = await Host.Concerns.GetForFocalPointAsync(id, new FocalPointViewer(ConcernRole.CountryFocalPoint, OtherAadId), CancellationToken.None);

        var json = System.Text.Json.JsonSerializer.Serialize(view);
        foreach (var needle in Identity.Concat(["market.jpg", "sharepoint", "a:1-conv"]))
            Assert.DoesNotContain(needle, json, StringComparison.OrdinalIgnoreCase);
        await using var db = Host.NewContext();
        var read = await db.ConcernEvents.Where(e => e.ConcernId == id && e.Kind == ConcernEventKind.Viewed).SingleAsync();
        Assert.Equal(ConcernRole.CountryFocalPoint, read.ActorRole);
        Assert.Matches("^[0-9a-f]{64}$", read.ActorKey);
        Assert.DoesNotContain(view!.History, e => e.Kind == ConcernEventKind.Viewed);
    }

    private static async Task<byte[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }
}
