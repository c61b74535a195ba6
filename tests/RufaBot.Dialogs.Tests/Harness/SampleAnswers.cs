namespace RufaBot.Dialogs.Tests.Harness;

// Valid answers to the sample flow, to walk quickly to the step a test is about.
internal static class SampleAnswers
{
    public static readonly IReadOnlyDictionary<string, string> Valid = new Dictionary<string, string>
    {
        ["topic"] = "1",
        ["otherTopic"] = "The newsletter",
        ["liked"] = "1, 2",
        ["lastUsed"] = "yesterday",
        ["dutyStation"] = "Kenya",
        ["rating"] = "4",
        ["screenshots"] = "skip",
        ["reference"] = "AB-1234",
        ["wantsContact"] = "yes",
        ["name"] = "Amina",
        ["email"] = "amina@un.org",
    };

    public static Transcript Sample(string locale = "en") => Transcript.Repo(locale).Begin("sample-feedback");

    public static Transcript AnswerUntil(this Transcript t, string stepId)
    {
        for (var i = 0; i < 20 && t.Prompt.StepId != stepId; i++) t.Send(Valid[t.Prompt.StepId]);
        return t.Asks(stepId);
    }
}
