namespace RufaBot.Web;

/// <summary>
/// The door's one stylesheet, embedded in the app and served from its own path: the pages load nothing from any
/// other host (the policy allows styles from 'self' only). Colours meet WCAG 2.2 AA contrast on white.
/// </summary>
internal static class DoorStylesheet
{
    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(DoorStylesheet).Assembly.GetManifestResourceStream("RufaBot.Web.door.css")
            ?? throw new InvalidOperationException("The web door's stylesheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Serve() => Results.Bytes(Css.Value, "text/css; charset=utf-8");
}
