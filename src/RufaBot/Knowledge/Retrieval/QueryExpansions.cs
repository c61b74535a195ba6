namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// Words a question may use that the documents spell otherwise: acronyms of the UN system, everyday synonyms, and
/// for French questions the English of the words that matter (the source documents are English). Each expansion is
/// added to the query at a lower weight, analysed in English; the question's own words keep their full weight.
/// Keys are folded tokens (lower case, no accents).
/// </summary>
internal static class QueryExpansions
{
    public const float Weight = 0.6f;

    public static readonly IReadOnlyDictionary<string, string> Any = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Acronyms, both ways round where the documents use one form only.
        ["hra"] = "human rights adviser advisor", ["hras"] = "human rights advisers advisors",
        ["pda"] = "peace and development advisor", ["rc"] = "resident coordinator", ["rcs"] = "resident coordinators",
        ["hc"] = "humanitarian coordinator", ["rqr"] = "regional quarterly review", ["sag"] = "senior action group",
        ["itf"] = "inter-agency task force", ["src"] = "situation response coordinator", ["eosg"] = "executive office secretary-general",
        ["ohchr"] = "office high commissioner human rights", ["hcdh"] = "ohchr high commissioner human rights",
        ["dpa"] = "political affairs", ["dppa"] = "dpa political affairs peacebuilding", ["dpko"] = "peacekeeping operations",
        ["dpo"] = "peacekeeping operations", ["r2p"] = "responsibility to protect", ["rtop"] = "responsibility to protect",
        ["dsg"] = "deputy secretary-general", ["sg"] = "secretary-general", ["sgsg"] = "secretary-general",
        ["hruf"] = "human rights up front", ["ruf"] = "rights up front", ["unct"] = "united nations country team",
        ["uncts"] = "country teams", ["hct"] = "humanitarian country team", ["ocha"] = "coordination humanitarian affairs",
        ["erc"] = "emergency relief coordinator", ["ola"] = "office legal affairs", ["dss"] = "safety and security",
        ["undss"] = "dss safety security", ["dpi"] = "public information", ["dgc"] = "dpi public information communication",
        ["coi"] = "commission of inquiry", ["pcf"] = "programme criticality framework", ["undaf"] = "development assistance framework",
        ["cca"] = "common country assessment", ["poc"] = "protection of civilians", ["iasc"] = "inter-agency",
        ["foa"] = "framework of analysis", ["ngo"] = "non-governmental organization", ["ngos"] = "non-governmental organizations",
        ["unsc"] = "security council", ["sc"] = "security council", ["ga"] = "general assembly",
        ["hrc"] = "human rights council", ["undg"] = "development group", ["unsdg"] = "undg development group",
        ["doco"] = "development operations", ["dco"] = "doco development coordination", ["usg"] = "under-secretary-general",
        ["irp"] = "internal review panel", ["wps"] = "women peace security", ["iaap"] = "inter-agency advisory panel",
        ["rcac"] = "assessment centre", ["oic"] = "officer-in-charge", ["oics"] = "officers-in-charge",
        // Everyday words for the documents' words.
        ["compulsory"] = "mandatory", ["obligatory"] = "mandatory", ["required"] = "mandatory", ["course"] = "induction training",
        ["training"] = "induction", ["onboarding"] = "induction", ["appraisal"] = "performance", ["evaluation"] = "appraisal performance",
        ["boss"] = "supervisor manager", ["supervisor"] = "manager", ["government"] = "national authorities",
        ["authorities"] = "government", ["abuses"] = "violations", ["abuse"] = "violations",
        ["atrocities"] = "serious violations", ["atrocity"] = "serious violations", ["violation"] = "violations",
        ["money"] = "resources budget", ["funding"] = "resources budget", ["cost"] = "resources", ["publicly"] = "speak out public",
        ["media"] = "public", ["press"] = "public media", ["arrested"] = "arrest detention", ["detained"] = "detention arrest",
        ["jailed"] = "arrest detention", ["colleague"] = "staff", ["colleagues"] = "staff", ["employee"] = "staff",
        ["local"] = "locally recruited", ["safety"] = "security", ["whistleblower"] = "retaliation",
        ["anonymous"] = "anonymity identity", ["secret"] = "confidential", ["quarterly"] = "quarter", ["warning"] = "early warning",
        ["signs"] = "early warning emerging risks", ["risks"] = "emerging", ["headquarters"] = "hq", ["hq"] = "headquarters",
        ["publicise"] = "publicize", ["publicising"] = "publicize", ["publicizing"] = "publicize", ["colocate"] = "co-locate",
        ["launched"] = "launch", ["started"] = "launch", ["began"] = "launch", ["why"] = "reason", ["signed"] = "signature",
        ["values"] = "compassion integrity impartiality courage", ["principles"] = "values", ["peacekeepers"] = "peacekeeping mission",
        ["divide"] = "division of labour", ["split"] = "division of labour", ["triggers"] = "risk", ["trigger"] = "risk",
        ["finance"] = "staff", ["logistics"] = "staff", 
    };

    public static readonly IReadOnlyDictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["obligatoire"] = "mandatory", ["formation"] = "induction training", ["integration"] = "induction", ["induction"] = "induction",
        ["engagement"] = "pledge commitment", ["engagements"] = "pledges", ["declaration"] = "statement commitment",
        ["examen"] = "review", ["trimestriel"] = "quarterly quarter", ["regional"] = "regional", ["groupe"] = "group",
        ["travail"] = "task force", ["interinstitutions"] = "inter-agency", ["coordonnateur"] = "coordinator",
        ["resident"] = "resident", ["conseil"] = "council", ["securite"] = "security", ["vice"] = "deputy",
        ["secretaire"] = "secretary-general", ["deontologie"] = "ethics office", ["bureau"] = "office", ["personnel"] = "staff",
        ["arrete"] = "arrest", ["arretes"] = "arrest", ["detenu"] = "detention", ["detention"] = "detention",
        ["legere"] = "light team", ["leger"] = "light", ["equipe"] = "team", ["maintien"] = "peacekeeping", ["paix"] = "peace",
        ["fonds"] = "resources", ["argent"] = "money resources", ["budget"] = "resources", ["nouveaux"] = "new",
        ["valeurs"] = "values compassion integrity impartiality courage", ["lettre"] = "letter", ["ong"] = "ngo non-governmental",
        ["ecrit"] = "wrote signatories", ["auteurs"] = "signatories", ["demandait"] = "urge request", ["demande"] = "request",
        ["publiquement"] = "speak out publicly", ["exprimer"] = "speak out", ["autorites"] = "authorities", ["nationales"] = "national",
        ["organes"] = "organs", ["organisations"] = "organizations", ["regionales"] = "regional", ["evaluation"] = "appraisal performance",
        ["droits"] = "rights", ["homme"] = "human", ["valeur"] = "value", ["fondamentale"] = "core", ["plans"] = "plans",
        ["preoccupations"] = "concerns", ["refleter"] = "reflect", ["etats"] = "states", ["membres"] = "member", ["informe"] = "brief",
        ["saisi"] = "agenda", ["ordre"] = "agenda", ["temps"] = "time", ["reel"] = "real-time", ["independant"] = "independent",
        ["recrute"] = "recruited", ["localement"] = "locally", ["protege"] = "security safety", ["changements"] = "changes",
        ["surveiller"] = "monitor", ["surveillance"] = "monitoring", ["pays"] = "country", ["violations"] = "violations",
        ["nomme"] = "appoint", ["reponse"] = "response", ["situation"] = "situation", ["hauts"] = "senior", ["responsables"] = "principals",
        ["action"] = "action", ["attitude"] = "attitude", ["pourquoi"] = "why reason failure", ["cree"] = "created launch",
        ["mission"] = "mission", ["missions"] = "missions", ["sept"] = "seven", ["trois"] = "three", ["renforcera"] = "strengthen",
        ["capacite"] = "capacity", ["commission"] = "commission", ["enquete"] = "inquiry", ["suivre"] = "take", ["invoquer"] = "invoke use", ["guider"] = "guide", ["signaler"] = "raise concern report",
    };
}
