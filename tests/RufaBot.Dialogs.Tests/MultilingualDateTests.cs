using System.Globalization;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// Dates in Spanish, Russian, Arabic and Chinese. Today is Wednesday 19 March 2025 (RepoDialogs.Now).
public sealed class MultilingualDateTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RepoDialogs.Now.DateTime);

    [Theory]
    [InlineData("hoy", "2025-03-19", false)]
    [InlineData("Ayer", "2025-03-18", false)]
    [InlineData("anteayer", "2025-03-17", false)]
    [InlineData("hace tres días", "2025-03-16", false)]
    [InlineData("hace 3 dias", "2025-03-16", false)]
    [InlineData("hace una semana", "2025-03-12", true)]
    [InlineData("la semana pasada", "2025-03-10", true)]
    [InlineData("el mes pasado", "2025-02-01", true)]
    [InlineData("el año pasado", "2024-01-01", true)]
    [InlineData("10 de marzo de 2025", "2025-03-10", false)]
    [InlineData("el 15 de febrero", "2025-02-15", false)]
    [InlineData("desde marzo", "2025-03-01", true)]
    [InlineData("el lunes pasado", "2025-03-17", false)]
    public void Spanish(string phrase, string expected, bool approximate) => Reads(phrase, expected, approximate);

    [Theory]
    [InlineData("сегодня", "2025-03-19", false)]
    [InlineData("Вчера", "2025-03-18", false)]
    [InlineData("позавчера", "2025-03-17", false)]
    [InlineData("3 дня назад", "2025-03-16", false)]
    [InlineData("три дня назад", "2025-03-16", false)]
    [InlineData("неделю назад", "2025-03-12", true)]
    [InlineData("на прошлой неделе", "2025-03-10", true)]
    [InlineData("в прошлом месяце", "2025-02-01", true)]
    [InlineData("в прошлом году", "2024-01-01", true)]
    [InlineData("10 марта 2025", "2025-03-10", false)]
    [InlineData("10 марта 2025 года", "2025-03-10", false)]
    [InlineData("15 февраля", "2025-02-15", false)]
    [InlineData("в марте", "2025-03-01", true)]
    [InlineData("в прошлый понедельник", "2025-03-17", false)]
    public void Russian(string phrase, string expected, bool approximate) => Reads(phrase, expected, approximate);

    [Theory]
    [InlineData("اليوم", "2025-03-19", false)]
    [InlineData("أمس", "2025-03-18", false)]
    [InlineData("أَمْسِ", "2025-03-18", false)]
    [InlineData("امس", "2025-03-18", false)]
    [InlineData("أول أمس", "2025-03-17", false)]
    [InlineData("منذ ثلاثة أيام", "2025-03-16", false)]
    [InlineData("منذ ٣ أيام", "2025-03-16", false)]
    [InlineData("منذ ۳ أيام", "2025-03-16", false)]
    [InlineData("منذ يومين", "2025-03-17", false)]
    [InlineData("منذ أسبوع", "2025-03-12", true)]
    [InlineData("الأسبوع الماضي", "2025-03-10", true)]
    [InlineData("الشهر الماضي", "2025-02-01", true)]
    [InlineData("السنة الماضية", "2024-01-01", true)]
    [InlineData("10 كانون الثاني 2025", "2025-01-10", false)]
    [InlineData("١٠ يناير ٢٠٢٥", "2025-01-10", false)]
    [InlineData("15 شباط", "2025-02-15", false)]
    [InlineData("١٥/٠٣/٢٠٢٥", "2025-03-15", false)]
    [InlineData("منذ آذار", "2025-03-01", true)]
    [InlineData("في تشرين الأول", "2024-10-01", true)]
    [InlineData("الإثنين الماضي", "2025-03-17", false)]
    public void Arabic(string phrase, string expected, bool approximate) => Reads(phrase, expected, approximate);

    [Theory]
    [InlineData("今天", "2025-03-19", false)]
    [InlineData("昨天", "2025-03-18", false)]
    [InlineData("前天", "2025-03-17", false)]
    [InlineData("三天前", "2025-03-16", false)]
    [InlineData("3天前", "2025-03-16", false)]
    [InlineData("十天前", "2025-03-09", false)]
    [InlineData("两周前", "2025-03-05", true)]
    [InlineData("一个月前", "2025-02-19", true)]
    [InlineData("上周", "2025-03-10", true)]
    [InlineData("上个星期", "2025-03-10", true)]
    [InlineData("上个月", "2025-02-01", true)]
    [InlineData("去年", "2024-01-01", true)]
    [InlineData("2025年3月10日", "2025-03-10", false)]
    [InlineData("２０２５年３月１０日", "2025-03-10", false)]
    [InlineData("二〇二五年三月十日", "2025-03-10", false)]
    [InlineData("3月10日", "2025-03-10", false)]
    [InlineData("12月25号", "2024-12-25", false)]
    [InlineData("从三月", "2025-03-01", true)]
    [InlineData("2023年", "2023-01-01", true)]
    [InlineData("上周一", "2025-03-10", false)]
    [InlineData("星期五", "2025-03-14", false)]
    public void Chinese(string phrase, string expected, bool approximate) => Reads(phrase, expected, approximate);

    [Theory]
    [InlineData("завтра будет")]
    [InlineData("منذ زمن")]
    [InlineData("很久以前")]
    [InlineData("13月5日")]
    [InlineData("hace mucho")]
    public void Unreadable_IsRefused(string phrase)
    {
        Assert.False(DatePhrases.TryParse(phrase, Today, out _, out _), phrase);
    }

    private static void Reads(string phrase, string expected, bool approximate)
    {
        Assert.True(DatePhrases.TryParse(phrase, Today, out var date, out var approx), phrase);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
        Assert.Equal(approximate, approx);
    }
}
