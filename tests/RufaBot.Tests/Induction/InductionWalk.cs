using RufaBot.Tests.Conversations;

namespace RufaBot.Tests.Induction;

/// <summary>Walks the induction through the real bot: each quiz answered right or wrong, typed or from the card.</summary>
internal static class InductionWalk
{
    /// <summary>(quiz step, right choice, a wrong choice, the section heading that comes before it), in dialog order.</summary>
    public static readonly (string Step, string Right, string Wrong, string Heading)[] Quizzes =
    [
        ("quizWhy", "systemic", "success", "1 of 6 - Why Human Rights up Front exists"),
        ("quizPledges", "authorities", "media", "2 of 6 - The seven pledges"),
        ("quizStaff", "everyone", "hrOnly", "3 of 6 - What the documents ask of staff and entities"),
        ("quizRaise", "safety", "photos", "4 of 6 - How and when to raise a concern"),
        ("quizSources", "consent", "publish", "5 of 6 - Protect your sources: do no harm"),
        ("quizPath", "sg", "rc", "6 of 6 - Focal points and the escalation path"),
    ];

    /// <summary>Starts the induction and gives the entity; the first section and its quiz are the last replies.</summary>
    public static async Task<Transcript> StartAsync(Transcript t, string entity = "UNDP", string words = "induction")
    {
        (await t.Send(words)).AssertReply("Welcome to RufaBot's introduction to Human Rights up Front").AssertReply("which UN entity");
        (await t.Send(entity)).AssertReply(Quizzes[0].Heading);
        return t;
    }

    /// <summary>Answers every quiz from its card, right where <paramref name="right"/> says so; returns the last step's replies.</summary>
    public static async Task<Transcript> AnswerAllAsync(Transcript t, params bool[] right)
    {
        for (var i = 0; i < Quizzes.Length; i++)
        {
            var (step, good, bad, _) = Quizzes[i];
            await t.Answer(step, right[i] ? good : bad);
            t.AssertReply(right[i] ? "Right." : "Not quite.");
            if (i + 1 < Quizzes.Length)
                t.AssertReply(Quizzes[i + 1].Heading);
        }
        return t;
    }
}
