namespace RufaBot.Tests.Knowledge;

/// <summary>
/// Question → expected citations. Items 1-40 are the Q&amp;A seed of domain.md section 6 (its bracketed sources
/// are the expected citations, any one of which counts as a hit); the rest are paraphrases and French questions.
/// </summary>
internal static class EvaluationSet
{
    public sealed record Case(int Number, string Question, string? Locale, params string[] Expected);

    public static IReadOnlyList<Case> Seed { get; } =
    [
        new(1, "What is Human Rights up Front?", null, "SGL para 1", "CS para 7"),
        new(2, "Who issued the commitment statement and when?", null, "CS para 6"),
        new(3, "I work in development. Does this apply to me?", null, "SGL para 4", "PoA A1"),
        new(4, "Why was it created?", null, "CS para 4", "PoA intro"),
        new(5, "What do I do when I see warning signs?", null, "CS P1", "DAP 6.1"),
        new(6, "Does the UN bypass the government?", null, "CS P2", "CS P3"),
        new(7, "Will the UN speak publicly?", null, "CS P5"),
        new(8, "What does due diligence require?", null, "CS P6", "DAP 1.5"),
        new(9, "Is the human rights induction mandatory?", null, "DAP 2.3"),
        new(10, "Who designs the human rights induction? Is it the same for everyone?", null, "DAP 2.2"),
        new(11, "Will human rights appear in my appraisal?", null, "DAP 2.1"),
        new(12, "Are senior managers accountable?", null, "DAP 3.1", "DAP 3.2"),
        new(13, "What is the \"Article 99 attitude\"?", null, "PoA A2"),
        new(14, "Who can invoke Article 99, and when?", null, "DAP 5.3"),
        new(15, "What is a Regional Quarterly Review?", null, "DAP 12.1"),
        new(16, "Can my RC join the RQR?", null, "DAP 12.1"),
        new(17, "Who can call for an Inter-Agency Task Force?", null, "DAP 13.1"),
        new(18, "What is a Situation Response Coordinator?", null, "DAP 13.1"),
        new(19, "What is the Senior Action Group?", null, "DAP 13.3"),
        new(20, "What must an RC do in a country at risk?", null, "DAP 7.1"),
        new(21, "What goes into the strategy?", null, "DAP 7.1"),
        new(22, "What analysis does my UNCT receive?", null, "DAP 6.1"),
        new(23, "Which plans must reflect human rights concerns?", null, "DAP 6.2"),
        new(24, "There is no HR Adviser here. Who supports the RC?", null, "DAP 9.2", "DAP 9.3", "DAP 9.4"),
        new(25, "What happens if UN staff are arrested?", null, "DAP 11.2", "DAP 11.3", "DAP 11.4", "DAP 11.5"),
        new(26, "Is local staff safety covered?", null, "DAP 11.6"),
        new(27, "Does HRuF apply in peacekeeping missions?", null, "PoA intro"),
        new(28, "Did HRuF bring new money?", null, "PoA intro"),
        new(29, "Who briefs Member States when the SC isn't seized of a situation?", null, "DAP 5.2"),
        new(30, "What is a real-time review?", null, "DAP 3.5"),
        new(31, "What does the Ethics Office do?", null, "DAP 3.3"),
        new(32, "Which three changes does HRuF seek?", null, "SGL para 2"),
        new(33, "Will HQ back me if I take a principled stand?", null, "SGL para 2", "PoA intro"),
        new(34, "What were heads of entities asked to do in 2015?", null, "SGL para 4"),
        new(35, "Who at HQ supports implementation?", null, "SGL para 4", "DAP 14.1"),
        new(36, "What is the common information management system?", null, "DAP 16.1"),
        new(37, "What if the UN can't monitor inside a country?", null, "DAP 16.2", "DAP 10.3"),
        new(38, "What is a \"light team\"?", null, "DAP 10.1", "DAP 10.2"),
        new(39, "Which HQ forums step back when an ITF or SAG covers a country?", null, "DAP 13.5"),
        new(40, "Which values should guide us?", null, "CS last"),
    ];

    public static IReadOnlyList<Case> Extra { get; } =
    [
        new(41, "Do I have to take the human rights training?", null, "DAP 2.3", "DAP 2.2"),
        new(42, "Who chairs the SAG?", null, "DAP 13.3"),
        new(43, "How often does the regional review meet?", null, "DAP 12.1"),
        new(44, "Can the UN go to the Security Council if the government does nothing?", null, "CS P3", "DAP 5.2", "DAP 5.3"),
        new(45, "Is my name kept confidential if I report something?", null, "RUFA confidentiality"),
        new(46, "What must I do if I learn of a serious violation?", null, "RUFA what-to-do", "CS P1", "CS P2", "CS P3"),
        new(47, "My supervisor is involved in what I saw. Who do I tell?", null, "RUFA bypass"),
        new(48, "Who appoints a Situation Response Coordinator?", null, "DAP 13.1"),
        new(49, "What did the Internal Review Panel conclude about Sri Lanka?", null, "CS para 4", "PoA intro"),
        new(50, "How do I raise a concern?", null, "RUFA raise-concern"),
        new(51, "Qu'est-ce que Human Rights up Front ?", "fr-FR", "SGL para 1", "CS para 7"),
        new(52, "La formation sur les droits de l'homme est-elle obligatoire ?", "fr-FR", "DAP 2.3", "DAP 2.2"),
        new(53, "Qui peut demander la création d'un groupe de travail interinstitutions ?", "fr-FR", "DAP 13.1"),
        new(54, "Mon identité restera-t-elle confidentielle si je signale quelque chose ?", "fr-FR", "RUFA confidentiality"),
        new(55, "Que dois-je faire si j'apprends une violation grave ?", "fr-FR", "RUFA what-to-do", "CS P1", "CS P2", "CS P3"),
        new(56, "Quelles valeurs doivent nous guider ?", null, "CS last"),
        new(57, "Qui peut invoquer l'article 99 ?", null, "DAP 5.3"),
    ];

    public static IReadOnlyList<Case> All { get; } = [.. Seed, .. Extra];
}
