using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Files;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Storage;

namespace RufaBot.Tests.Web.Files;

/// <summary>
/// Files on the follow-up page, over HTTP: told by their bytes whatever the browser calls them, stored encrypted and
/// without photo metadata under a neutral name, counted on the focal point's card, downloaded by an entitled focal
/// point through a signed link (recorded in the trail) and refused to a forged link or a focal point who lost access.
/// A refused file adds nothing and keeps the text.
/// </summary>
public sealed class WebFileUploadTests : EscalationBot
{
    private const string ReporterFileName = "DoorProbe-name-9Z.exe";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["WebDoor:MaxFileBytes"] = "65536",
        ["WebDoor:MaxFilesPerPost"] = "2",
        ["WebDoor:MaxFilesPerConcern"] = "3",
    };

    [Fact]
    public async Task APhotoAndAPng_AreStoredEncryptedWithoutMetadata_AndAnEntitledFocalPointDownloadsThem()
    {
        var (reference, passphrase) = await UnlinkedAsync();
        var (jpeg, png) = (TestImages.JpegWithGps(), TestImages.PngWithMetadata());

        var (status, html) = await FileUpload.PostAsync(Bot, reference, passphrase, "Photos of the trucks.",
            (ReporterFileName, jpeg, "application/x-msdownload"), ("notes.txt", png, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2 file(s) were added to your concern", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("you sent a file.").Length - 1);
        Assert.Contains("Files you have sent: 2 of 3.", html, StringComparison.Ordinal);
        Assert.Contains("you added information: Photos of the trucks.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("DoorProbe", html, StringComparison.Ordinal);

        await using (var db = NewContext())
        {
            var files = await db.ConcernFiles.AsNoTracking().OrderBy(f => f.Number).ToListAsync();
            Assert.Equal(["file-1.jpg", "file-2.png"], files.Select(f => f.Name));
            Assert.Equal(["image/jpeg", "image/png"], files.Select(f => f.ContentType));
            Assert.Equal(FileCheck.Check(jpeg).File!.Content, files[0].Content);
            Assert.Equal(FileCheck.Check(png).File!.Content, files[1].Content);
            Assert.All(files, f => Assert.DoesNotContain("Probe", Encoding.Latin1.GetString(f.Content), StringComparison.Ordinal));
            var clearStart = Convert.ToHexString(files[0].Content.AsSpan(0, 64));
            foreach (var (table, column, value) in await DatabaseScan.AllCellsAsync(db))
            {
                Assert.False(value.Contains("DoorProbe", StringComparison.OrdinalIgnoreCase), $"{table}.{column} holds the reporter's file name");
                Assert.False(value.Contains(TestImages.Camera, StringComparison.Ordinal), $"{table}.{column} holds the photo's metadata");
                Assert.False(value.Contains(clearStart, StringComparison.OrdinalIgnoreCase), $"{table}.{column} holds the photo in the clear");
            }
        }

        await DrainOutboxAsync();
        Assert.Contains(Connector.ActivitiesTo("a:chat-" + Fp1), a => a.ToJsonString().Contains("2 file(s) from the reporter", StringComparison.Ordinal));
        var concern = await LoadAsync(reference);
        var card = CardOf((await PressAsync(Fp1, "refresh", concern)).Body);
        Assert.Contains("fileLinks", Verbs(card));

        var links = FileUpload.Links((await PressAsync(Fp1, "fileLinks", concern)).Body.ToJsonString());
        Assert.Equal(["file-1.jpg", "file-2.png"], links.Select(l => l.Name));
        using var download = await Bot.GetAsync(links[0].Url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("file-1.jpg", download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox; default-src 'none'", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-store", download.Headers.CacheControl!.ToString());
        Assert.Equal(FileCheck.Check(jpeg).File!.Content, await download.Content.ReadAsByteArrayAsync());

        var trail = (await LoadAsync(reference)).Events.Where(e => e.Kind == ConcernEventKind.FileDownloaded).ToList();
        var downloaded = Assert.Single(trail);
        Assert.Equal(App.Services.GetRequiredService<ReporterKeys>().Actor(Fp1), downloaded.ActorKey);
        Assert.Null(downloaded.Note);
    }

    [Fact]
    public async Task AForgedOrMovedLink_IsRefused_AndSoIsAFocalPointWhoLostAccess()
    {
        var (reference, passphrase) = await UnlinkedAsync();
        await FileUpload.PostAsync(Bot, reference, passphrase, "", ("a.jpg", TestImages.JpegWithGps(), "image/jpeg"), ("b.txt", "Plain words."u8.ToArray(), "text/plain"));
        var links = FileUpload.Links((await PressAsync(Fp1, "fileLinks", await LoadAsync(reference))).Body.ToJsonString());
        Assert.Equal(2, links.Count);

        var url = links[0].Url.ToString();
        var forged = url[..^6] + (url[^6] == 'A' ? 'B' : 'A') + url[^5..];
        await AssertRefusedAsync(forged, HttpStatusCode.Forbidden);
        var moved = url.Replace(links[0].Url.Segments[^1], links[1].Url.Segments[^1], StringComparison.Ordinal);
        await AssertRefusedAsync(moved, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(url.Split('?')[0], HttpStatusCode.Forbidden);

        // Someone with no part in the concern is given nothing.
        Assert.Empty(FileUpload.Links((await PressAsync(Hq, "fileLinks", await LoadAsync(reference))).Body.ToJsonString()));

        await PressAsync(Fp1, "declareConflict", await LoadAsync(reference));
        await AssertRefusedAsync(url, HttpStatusCode.Forbidden);
        Assert.DoesNotContain((await LoadAsync(reference)).Events, e => e.Kind == ConcernEventKind.FileDownloaded);
    }

    [Fact]
    public async Task AReviewerWhoReadsTheDeIdentifiedCard_IsOfferedNoFiles_AndGetsNoLinks()
    {
        var (reference, passphrase) = await UnlinkedAsync();
        await FileUpload.PostAsync(Bot, reference, passphrase, "", ("n.txt", "Plain words."u8.ToArray(), "text/plain"));
        await PressAsync(Fp1, "escalate", await LoadAsync(reference), ("escalateReason", "to country"));
        await PressAsync(Adviser, "escalate", await LoadAsync(reference), ("escalateReason", "to region"));

        var concern = await LoadAsync(reference);
        Assert.Equal(EscalationTier.B3, concern.Tier);
        var card = CardOf((await PressAsync(Regional, "refresh", concern)).Body);
        Assert.DoesNotContain("fileLinks", Verbs(card));
        Assert.DoesNotContain("file(s) from the reporter", card.ToJsonString(), StringComparison.Ordinal);
        var (_, refused) = await PressAsync(Regional, "fileLinks", concern);
        Assert.Contains("Only the focal points who read this concern", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(FileUpload.Links(refused.ToJsonString()));
    }

    [Fact]
    public async Task AFileOfAnotherKind_AddsNothing_AndTheTextStaysInTheBox()
    {
        var (reference, passphrase) = await UnlinkedAsync();

        var (status, html) = await FileUpload.PostAsync(Bot, reference, passphrase, "The trucks were white.",
            ("photo.jpg", "MZ\u0090\0 a program"u8.ToArray(), "image/jpeg"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("File 1 is not a kind that can be sent here", html, StringComparison.Ordinal);
        Assert.Contains(">The trucks were white.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"files-help files-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error:", html, StringComparison.Ordinal);
        await AssertNothingAddedAsync(reference);
    }

    [Fact]
    public async Task TooLargeOrTooMany_AreRefusedWithTheLimits_AndNothingIsLost()
    {
        var (reference, passphrase) = await UnlinkedAsync();
        var big = Encoding.ASCII.GetBytes(new string('a', 70_000));
        var small = "A few words."u8.ToArray();

        var (status, html) = await FileUpload.PostAsync(Bot, reference, passphrase, "Kept words.", ("big.txt", big, "text/plain"), ("small.txt", small, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("File 1 is larger than 0.1 MB.", html, StringComparison.Ordinal);
        Assert.Contains(">Kept words.</textarea>", html, StringComparison.Ordinal);

        (status, html) = await FileUpload.PostAsync(Bot, reference, passphrase, "Kept words.", ("1.txt", small, "text/plain"), ("2.txt", small, "text/plain"), ("3.txt", small, "text/plain"));
        Assert.Contains("You can send 2 files at a time.", html, StringComparison.Ordinal);
        await AssertNothingAddedAsync(reference);

        (status, _) = await FileUpload.PostAsync(Bot, reference, passphrase, "", ("1.txt", small, "text/plain"), ("2.txt", small, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, status);
        (status, html) = await FileUpload.PostAsync(Bot, reference, passphrase, "Kept words.", ("3.txt", small, "text/plain"), ("4.txt", small, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("A concern can have 3 files; 1 more can be added.", html, StringComparison.Ordinal);
        Assert.Contains(">Kept words.</textarea>", html, StringComparison.Ordinal);
        await using (var db = NewContext())
            Assert.Equal(2, await db.ConcernFiles.CountAsync());

        // A body past every limit is refused before it is read.
        (status, html) = await FileUpload.PostAsync(Bot, reference, passphrase, "", ("huge.txt", new byte[600_000], "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("What was sent was too large (at most 0.4 MB at a time)", html, StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(string url, HttpStatusCode expected)
    {
        using var response = await Bot.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("JFIF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AssertNothingAddedAsync(string reference)
    {
        await using var db = NewContext();
        Assert.False(await db.ConcernFiles.AnyAsync());
        Assert.DoesNotContain((await LoadAsync(reference)).Events, e => e.Kind is ConcernEventKind.InformationAdded or ConcernEventKind.FileAdded);
    }

    private async Task<(string Reference, string Passphrase)> UnlinkedAsync()
    {
        var stored = await Concerns.CompleteIntakeAsync(ConcernIntake.From(IntakeAnswers.Full("unlinked")),
            new ReporterInfo("web-door:test", null, null), Guid.NewGuid().ToString("N"), CancellationToken.None);
        return (stored.Reference, stored.Passphrase!);
    }

    private async Task<Concern> LoadAsync(string reference)
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Reference == reference);
    }
}
