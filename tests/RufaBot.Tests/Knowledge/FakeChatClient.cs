using Microsoft.Extensions.AI;

namespace RufaBot.Tests.Knowledge;

/// <summary>A chat client that returns a scripted reply (or throws) and records what it was sent.</summary>
internal sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, string> reply) : IChatClient
{
    public FakeChatClient(string reply) : this(_ => reply) { }

    public List<IReadOnlyList<ChatMessage>> Calls { get; } = [];

    public string SystemText => Calls.Single()[0].Text;

    public string UserText => Calls.Single()[1].Text;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Calls.Add(list);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(list))));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}
