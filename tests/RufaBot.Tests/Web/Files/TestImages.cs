using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace RufaBot.Tests.Web.Files;

/// <summary>
/// Real photos made in the test: a small picture encoded by SkiaSharp, then given what a phone adds to one: EXIF with
/// the camera and GPS coordinates (a TIFF structure written here byte by byte), XMP naming the photographer, a
/// comment, and text after the image's end. The PNG gets text chunks (plain, international, compressed), a time and
/// an eXIf chunk with the same GPS. Every probe string starts with "Probe", so one search finds any that survives.
/// </summary>
internal static class TestImages
{
    public const string Camera = "ProbeCam";
    public const string Photographer = "Probe Photographer";
    public const string Trailer = "Probe-trailing-bytes";

    /// <summary>Mopti, Mali: 14°29'30" N, 4°11'45" W.</summary>
    public static readonly (double Latitude, double Longitude) Place = (14 + 29 / 60.0 + 30 / 3600.0, -(4 + 11 / 60.0 + 45 / 3600.0));

    public static SKBitmap Picture()
    {
        var bitmap = new SKBitmap(48, 32, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(30, 90, 160));
        using var paint = new SKPaint { Color = new SKColor(240, 200, 40) };
        canvas.DrawRect(8, 6, 20, 14, paint);
        canvas.DrawCircle(36, 20, 7, paint);
        return bitmap;
    }

    public static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = Picture();
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG as a phone would send it: EXIF (camera, GPS), XMP, a comment, and bytes after its end.</summary>
    public static byte[] JpegWithGps()
    {
        var plain = Encode(SKEncodedImageFormat.Jpeg);
        var xmp = "http://ns.adobe.com/xap/1.0/\0"u8.ToArray().Concat(Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>" + Photographer
            + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>")).ToArray();
        byte[][] segments =
        [
            Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff()]),
            Segment(0xE1, xmp),
            Segment(0xFE, Encoding.ASCII.GetBytes("Probe comment")),
        ];
        // After SOI and the JFIF header, where a camera puts them.
        var afterHeader = plain[2] == 0xFF && plain[3] == 0xE0 ? 4 + (plain[4] << 8 | plain[5]) : 2;
        return [.. plain[..afterHeader], .. segments.SelectMany(s => s), .. plain[afterHeader..], .. Encoding.ASCII.GetBytes(Trailer)];
    }

    /// <summary>A PNG with text, international text, compressed text, a time, and EXIF with GPS.</summary>
    public static byte[] PngWithMetadata()
    {
        var plain = Encode(SKEncodedImageFormat.Png);
        var afterHeader = 8 + 12 + BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(8));
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(Encoding.Latin1.GetBytes("Probe compressed note"));
        byte[][] chunks =
        [
            Chunk("tEXt", Encoding.Latin1.GetBytes("Author\0" + Photographer)),
            Chunk("iTXt", [.. "Comment\0\0\0en\0\0"u8, .. Encoding.UTF8.GetBytes("Probe international note")]),
            Chunk("zTXt", [.. "Comment\0\0"u8, .. compressed.ToArray()]),
            Chunk("tIME", [0x07, 0xEA, 11, 20, 6, 30, 0]),
            Chunk("eXIf", Tiff()),
        ];
        return [.. plain[..afterHeader], .. chunks.SelectMany(c => c), .. plain[afterHeader..], .. Encoding.ASCII.GetBytes(Trailer)];
    }

    private static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    // Big-endian TIFF: IFD0 with the camera's make and a pointer to the GPS IFD, which holds latitude and longitude.
    private static byte[] Tiff()
    {
        var t = new byte[150];
        "MM\0*"u8.CopyTo(t);
        BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(8), 2);
        Entry(t, 10, 0x010F, 2, 9, 38);             // Make, ASCII, at 38
        Entry(t, 22, 0x8825, 4, 1, 48);             // GPS IFD pointer
        Encoding.ASCII.GetBytes(Camera + "\0").CopyTo(t, 38);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(48), 4);
        Entry(t, 50, 0x0001, 2, 2, (uint)'N' << 24); // GPSLatitudeRef "N"
        Entry(t, 62, 0x0002, 5, 3, 102);            // GPSLatitude, 3 rationals at 102
        Entry(t, 74, 0x0003, 2, 2, (uint)'W' << 24); // GPSLongitudeRef "W"
        Entry(t, 86, 0x0004, 5, 3, 126);            // GPSLongitude at 126
        uint[] rationals = [14, 1, 29, 1, 30, 1, 4, 1, 11, 1, 45, 1];
        for (var i = 0; i < rationals.Length; i++)
            BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(102 + i * 4), rationals[i]);
        return t;
    }

    private static void Entry(byte[] t, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(at + 8), value);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>The decoded pixels, to show a stripped image draws exactly what the original drew.</summary>
    public static byte[] Pixels(byte[] encoded)
    {
        using var bitmap = SKBitmap.Decode(encoded) ?? throw new InvalidDataException("The image does not decode.");
        using var rgba = bitmap.Copy(SKColorType.Rgba8888);
        return rgba.Bytes;
    }
}
