namespace RufaBot.Dialogs.Loading;

// Collects every problem of a load so authors fix them all in one go.
internal sealed class Problems
{
    private readonly List<FlowValidationError> _errors = [];

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public void Add(string file, string path, string reason) => _errors.Add(new(file, path, reason));

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new FlowValidationException([.. _errors]);
    }
}
