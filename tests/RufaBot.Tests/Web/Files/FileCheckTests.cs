using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.Xmp;
using RufaBot.Concerns.Files;
using SkiaSharp;

namespace RufaBot.Tests.Web.Files;

/// <summary>
/// A file is what its bytes say, whatever it is called; a photo leaves without what it says about itself (read back
/// with MetadataExtractor), and still draws exactly the same pixels.
/// </summary>
public sealed class FileCheckTests
{
    [Fact]
    public void AJpegWithGps_LosesItsExifXmpCommentAndTrailer_AndDrawsTheSamePixels()
    {
        var original = TestImages.JpegWithGps();
        var before = ImageMetadataReader.ReadMetadata(new MemoryStream(original));
        var gps = before.OfType<GpsDirectory>().Single().GetGeoLocation();
        Assert.NotNull(gps);
        Assert.Equal(TestImages.Place.Latitude, gps.Latitude, 4);
        Assert.Equal(TestImages.Place.Longitude, gps.Longitude, 4);
        Assert.Equal(TestImages.Camera, before.OfType<ExifIfd0Directory>().Single().GetDescription(ExifDirectoryBase.TagMake));
        Assert.NotEmpty(before.OfType<XmpDirectory>());
        Assert.NotEmpty(before.OfType<JpegCommentDirectory>());

        var result = FileCheck.Check(original);

        Assert.Equal(FileKind.Jpeg, result.File!.Kind);
        Assert.Equal("image/jpeg", result.File.ContentType);
        var after = ImageMetadataReader.ReadMetadata(new MemoryStream(result.File.Content));
        Assert.Empty(after.OfType<GpsDirectory>());
        Assert.Empty(after.OfType<ExifDirectoryBase>());
        Assert.Empty(after.OfType<XmpDirectory>());
        Assert.Empty(after.OfType<JpegCommentDirectory>());
        Assert.DoesNotContain("Probe", Encoding.Latin1.GetString(result.File.Content), StringComparison.Ordinal);
        Assert.Equal(32, after.OfType<JpegDirectory>().Single().GetImageHeight());
        Assert.Equal(TestImages.Pixels(original), TestImages.Pixels(result.File.Content));
    }

    [Fact]
    public void APngWithText_TimeAndExif_KeepsOnlyTheChunksThatDrawIt_AndTheSamePixels()
    {
        var original = TestImages.PngWithMetadata();
        var before = ImageMetadataReader.ReadMetadata(new MemoryStream(original));
        Assert.Contains(before.OfType<PngDirectory>(), d => d.Tags.Any(t => t.Description?.Contains(TestImages.Photographer, StringComparison.Ordinal) == true));
        Assert.Contains("eXIf", Encoding.Latin1.GetString(original), StringComparison.Ordinal);

        var result = FileCheck.Check(original);

        Assert.Equal(FileKind.Png, result.File!.Kind);
        var text = Encoding.Latin1.GetString(result.File.Content);
        Assert.DoesNotContain("Probe", text, StringComparison.Ordinal);
        foreach (var chunk in new[] { "tEXt", "iTXt", "zTXt", "tIME", "eXIf" })
            Assert.DoesNotContain(chunk, text, StringComparison.Ordinal);
        var after = ImageMetadataReader.ReadMetadata(new MemoryStream(result.File.Content));
        Assert.Empty(after.OfType<GpsDirectory>());
        Assert.DoesNotContain(after.SelectMany(d => d.Tags), t => t.Description?.Contains("Probe", StringComparison.Ordinal) == true);
        Assert.Equal(TestImages.Pixels(original), TestImages.Pixels(result.File.Content));
    }

    [Fact]
    public void AJpegWithoutMetadata_ComesOutByteForByte()
    {
        var plain = TestImages.Encode(SKEncodedImageFormat.Jpeg);
        Assert.Equal(plain, FileCheck.Check(plain).File!.Content);
    }

    [Theory]
    [InlineData("MZ\u0090\0\u0003\0\0\0 program", nameof(FileRefusal.Type))]         // a Windows program, whatever it is called
    [InlineData("PK\u0003\u0004 archive", nameof(FileRefusal.Type))]               // a ZIP (and so a DOCX): not checked, not taken
    [InlineData("\u007FELF\u0002\u0001\u0001", nameof(FileRefusal.Type))]
    [InlineData("text with a \0 inside", nameof(FileRefusal.Type))]
    [InlineData("", nameof(FileRefusal.Empty))]
    public void WhatIsNotAnAllowedKind_IsRefused(string content, string refusal)
    {
        var result = FileCheck.Check(Encoding.Latin1.GetBytes(content));
        Assert.Null(result.File);
        Assert.Equal(Enum.Parse<FileRefusal>(refusal), result.Refusal);
    }

    [Fact]
    public void AJpegOrPngCutShort_IsRefusedAsUnreadable_NotStoredWithItsMetadata()
    {
        var jpeg = TestImages.JpegWithGps();
        var png = TestImages.PngWithMetadata();
        Assert.Equal(FileRefusal.Unreadable, FileCheck.Check(jpeg[..40]).Refusal);
        Assert.Equal(FileRefusal.Unreadable, FileCheck.Check(png[..60]).Refusal);
    }

    [Fact]
    public void PdfAndPlainText_AreTakenAsTheyAre()
    {
        var pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
        var text = Encoding.UTF8.GetBytes("Les camions sont revenus le lendemain.\r\n\tÀ l'aube.");
        Assert.Equal((FileKind.Pdf, pdf), (FileCheck.Check(pdf).File!.Kind, FileCheck.Check(pdf).File!.Content));
        Assert.Equal((FileKind.Text, "text/plain; charset=utf-8"), (FileCheck.Check(text).File!.Kind, FileCheck.Check(text).File!.ContentType));
        Assert.Equal(FileRefusal.Type, FileCheck.Check([0xC3, 0x28, 0x41]).Refusal);
    }
}
