namespace RufaBot.Concerns.Files;

/// <summary>
/// Removes what a photo says about itself, losslessly: the pixels are copied byte for byte and only the metadata
/// around them goes. JPEG keeps the segments decoding needs (tables, frame, scans, restart interval, the Adobe colour
/// transform) and a JFIF header rebuilt without its thumbnail; EXIF with GPS, XMP, IPTC, ICC profiles, maker notes and
/// comments go. PNG keeps only the chunks that draw the image (an allow-list, so a chunk type invented tomorrow goes
/// too). Anything after the end of the image goes. A structure that cannot be walked is refused (null), not guessed at.
/// Lossless rather than a re-encode: no quality lost, no native decoder run on untrusted bytes at receipt. The
/// EXIF orientation goes with the rest, so a photo taken sideways may show sideways.
/// </summary>
internal static class ImageMetadata
{
    private const byte Soi = 0xD8, Eoi = 0xD9, Sos = 0xDA, App0 = 0xE0, App14 = 0xEE, Com = 0xFE;

    private static readonly HashSet<string> DrawingChunks =
        ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT"];

    public static byte[]? StripJpeg(byte[] data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != Soi)
            return null;
        using var output = new MemoryStream(data.Length);
        output.Write([0xFF, Soi]);
        var i = 2;
        while (i < data.Length)
        {
            if (data[i] != 0xFF)
                return null;
            while (i < data.Length && data[i] == 0xFF) i++;
            if (i >= data.Length)
                return null;
            var marker = data[i++];
            if (marker == Eoi)
            {
                output.Write([0xFF, Eoi]);
                return output.ToArray();
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write([0xFF, marker]);
                continue;
            }
            if (i + 2 > data.Length)
                return null;
            var length = (data[i] << 8) | data[i + 1];
            if (length < 2 || i + length > data.Length)
                return null;
            var segment = data.AsSpan(i, length);
            if (marker == App0)
                WriteJfifWithoutThumbnail(output, segment);
            else if (marker == App14 || !(marker is >= App0 and <= 0xEF or Com))
                output.Write([0xFF, marker, .. segment]);
            i += length;
            if (marker == Sos)
            {
                // The entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
                var begin = i;
                while (i < data.Length && !(data[i] == 0xFF && i + 1 < data.Length && data[i + 1] != 0x00 && data[i + 1] is not (>= 0xD0 and <= 0xD7)))
                    i++;
                output.Write(data.AsSpan(begin, i - begin));
            }
        }
        return null;
    }

    // A JFIF header keeps its version, units and density; its thumbnail (a small copy, possibly of the uncropped
    // photo) and any JFXX extension go.
    private static void WriteJfifWithoutThumbnail(MemoryStream output, ReadOnlySpan<byte> segment)
    {
        if (segment.Length < 16 || !segment[2..7].SequenceEqual("JFIF\0"u8))
            return;
        output.Write([0xFF, App0, 0x00, 0x10, .. segment[2..14], 0x00, 0x00]);
    }

    public static byte[]? StripPng(byte[] data)
    {
        const int signature = 8;
        if (data.Length < signature + 12)
            return null;
        using var output = new MemoryStream(data.Length);
        output.Write(data.AsSpan(0, signature));
        var i = signature;
        var first = true;
        while (i + 12 <= data.Length)
        {
            var length = (long)((uint)data[i] << 24 | (uint)data[i + 1] << 16 | (uint)data[i + 2] << 8 | data[i + 3]);
            if (length > int.MaxValue || i + 12 + length > data.Length)
                return null;
            var type = System.Text.Encoding.ASCII.GetString(data, i + 4, 4);
            if (first && type != "IHDR")
                return null;
            first = false;
            var whole = 12 + (int)length;
            if (DrawingChunks.Contains(type))
                output.Write(data.AsSpan(i, whole));
            i += whole;
            if (type == "IEND")
                return output.ToArray();
        }
        return null;
    }
}
