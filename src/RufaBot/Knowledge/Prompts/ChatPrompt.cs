using Microsoft.Extensions.AI;
using RufaBot.Knowledge.Retrieval;

namespace RufaBot.Knowledge.Prompts;

/// <summary>The messages sent to the model, the passages they number from 1, and their measured size.</summary>
internal sealed record ChatPrompt(IReadOnlyList<ChatMessage> Messages, IReadOnlyList<SearchHit> Passages, int Tokens);
