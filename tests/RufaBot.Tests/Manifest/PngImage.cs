using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RufaBot.Tests.Manifest;

/// <summary>
/// Just enough PNG decoding to check the icons: 8-bit greyscale, RGB, palette, grey+alpha and RGBA, not interlaced,
/// with the five row filters. Every pixel comes out as RGBA.
/// </summary>
public sealed class PngImage
{
    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba) => (Width, Height, _rgba) = (width, height, rgba);

    public int Width { get; }
    public int Height { get; }

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 4;
            return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
        }
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
                yield return this[x, y];
    }

    public static PngImage Decode(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        int width = 0, height = 0, colorType = 0;
        byte[] palette = [], alphas = [];
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var chunk = png.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    (width, height, colorType) = (BinaryPrimitives.ReadInt32BigEndian(chunk), BinaryPrimitives.ReadInt32BigEndian(chunk[4..]), chunk[9]);
                    Assert.True(chunk[8] == 8 && chunk[12] == 0, $"only 8-bit, non-interlaced PNGs are read here (bit depth {chunk[8]}, interlace {chunk[12]})");
                    break;
                case "PLTE":
                    palette = chunk.ToArray();
                    break;
                case "tRNS":
                    alphas = chunk.ToArray();
                    break;
                case "IDAT":
                    data.Write(chunk);
                    break;
            }
            at += 12 + length;
        }

        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"PNG colour type {colorType}") };
        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        var raw = Unfilter(inflated.ToArray(), width, height, channels);

        var rgba = new byte[width * height * 4];
        for (var p = 0; p < width * height; p++)
        {
            var s = raw.AsSpan(p * channels, channels);
            (byte R, byte G, byte B, byte A) pixel = colorType switch
            {
                0 => (s[0], s[0], s[0], 255),
                2 => (s[0], s[1], s[2], 255),
                3 => (palette[s[0] * 3], palette[s[0] * 3 + 1], palette[s[0] * 3 + 2], s[0] < alphas.Length ? alphas[s[0]] : (byte)255),
                4 => (s[0], s[0], s[0], s[1]),
                _ => (s[0], s[1], s[2], s[3]),
            };
            (rgba[p * 4], rgba[p * 4 + 1], rgba[p * 4 + 2], rgba[p * 4 + 3]) = pixel;
        }
        return new PngImage(width, height, rgba);
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var output = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = data[y * (stride + 1) + 1 + x];
                int a = x >= bpp ? output[y * stride + x - bpp] : 0;
                int b = y > 0 ? output[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? output[(y - 1) * stride + x - bpp] : 0;
                output[y * stride + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG row filter {filter}"),
                });
            }
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
