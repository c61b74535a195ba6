using RufaBot.Dialogs.Countries;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Steps;
using RufaBot.Dialogs.Strings;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// Numbers, choices, yes/no, text folding, cries for help and country names in Spanish, Russian, Arabic and Chinese.
public sealed class MultilingualParsingTests
{
    [Theory]
    [InlineData("٣٫٥", "ar", "3.5")]
    [InlineData("١٢", "ar", "12")]
    [InlineData("۱۲", "ar", "12")]
    [InlineData("١٬٥٠٠", "ar", "1500")]
    [InlineData("１２", "zh", "12")]
    [InlineData("十五", "zh", "15")]
    [InlineData("两百", "zh", "200")]
    [InlineData("一千零五", "zh", "1005")]
    [InlineData("3,5", "es", "3.5")]
    [InlineData("3,5", "ru", "3.5")]
    [InlineData("1 500", "ru", "1500")]
    [InlineData("1,500", "en", "1500")]
    public void Number_IsReadInEveryScript(string typed, string language, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberParser.Parse(typed, language));
    }

    [Theory]
    [InlineData("十五个")]
    [InlineData("三点")]
    public void Number_WithOtherWords_IsRefused(string typed) => Assert.Null(NumberParser.Parse(typed, "zh"));

    [Theory]
    [InlineData("٢", "physical")]
    [InlineData("۲", "physical")]
    [InlineData("２", "physical")]
    [InlineData("第二个", "physical")]
    [InlineData("二", "physical")]
    [InlineData("暴力", "physical")]
    [InlineData("威胁", "threats")]
    [InlineData("العنف الجسدي", "physical")]
    [InlineData("اَلْعُنْفُ الجَسَدِيّ", "physical")]
    [InlineData("угрозы", "threats")]
    [InlineData("Угрозы", "threats")]
    [InlineData("угрозы и насилие", null)]
    [InlineData("amenazas", "threats")]
    [InlineData("violencia física", "physical")]
    [InlineData("violencia fisica", "physical")]
    public void Choice_IsFoundInEveryLanguage(string typed, string? expected)
    {
        ChoiceOption[] options =
        [
            Option("threats", "Threats", "Menaces", "Amenazas", "Угрозы", "التهديدات", "威胁"),
            Option("physical", "Physical violence", "Violence physique", "Violencia física", "Физическое насилие", "العنف الجسدي", "身体暴力"),
            Option("other", "Other", "Autre", "Otro", "Другое", "أخرى", "其他"),
        ];
        Assert.Equal(expected, ChoiceMatcher.Match(options, typed)?.Id);
    }

    // Options that explain themselves after a colon ("Anónima: ningún punto focal…", "Anónima sin vínculo: …") are
    // chosen by their short name, in every language, although one short name begins another.
    [Fact]
    public void EveryChoiceOfTheRepoDialogs_IsFoundByItsTextAndShortName_InEveryLanguage()
    {
        var catalog = FlowLoader.Load(RepoDialogs.Folder);
        var misses = new List<string>();
        foreach (var flow in catalog.FlowIds.Select(catalog.Flow))
            foreach (var step in flow.Steps.OfType<ChoiceStep>())
                foreach (var table in catalog.Strings.Tables)
                    foreach (var option in step.Options)
                    {
                        var text = table.Text(option.TextKey);
                        var colon = text.IndexOfAny([':', '：']);
                        foreach (var typed in colon > 0 ? [text, text[..colon]] : new[] { text })
                            if (ChoiceMatcher.Match(step.Options, typed)?.Id != option.Id)
                                misses.Add($"{flow.Id}/{step.Id} ({table.Language}): \"{typed}\"");
                    }
        Assert.Empty(misses);
    }

    [Theory]
    [InlineData("نعم", true)]
    [InlineData("نَعَم", true)]
    [InlineData("لا", false)]
    [InlineData("是", true)]
    [InlineData("是 的", true)]
    [InlineData("不是", false)]
    [InlineData("Да", true)]
    [InlineData("нет", false)]
    [InlineData("Sí", true)]
    [InlineData("si", true)]
    [InlineData("No", false)]
    [InlineData("ещё", null)]
    public void YesNo_IsUnderstoodInEveryLanguage(string typed, bool? expected)
    {
        Assert.Equal(expected, YesNo.Parse(typed, Catalog()));
    }

    [Theory]
    [InlineData("Ёлка", "елка")]
    [InlineData("مَدْرَسَةٌ", "مدرسه")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("مستشفـــى", "مستشفي")]
    [InlineData("中 国", "中国")]
    [InlineData("ＡＢＣ １２", "abc 12")]
    [InlineData("Côte d’Ivoire", "cote d ivoire")]
    public void Fold_NormalisesEveryScript(string text, string expected) => Assert.Equal(expected, TextFold.Fold(text));

    [Theory]
    [InlineData("au secours")]
    [InlineData("Au secours !")]
    [InlineData("À l'aide")]
    [InlineData("help me")]
    [InlineData("Help me please!")]
    [InlineData("socorro")]
    [InlineData("ayuda urgente")]
    [InlineData("Помогите!")]
    [InlineData("救命")]
    [InlineData("救命啊！")]
    [InlineData("النجدة")]
    [InlineData("أنقذوني")]
    public void CryForHelp_IsRecognised(string text) => Assert.True(CryForHelp.IsCry(text), text);

    [Theory]
    [InlineData("help")]
    [InlineData("aide")]
    [InlineData("ayuda")]
    [InlineData("помощь")]
    [InlineData("帮助")]
    [InlineData("can you help me with this question")]
    [InlineData("the form asks about the date, help me understand what to write")]
    public void CryForHelp_IsNotAQuestionAboutTheForm(string text) => Assert.False(CryForHelp.IsCry(text), text);

    [Theory]
    [InlineData("fr", "au secours")]
    [InlineData("en", "Help me!")]
    [InlineData("es", "socorro")]
    [InlineData("ru", "помогите")]
    [InlineData("zh", "救命")]
    [InlineData("ar", "النجدة")]
    public void CryForHelp_DuringAForm_GetsSafetyGuidanceAndTheSameQuestion(string locale, string cry)
    {
        var t = SampleAnswers.Sample(locale).AnswerUntil("rating").Send(cry).Asks("rating");

        Assert.Contains(t.Last!.Messages, m => m is Messages.TextMessage { Key: EngineKeys.CryForHelp });
        Assert.DoesNotContain(t.Last!.Messages, m => m is Messages.TextMessage { Key: null });
    }

    [Theory]
    [InlineData("السودان", "SD")]
    [InlineData("ساحل العاج", "CI")]
    [InlineData("كوت ديفوار", "CI")]
    [InlineData("الإمارات", "AE")]
    [InlineData("苏丹", "SD")]
    [InlineData("科特迪瓦", "CI")]
    [InlineData("象牙海岸", "CI")]
    [InlineData("阿联酋", "AE")]
    [InlineData("Судан", "SD")]
    [InlineData("Кот-д’Ивуар", "CI")]
    [InlineData("кот д ивуар", "CI")]
    [InlineData("Costa de Marfil", "CI")]
    [InlineData("Sudán", "SD")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void Country_IsFoundByItsShippedNameInEveryLanguage(string typed, string code)
    {
        Assert.Equal(code, CountryList.Resolve(typed).Found?.Alpha2);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("ru")]
    [InlineData("es")]
    public void ShippedCountries_HaveANameInEveryLanguage(string language)
    {
        Assert.All(CountryList.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Names.GetValueOrDefault(language)), c.Alpha2));
    }

    [Fact]
    public void Country_IsNamedInTheReadersLanguage_ElseInEnglish()
    {
        var sudan = Fixture().ByCode("SD")!;
        var chad = Fixture().ByCode("TD")!;

        Assert.Equal("السودان", sudan.Name("ar-EG"));
        Assert.Equal("苏丹", sudan.Name("zh"));
        Assert.Equal("Soudan", sudan.Name("fr"));
        Assert.Equal("Chad", chad.Name("ru"));
        Assert.Equal("SD", Fixture().Resolve("Судан").Found?.Alpha2);
        Assert.Null(Fixture().Resolve("Чад").Found);
    }

    // A translation fixture with a row missing (Chad), in the countries.<lang>.txt format, joined to the English list.
    private static CountryIndex Fixture()
    {
        var english = typeof(CountryList).Assembly.GetManifestResourceStream("RufaBot.Dialogs.countries.txt")!;
        var translations = new Dictionary<string, TextReader>
        {
            ["ar"] = new StringReader("# Arabic\nSD|السودان|\n"),
            ["zh"] = new StringReader("# Chinese\nSD|苏丹|\n"),
            ["ru"] = new StringReader("# Russian\nSD|Судан|\n"),
        };
        using var reader = new StreamReader(english);
        return new CountryIndex(CountryList.Parse(reader, translations));
    }

    private static ChoiceOption Option(string id, params string[] texts) => new(id, id, [.. texts.Select(TextFold.Fold)]);

    // Yes and no words as the translators' files give them, in a catalog of their own.
    private static StringCatalog Catalog()
    {
        StringTable Table(string language, string yes, string no, string[] yesWords, string[] noWords, StringTable? fallback) =>
            new(language,
                new Dictionary<string, string> { [EngineKeys.Yes] = yes, [EngineKeys.No] = no },
                new Dictionary<string, IReadOnlyList<string>> { [EngineKeys.YesWords] = yesWords, [EngineKeys.NoWords] = noWords },
                fallback);
        var en = Table("en", "Yes", "No", ["yes"], ["no"], null);
        return new StringCatalog(new Dictionary<string, StringTable>
        {
            ["en"] = en,
            ["ar"] = Table("ar", "نعم", "لا", ["أجل", "نعم"], ["كلا"], en),
            ["zh"] = Table("zh", "是", "否", ["是的", "对"], ["不是", "不"], en),
            ["ru"] = Table("ru", "Да", "Нет", ["ага"], ["не"], en),
            ["es"] = Table("es", "Sí", "No", ["claro"], ["no"], en),
        });
    }
}
