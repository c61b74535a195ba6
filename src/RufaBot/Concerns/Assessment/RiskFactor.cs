namespace RufaBot.Concerns.Assessment;

/// <summary>Risk factors of the UN Framework of Analysis for Atrocity Crimes (2014).</summary>
internal enum RiskFactor
{
    /// <summary>Situations of armed conflict or other forms of instability.</summary>
    RF1 = 1,

    /// <summary>Record of serious violations of international human rights and humanitarian law.</summary>
    RF2,

    /// <summary>Weakness of State structures.</summary>
    RF3,

    /// <summary>Motives or incentives.</summary>
    RF4,

    /// <summary>Capacity to commit atrocity crimes.</summary>
    RF5,

    /// <summary>Absence of mitigating factors.</summary>
    RF6,

    /// <summary>Enabling circumstances or preparatory action.</summary>
    RF7,

    /// <summary>Triggering factors.</summary>
    RF8,

    /// <summary>Genocide: intergroup tensions or patterns of discrimination against protected groups.</summary>
    RF9,

    /// <summary>Genocide: signs of an intent to destroy in whole or in part a protected group.</summary>
    RF10,

    /// <summary>Crimes against humanity: signs of a widespread or systematic attack against any civilian population.</summary>
    RF11,

    /// <summary>Crimes against humanity: signs of a plan or policy to attack any civilian population.</summary>
    RF12,

    /// <summary>War crimes: serious threats to those protected under international humanitarian law.</summary>
    RF13,

    /// <summary>War crimes: serious threats to humanitarian or peacekeeping operations.</summary>
    RF14,
}
