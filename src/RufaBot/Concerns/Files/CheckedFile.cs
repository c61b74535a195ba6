namespace RufaBot.Concerns.Files;

/// <summary>The kinds of file a concern accepts, told by their bytes (<see cref="FileCheck"/>).</summary>
internal enum FileKind
{
    Jpeg,
    Png,
    Pdf,
    Text,
}

/// <summary>Why <see cref="FileCheck"/> refused a file.</summary>
internal enum FileRefusal
{
    /// <summary>Nothing in it.</summary>
    Empty,

    /// <summary>Not a JPEG, PNG, PDF or plain text file by its content, whatever its name says.</summary>
    Type,

    /// <summary>It starts like a JPEG or PNG but its structure could not be read, so its metadata could not be removed.</summary>
    Unreadable,
}

/// <summary>A file that passed <see cref="FileCheck"/>: its kind and its content as it will be stored (metadata removed).</summary>
internal sealed record CheckedFile(FileKind Kind, byte[] Content)
{
    public string ContentType => Kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Pdf => "application/pdf",
        _ => "text/plain; charset=utf-8",
    };

    public string Extension => Kind switch
    {
        FileKind.Jpeg => "jpg",
        FileKind.Png => "png",
        FileKind.Pdf => "pdf",
        _ => "txt",
    };
}
