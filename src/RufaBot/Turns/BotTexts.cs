namespace RufaBot.Turns;

/// <summary>What RufaBot says about itself.</summary>
internal static class BotTexts
{
    private const string Capabilities =
        "- **Raise a concern**: say \"raise a concern\" and I will guide you, safety first. You can stay anonymous.\n" +
        "- **My concerns**: see the status of concerns you raised.\n" +
        "- **My responsibilities**: ask what the Secretary-General's commitment and the Rights up Front Action Plan mean for you.\n" +
        "- **Induction**: take the short induction walkthrough.\n" +
        "- **Help**: this list, at any time.";

    public static string Welcome(string? conversationType) => conversationType is "channel" or "groupChat"
        ? "Hello, I am RufaBot. I help UN staff act early when people are at risk of serious human rights violations.\n\n" +
          "In this shared conversation, mention me with a question about your responsibilities. " +
          "To raise a concern, please talk to me in a private chat, where nobody else can read it.\n\n" + Capabilities
        : "Hello, I am RufaBot. I help UN staff act early when people are at risk of serious human rights violations.\n\n" +
          "Here is what I can do:\n\n" + Capabilities;

    public static readonly string Help = "Here is what I can do:\n\n" + Capabilities;
}
