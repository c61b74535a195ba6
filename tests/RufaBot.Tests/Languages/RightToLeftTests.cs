using System.Text.Json.Nodes;
using BotProtocol;
using RufaBot.Languages;

namespace RufaBot.Tests.Languages;

/// <summary>
/// Arabic output: cards say rtl, and the Latin references in Arabic text are isolated so the bidirectional algorithm
/// cannot reverse their parts; what comes back to the bot (input and choice values, action data) is never touched.
/// </summary>
public sealed class RightToLeftTests
{
    private const char Fsi = '\u2068', Pdi = '\u2069';

    [Fact]
    public void ReferencesAndNumericDates_AreIsolated_Once()
    {
        var text = RightToLeft.Isolate("الشاغل HR-AB12-CD34 بتاريخ 30/11/2026 الساعة 14:05");

        Assert.Equal($"الشاغل {Fsi}HR-AB12-CD34{Pdi} بتاريخ {Fsi}30/11/2026{Pdi} الساعة {Fsi}14:05{Pdi}", text);
        Assert.Equal(text, RightToLeft.Isolate(text));
        Assert.True(global::RufaBot.Concerns.ConcernReference.TryNormalize($"{Fsi}HR-7K3F-9QXD{Pdi}", out var reference) && reference == "HR-7K3F-9QXD");
    }

    [Fact]
    public void AnArabicActivity_GetsRightToLeftCards_AndLeavesWhatComesBackAlone()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard", ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = "المرجع HR-AB12-CD34" },
                new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(new JsonObject { ["title"] = "التاريخ", ["value"] = "2026-11-30" }) },
                new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "when", ["value"] = "2026-11-30",
                    ["choices"] = new JsonArray(new JsonObject { ["title"] = "2026-11-30", ["value"] = "2026-11-30" }) }),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "إرسال", ["data"] = new JsonObject { ["reference"] = "HR-AB12-CD34" } }),
        };
        var activity = Replies.Card(card);
        activity.Locale = "ar-SA";

        RightToLeft.Apply(activity);

        Assert.True((bool?)card["rtl"]);
        Assert.Equal($"المرجع {Fsi}HR-AB12-CD34{Pdi}", (string?)card["body"]![0]!["text"]);
        Assert.Equal($"{Fsi}2026-11-30{Pdi}", (string?)card["body"]![1]!["facts"]![0]!["value"]);
        Assert.Equal("2026-11-30", (string?)card["body"]![2]!["value"]);
        Assert.Equal($"{Fsi}2026-11-30{Pdi}", (string?)card["body"]![2]!["choices"]![0]!["title"]);
        Assert.Equal("2026-11-30", (string?)card["body"]![2]!["choices"]![0]!["value"]);
        Assert.Equal("HR-AB12-CD34", (string?)card["actions"]![0]!["data"]!["reference"]);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr")]
    [InlineData("zh-CN")]
    [InlineData(null)]
    public void AnotherLanguagesActivity_IsLeftAsItIs(string? locale)
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "HR-AB12-CD34" }) };
        var before = card.ToJsonString();
        var activity = Replies.Card(card);
        activity.Locale = locale;

        RightToLeft.Apply(activity);

        Assert.Equal(before, card.ToJsonString());
    }
}
