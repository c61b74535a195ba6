// Draws RufaBot's two Teams icons: a speech bubble with a raised hand ("speak up"), in UN blue.
//   color.png   192x192: white bubble, blue hand, on UN blue (#009EDB)
//   outline.png  32x32:  white bubble with the hand cut out, on transparent (Teams tints it)
// Run from the repository root after changing a shape: dotnet run manifest/draw-icons.cs
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

var blue = (R: 0x00, G: 0x9E, B: 0xDB);
var white = (R: 0xFF, G: 0xFF, B: 0xFF);

var large = new HandLayout(Left: 0.434, Spacing: 0.068, Finger: 0.029, Thumb: 0.034);
// At 32 px the fingers sit on whole pixels (2 px wide, 1 px apart) so they stay apart instead of blurring together.
var small = new HandLayout(Left: 13 / 32.0, Spacing: 3 / 32.0, Finger: 1 / 32.0, Thumb: 1.1 / 32);

WritePng("manifest/color.png", 192, (x, y) => Hand(x, y, large) ? blue : Bubble(x, y) ? white : blue, opaque: true);
WritePng("manifest/outline.png", 32, (x, y) => Bubble(x, y) && !Hand(x, y, small) ? white : null, opaque: false);

// Shapes work in unit coordinates (0..1 across the icon), so both sizes share one drawing.
static bool Bubble(double x, double y) =>
    RoundRect(x, y, 0.12, 0.14, 0.88, 0.70, 0.14) || Triangle(x, y, (0.24, 0.64), (0.46, 0.64), (0.17, 0.88));

static bool Hand(double x, double y, HandLayout h)
{
    double[] tops = [0.27, 0.23, 0.25, 0.30];
    for (var i = 0; i < tops.Length; i++)
        if (Capsule(x, y, (h.Left + i * h.Spacing, tops[i]), (h.Left + i * h.Spacing, 0.46), h.Finger))
            return true;
    return RoundRect(x, y, h.Left - h.Finger, 0.42, h.Left + 3 * h.Spacing + h.Finger, 0.63, 0.075)
        || Capsule(x, y, (h.Left + 0.006, 0.57), (h.Left - 0.084, 0.45), h.Thumb);
}

static bool RoundRect(double x, double y, double x0, double y0, double x1, double y1, double r)
{
    var dx = Math.Max(Math.Max(x0 + r - x, x - (x1 - r)), 0);
    var dy = Math.Max(Math.Max(y0 + r - y, y - (y1 - r)), 0);
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
}

static bool Capsule(double x, double y, (double X, double Y) a, (double X, double Y) b, double r)
{
    var (vx, vy) = (b.X - a.X, b.Y - a.Y);
    var t = Math.Clamp(((x - a.X) * vx + (y - a.Y) * vy) / (vx * vx + vy * vy), 0, 1);
    var (dx, dy) = (x - a.X - t * vx, y - a.Y - t * vy);
    return dx * dx + dy * dy <= r * r;
}

static bool Triangle(double x, double y, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
{
    static double Side(double x, double y, (double X, double Y) p, (double X, double Y) q) => (x - q.X) * (p.Y - q.Y) - (p.X - q.X) * (y - q.Y);
    var (d1, d2, d3) = (Side(x, y, a, b), Side(x, y, b, c), Side(x, y, c, a));
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

// 8x8 samples per pixel for smooth edges. In the outline, colour stays pure white and only alpha varies.
static void WritePng(string path, int size, Func<double, double, (int R, int G, int B)?> paint, bool opaque)
{
    const int n = 8;
    var rows = new byte[size * (1 + size * 4)];
    for (var py = 0; py < size; py++)
    {
        rows[py * (1 + size * 4)] = 0; // filter: none
        for (var px = 0; px < size; px++)
        {
            double r = 0, g = 0, b = 0, covered = 0;
            for (var sy = 0; sy < n; sy++)
                for (var sx = 0; sx < n; sx++)
                    if (paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size) is { } c)
                        (r, g, b, covered) = (r + c.R, g + c.G, b + c.B, covered + 1);
            var o = py * (1 + size * 4) + 1 + px * 4;
            var alpha = opaque ? 255 : (int)Math.Round(255 * covered / (n * n));
            rows[o] = covered == 0 ? (byte)0 : (byte)Math.Round(r / covered);
            rows[o + 1] = covered == 0 ? (byte)0 : (byte)Math.Round(g / covered);
            rows[o + 2] = covered == 0 ? (byte)0 : (byte)Math.Round(b / covered);
            rows[o + 3] = (byte)alpha;
        }
    }

    using var file = File.Create(path);
    file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
    var header = new byte[13];
    BinaryPrimitives.WriteInt32BigEndian(header, size);
    BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
    header[8] = 8; // bits per channel
    header[9] = 6; // RGBA
    Chunk(file, "IHDR", header);
    using (var compressed = new MemoryStream())
    {
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(rows);
        Chunk(file, "IDAT", compressed.ToArray());
    }
    Chunk(file, "IEND", []);
    Console.WriteLine($"{path}: {size}x{size}");
}

static void Chunk(Stream output, string type, byte[] data)
{
    var buffer = new byte[12 + data.Length];
    BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
    Encoding.ASCII.GetBytes(type, buffer.AsSpan(4));
    data.CopyTo(buffer, 8);
    BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8 + data.Length), Crc32(buffer.AsSpan(4, 4 + data.Length)));
    output.Write(buffer);
}

static uint Crc32(ReadOnlySpan<byte> bytes)
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

/// <summary>Where the four fingers stand (centre of the first, distance between centres) and how thick they are.</summary>
internal sealed record HandLayout(double Left, double Spacing, double Finger, double Thumb);
