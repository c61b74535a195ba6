namespace RufaBot.Concerns.Files;

/// <summary>
/// A file a reporter sent with their concern (the web door's follow-up page), as <see cref="FileCheck"/> accepted it:
/// of an allowed kind, image metadata removed. The content is encrypted at rest; the reporter's own file name is never
/// kept (it is their text and may name them), only a neutral one made of the file's number and kind. Deleted with the
/// concern and by retention's purge.
/// </summary>
internal sealed class ConcernFile
{
    private ConcernFile()
    {
    }

    public ConcernFile(Guid concernId, int number, CheckedFile file, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        ConcernId = concernId;
        Number = number;
        Name = $"file-{number}.{file.Extension}";
        ContentType = file.ContentType;
        Size = file.Content.Length;
        CreatedAt = at;
        Content = file.Content;
    }

    public Guid Id { get; private set; }

    public Guid ConcernId { get; private set; }

    /// <summary>1 for the concern's first file, and so on: the order the focal points see them in.</summary>
    public int Number { get; private set; }

    /// <summary>Neutral, made here: <c>file-2.jpg</c>.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The type <see cref="FileCheck"/> found in the bytes, never the one the browser declared.</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public byte[] Content { get; private set; } = [];
}
