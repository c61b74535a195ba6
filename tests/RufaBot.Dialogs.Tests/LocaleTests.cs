using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

public sealed class LocaleTests
{
    [Theory]
    [InlineData("fr", "Sur quoi porte votre avis")]
    [InlineData("fr-FR", "Sur quoi porte votre avis")]
    [InlineData("fr-CA", "Sur quoi porte votre avis")]
    [InlineData("FR_be", "Sur quoi porte votre avis")]
    [InlineData("en-GB", "What is your feedback about")]
    [InlineData("de", "What is your feedback about")]
    [InlineData("", "What is your feedback about")]
    public void Locale_PicksLanguageThenFallsBackToEnglish(string locale, string question)
    {
        SampleAnswers.Sample(locale).Asks("topic").Reply(question);
    }

    [Fact]
    public void French_WordsErrorsAndChoicesAreLocalized()
    {
        var t = SampleAnswers.Sample("fr");
        Assert.Equal("L'assistant de discussion", t.Prompt.Choices[0].Text);
        Assert.Contains(t.Prompt.Actions, a => a.Label == "Annuler");

        t.Send("aide").Reply("Choisissez la partie du service").Asks("topic")
            .Send("les formations").Asks("liked")
            .Send("retour").Asks("topic")
            .Send("3").AnswerUntil("rating").Send("beaucoup").Error("Tapez un nombre en chiffres")
            .Send("annuler").Reply("Voulez-vous arrêter ici").Send("oui").Reply("Rien n'a été conservé").Status(FlowStatus.Cancelled);
    }

    [Fact]
    public void English_CommandWordsStillWorkInFrench()
    {
        SampleAnswers.Sample("fr-CA").Send("help").Reply("Choisissez la partie du service");
    }

    [Fact]
    public void LocaleMayChangeBetweenTurns()
    {
        SampleAnswers.Sample("en").In("fr").Send("9").Error("Je n'ai pas reconnu d'option").Reply("Sur quoi porte votre avis");
    }

    [Fact]
    public void ChoiceTextInTheOtherLanguage_IsUnderstood()
    {
        SampleAnswers.Sample("en").Send("Autre chose").Asks(PromptKind.Text, "otherTopic");
    }

    [Fact]
    public void Catalog_ResolvesLanguagesAndNamesCountries()
    {
        var catalog = RepoDialogs.Catalog;
        Assert.Equal("fr", catalog.LanguageFor("fr-CA"));
        Assert.Equal("en", catalog.LanguageFor("de-DE"));
        Assert.Contains("fr", catalog.Languages);
        Assert.Equal("le formulaire d'avis", catalog.Title("sample-feedback", "fr-FR"));
        Assert.Contains(catalog.Countries("fr"), c => c.Id == "DE" && c.Text == "Allemagne");
        Assert.Contains(catalog.Countries("de"), c => c.Id == "DE" && c.Text == "Germany");
        Assert.Equal(249, catalog.Countries("en").Count);
    }
}
