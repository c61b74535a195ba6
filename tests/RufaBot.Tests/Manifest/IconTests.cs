namespace RufaBot.Tests.Manifest;

/// <summary>The icons as they are packed: Teams' sizes, a full-colour icon in UN blue, a white-on-transparent outline.</summary>
public sealed class IconTests : IDisposable
{
    private readonly PackedApp _app = new();

    [Fact]
    public async Task Icons_HaveTheSizesTeamsRequires()
    {
        await _app.PackAsync();

        var color = PngImage.Decode(_app.Entry("color.png"));
        var outline = PngImage.Decode(_app.Entry("outline.png"));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
    }

    [Fact]
    public async Task Outline_IsWhiteOnTransparent()
    {
        await _app.PackAsync();

        var outline = PngImage.Decode(_app.Entry("outline.png")).Pixels().ToList();
        Assert.Contains(outline, p => p.A == 0);
        Assert.Contains(outline, p => p.A == 255);
        Assert.All(outline.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public async Task Color_IsOpaque_WithUnBlueBehindAWhiteEmblem()
    {
        await _app.PackAsync();

        var color = PngImage.Decode(_app.Entry("color.png"));
        Assert.All(color.Pixels(), p => Assert.Equal(255, p.A));
        Assert.Equal((0x00, 0x9E, 0xDB, 255), color[2, 2]);
        Assert.Equal((255, 255, 255, 255), color[40, 60]);
    }

    public void Dispose() => _app.Dispose();
}
