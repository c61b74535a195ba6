using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Induction;
using RufaBot.Storage;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Induction;

/// <summary>"export induction ENTITY" in chat: administrators get the CSV, everyone else a refusal.</summary>
public sealed class ExportInductionTests : RunningBot
{
    private const string AdminId = "5d2c6a1e-7b7a-4a4e-9a51-0f3c1c2b9e11";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Administration:AdminAadObjectIds:0"] = AdminId,
    };

    [Fact]
    public async Task Administrator_GetsTheEntitysCompletionsAsCsv_QuotedAndDefused()
    {
        await SeedAsync("UNDP", "Doe, \"Jo\"", "=HYPERLINK(\"http://x\")", "@SUM(A1)");
        await SeedAsync("OHCHR", "Not exported");

        var t = await SayAsync("export induction undp", AdminId);

        t.AssertReply("3 completions of RufaBot's introduction to Human Rights up Front for undp (CSV, RFC 4180)")
            .AssertReply("They are not a record of the mandatory human rights induction").AssertNoReplyContains("Not exported");
        var text = (string)t.LastReplies.Single()["text"]!;
        var csv = text[(text.IndexOf("```\n", StringComparison.Ordinal) + 4)..text.LastIndexOf("```", StringComparison.Ordinal)];
        var lines = csv.Split("\r\n");
        Assert.Equal("activity,counts_as_mandatory_induction,entity,display_name,user_id,completed_utc,correct,questions", lines[0]);
        const string prefix = "RufaBot introduction to Human Rights up Front,no,";
        Assert.StartsWith(prefix + "UNDP,\"Doe, \"\"Jo\"\"\",aad-1,", lines[1]);
        Assert.StartsWith(prefix + "UNDP,\"'=HYPERLINK(\"\"http://x\"\")\",aad-2,", lines[2]);
        Assert.StartsWith(prefix + "UNDP,'@SUM(A1),aad-3,", lines[3]);
        Assert.EndsWith(",5,6", lines[3]);
        Assert.Equal("", lines[4]);
    }

    [Fact]
    public async Task NonAdministrator_IsRefused_AndSeesNoRecord()
    {
        await SeedAsync("UNDP", "Kim Secret");
        var t = await SayAsync("export induction UNDP", "0a0a0a0a-1111-2222-3333-444444444444");
        t.AssertReply("Exporting completions of RufaBot's introduction is for RufaBot administrators").AssertNoReplyContains("Kim Secret").AssertNoReplyContains("entity,");
    }

    [Fact]
    public async Task Administrator_InAGroupChat_IsAskedForAPrivateChat()
    {
        await SeedAsync("UNDP", "Kim Secret");
        var t = await SayAsync("export induction UNDP", AdminId, "groupChat");
        t.AssertReply("I send them only in a private chat").AssertNoReplyContains("Kim Secret");
    }

    [Theory]
    [InlineData("export induction", "Say \"export induction\" followed by the entity")]
    [InlineData("export induction WFP", "No completions of RufaBot's introduction to Human Rights up Front are recorded for WFP")]
    public async Task Administrator_WithoutRecordsOrEntity_IsToldWhatToDo(string text, string expected) =>
        (await SayAsync(text, AdminId)).AssertReply(expected);

    [Fact]
    public async Task LargeExport_PointsToTheCommandLine()
    {
        await SeedAsync("UNDP", [.. Enumerable.Range(0, ExportInductionChatCommand.MaxRowsInChat + 1).Select(i => $"Person {i}")]);
        (await SayAsync("export induction UNDP", AdminId)).AssertReply("51 completions of RufaBot's introduction to Human Rights up Front for UNDP: too many to paste here")
            .AssertReply("export-induction --entity \"UNDP\" --out induction.csv");
    }

    private async Task SeedAsync(string entity, params string[] names)
    {
        var records = App.Services.GetRequiredService<InductionRecords>();
        for (var i = 0; i < names.Length; i++)
            await records.RecordAsync(new InductionCompletionRecord
            {
                UserId = $"aad-{i + 1}",
                DisplayName = names[i],
                Entity = entity,
                EntityKey = InductionEntity.Key(entity),
                DraftKey = InductionRecords.DraftKey(Guid.NewGuid().ToString()),
                CompletedAt = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero),
                Correct = 5,
                Questions = 6,
            }, default);
    }

    [Theory]
    [InlineData("es-ES", "exportar inducción UNDP", "2 finalizaciones de la introducción de RufaBot a Derechos Humanos Primero para UNDP")]
    [InlineData("ru-RU", "выгрузить вводный курс UNDP", "для UNDP: 2 (CSV, RFC 4180)")]
    [InlineData("zh-CN", "导出入职培训 UNDP", "UNDP 共有 2 条完成 RufaBot“人权先行”简介的记录")]
    [InlineData("ar-EG", "تصدير التدريب التعريفي UNDP", "لـ UNDP (CSV، RFC 4180)")]
    public async Task Administrator_ExportsInEachLanguage(string locale, string text, string expected)
    {
        await SeedAsync("UNDP", "Ana", "Ben");

        var t = await SayAsync(text, AdminId, locale: locale);

        t.AssertReply(expected).AssertReply("activity,counts_as_mandatory_induction,entity");
    }

    [Theory]
    [InlineData("es-ES", "exportar inducción", "exportar inducción PNUD")]
    [InlineData("ru-RU", "выгрузить вводный курс", "выгрузить вводный курс UNDP")]
    [InlineData("zh-CN", "导出入职培训", "导出入职培训 UNDP")]
    [InlineData("ar-EG", "تصدير التدريب التعريفي", "تصدير التدريب التعريفي UNDP")]
    public async Task Administrator_WithoutEntity_IsShownTheCommandInTheirLanguage(string locale, string text, string example) =>
        (await SayAsync(text, AdminId, locale: locale)).AssertReply(example);

    private async Task<Transcript> SayAsync(string text, string aadObjectId, string scope = "personal", string? locale = null)
    {
        var t = new Transcript(Bot, Connector);
        var activity = new JsonObject
        {
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "29:someone", ["aadObjectId"] = aadObjectId, ["name"] = "Someone" },
            ["conversation"] = new JsonObject { ["id"] = t.ConversationId, ["conversationType"] = scope, ["tenantId"] = "tenant-1" },
        };
        if (locale is not null)
            activity["locale"] = locale;
        await t.Post(activity);
        return t;
    }
}
