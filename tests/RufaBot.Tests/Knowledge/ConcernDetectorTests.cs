using RufaBot.Knowledge;

namespace RufaBot.Tests.Knowledge;

public sealed class ConcernDetectorTests
{
    [Theory]
    [InlineData("I saw soldiers detaining people near the market")]
    [InlineData("I just witnessed police beating protesters")]
    [InlineData("We heard gunshots and people say bodies were left by the river")]
    [InlineData("My colleague was arrested at a checkpoint yesterday")]
    [InlineData("Someone told me militia are burning houses in the next village")]
    [InlineData("Soldiers are rounding up men from the camp right now")]
    [InlineData("My driver is in danger, please help")]
    [InlineData("J'ai vu des soldats arrêter des gens devant le marché")]
    [InlineData("Nous avons entendu que des villageois ont été tués hier")]
    [InlineData("On m'a dit que la milice brûle des maisons")]
    [InlineData("Mon collègue a été arrêté à un barrage")]
    [InlineData("Des familles sont en danger dans le camp")]
    public void AccountsOfHarm_LookLikeConcerns(string text) => Assert.True(ConcernDetector.LooksLikeConcern(text));

    [Theory]
    [InlineData("what must I do if I learn of a serious violation?")]
    [InlineData("What happens if UN staff are arrested?")]
    [InlineData("Is the human rights induction mandatory?")]
    [InlineData("Who can call for an Inter-Agency Task Force?")]
    [InlineData("I saw the new induction course, is it mandatory?")]
    [InlineData("Que dois-je faire si j'apprends une violation grave ?")]
    [InlineData("Qui peut invoquer l'article 99 ?")]
    [InlineData("J'ai vu la formation en ligne, est-elle obligatoire ?")]
    public void QuestionsAboutThePlan_AreNotConcerns(string text) => Assert.False(ConcernDetector.LooksLikeConcern(text));
}
