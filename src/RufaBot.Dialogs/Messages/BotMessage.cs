namespace RufaBot.Dialogs.Messages;

// What the engine wants said: plain text or a prompt. Rendering is the host's job.
public abstract record BotMessage
{
    // A complete plain-text rendering, for text-only channels, logs of tests and fallbacks.
    public abstract string ToPlainText();
}
