using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Feedback;
using RufaBot.Knowledge.Retrieval;

namespace RufaBot.Tests.Knowledge;

/// <summary>AddKnowledge in a real host: options validated at start, index built at start, Azure OpenAI only when configured.</summary>
public sealed class KnowledgeExtensionsTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("rufa-host-").FullName;

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task Defaults_AnswerOffline_WithAdminDocumentsFromTheConfiguredFolder()
    {
        Directory.CreateDirectory(Path.Combine(_contentRoot, "entity-docs"));
        File.WriteAllText(Path.Combine(_contentRoot, "entity-docs", "contacts.md"), "# Entity focal point\nOur Human Rights up Front focal point sits in the country office.");
        await using var app = Build(new() { ["Knowledge:AdminDocumentsFolder"] = "entity-docs" });
        await app.StartAsync();

        var index = app.Services.GetRequiredService<KnowledgeIndex>();
        Assert.Contains(index.Entries, e => e.Citation.File == "contacts.md");
        Assert.True(index.Entries.Count(e => !e.IsAdminDocument) >= 80);
        Assert.Null(app.Services.GetService<IChatClient>());
        Assert.False(app.Services.GetRequiredService<AnswerService>().UsesModel);
        Assert.IsType<DatabaseAnswerFeedbackStore>(app.Services.GetRequiredService<IAnswerFeedbackStore>());
        await app.StopAsync();
    }

    [Fact]
    public async Task AzureOpenAIConfigured_RegistersTheChatClient()
    {
        await using var app = Build(new()
        {
            ["AzureOpenAI:Endpoint"] = "https://rufa-test.openai.azure.com/",
            ["AzureOpenAI:Deployment"] = "gpt-4o",
            ["AzureOpenAI:ApiKey"] = "not-a-real-key",
        });
        await app.StartAsync();
        Assert.NotNull(app.Services.GetService<IChatClient>());
        Assert.True(app.Services.GetRequiredService<AnswerService>().UsesModel);
        Assert.Null(app.Services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        await app.StopAsync();
    }

    [Theory]
    [InlineData("AzureOpenAI:Endpoint", "https://rufa-test.openai.azure.com/", "AzureOpenAI:Deployment is required")]
    [InlineData("AzureOpenAI:Endpoint", "http://rufa-test.example/", "AzureOpenAI:Endpoint must be an absolute https URL")]
    [InlineData("Knowledge:TopK", "0", "Knowledge:TopK must be between 1 and 8")]
    [InlineData("Knowledge:MaxPromptTokens", "4000", "Knowledge:MaxPromptTokens must be between 500 and 2000")]
    public async Task InvalidSettings_FailTheStart_NamingTheKey(string key, string value, string message)
    {
        await using var app = Build(new() { [key] = value });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(message, error.Message);
    }

    private WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _contentRoot, EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        // Answers take their fixed texts from the string tables, which the host loads.
        builder.Services.AddSingleton(RufaBot.Dialogs.FlowLoader.Load(RufaBot.Testing.RepoPaths.Combine("dialogs")));
        builder.AddKnowledge();
        return builder.Build();
    }
}
