namespace RufaBot.Dialogs;

// Thrown by FlowLoader when the dialogs folder is not valid; the message lists every problem
// found, one per line, each naming the file, the JSON path and the reason.
public sealed class FlowValidationException(IReadOnlyList<FlowValidationError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<FlowValidationError> Errors => errors;

    public string File => errors[0].File;

    public string JsonPath => errors[0].JsonPath;

    public string Reason => errors[0].Reason;

    private static string Describe(IReadOnlyList<FlowValidationError> errors) =>
        $"The dialogs folder is not valid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):"
        + Environment.NewLine + string.Join(Environment.NewLine, errors);
}
