using System.Text.Json.Nodes;
using CsCheck;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Fuzzing;

/// <summary>How a forged card's concern id is written.</summary>
internal enum ForgedId { Real, RandomGuid, OneDigitChanged, NotAGuid, Number, Missing }

/// <summary>How a forged card's version is written: the concern's, off by <see cref="ForgedAction.VersionShift"/>, or not a whole number.</summary>
internal enum ForgedVersion { Current, Shifted, Missing, AsText, Fractional }

/// <summary>
/// One <c>adaptiveCard/action</c> invoke that must change nothing: by construction at least one thing about it is
/// wrong (the person, the concern, the version, the verb, the shape of the data or the inputs the verb needs), while
/// everything else is what a real card would send. <see cref="OnEscalated"/> picks the concern escalated to B2
/// (assigned to the adviser) rather than the new one (assigned to the two country focal points).
/// </summary>
internal sealed record ForgedAction(string Kind, bool OnEscalated, string? Actor, string Verb, ForgedId Id, ForgedVersion Version, long VersionShift, JsonObject Inputs)
{
    private static readonly string[] Verbs =
        ["acknowledge", "askReporter", "escalate", "refer", "close", "confirmClose", "recordDecision", "reassign", "declareConflict", "revealReporter"];

    private static readonly string[] NeedInputs = ["askReporter", "escalate", "refer", "close", "recordDecision", "reassign", "revealReporter"];

    private static readonly Gen<string> Text = Gen.Frequency((3, Gen.OneOf("because", "Pattern across two provinces", "OHCHR", "AdviceGiven", "Duplicate")), (1, HostileText.Value));

    /// <summary>Every input a verb reads, filled in as a real card would.</summary>
    private static readonly Gen<JsonObject> FullInputs = Gen.Select(Text, Text, Gen.OneOf("AdviceGiven", "Duplicate", "NoFurtherAction", "Referred"), Gen.OneOf("OHCHR", "OIOS", "UNDSS"),
        (reason, note, outcome, to) => new JsonObject
        {
            ["question"] = note, ["escalateReason"] = reason, ["referTo"] = to, ["referReason"] = reason, ["closeOutcome"] = outcome,
            ["closeReason"] = reason, ["decisionNote"] = note, ["reassignTo"] = note, ["revealReason"] = reason, ["revealConfirm"] = "true",
        });

    private static readonly Gen<string?> Outsider = Gen.Frequency<string?>(
        (2, Gen.Guid.Select(g => (string?)g.ToString())),
        (1, Gen.OneOf<string?>(null, "", " ", EscalationBot.ReporterAad, "00000000-0000-0000-0000-000000000000", "29:" + EscalationBot.Fp1)),
        (1, JsonShapes.Text.Select(t => (string?)t)));

    private static readonly Gen<string> AnyVerb = Gen.Frequency((4, Gen.OneOf(Verbs)), (1, Gen.Const("refresh")), (1, JsonShapes.Text));

    private static Gen<ForgedAction> Make(string kind, Gen<bool> escalated, Func<bool, Gen<string?>> actor, Gen<string> verb, Gen<ForgedId> id, Gen<ForgedVersion> version, Gen<JsonObject> inputs) =>
        escalated.SelectMany(e => Gen.Select(actor(e), verb, id, version, Gen.Long.Where(s => s != 0), inputs,
            (a, v, i, ver, shift, inp) => new ForgedAction(kind, e, a, v, i, ver, shift, inp)));

    private static Gen<string?> Assigned(bool escalated) =>
        escalated ? Gen.Const<string?>(EscalationBot.Adviser) : Gen.OneOf<string?>(EscalationBot.Fp1, EscalationBot.Fp2);

    private static readonly Gen<ForgedId> RealId = Gen.Const(ForgedId.Real);
    private static readonly Gen<ForgedVersion> Current = Gen.Const(ForgedVersion.Current);

    public static readonly Gen<ForgedAction> Any = Gen.OneOf(
        Make("outsider", Gen.Bool, _ => Outsider, AnyVerb, RealId, Current, FullInputs),
        Make("earlier tier", Gen.Const(true), _ => Gen.OneOf<string?>(EscalationBot.Fp1, EscalationBot.Fp2, EscalationBot.Backup), Gen.OneOf(Verbs), RealId, Current, FullInputs),
        Make("another tier's concern", Gen.Bool, e => e ? Gen.OneOf<string?>(EscalationBot.Regional, EscalationBot.Hq, EscalationBot.Security, EscalationBot.Backup)
            : Gen.OneOf<string?>(EscalationBot.Adviser, EscalationBot.Regional, EscalationBot.Hq, EscalationBot.Security), Gen.OneOf(Verbs), RealId, Current, FullInputs),
        Make("stale or missing version", Gen.Bool, Assigned, Gen.OneOf(Verbs), RealId, Gen.OneOf(ForgedVersion.Shifted, ForgedVersion.Missing), FullInputs),
        Make("unknown verb", Gen.Bool, Assigned, JsonShapes.Text.Where(v => !Verbs.Contains(v) && v != "refresh"), RealId, Current, FullInputs),
        Make("tampered id", Gen.Bool, Assigned, Gen.OneOf(Verbs), Gen.OneOf(ForgedId.RandomGuid, ForgedId.OneDigitChanged), Current, FullInputs),
        Make("malformed id or version", Gen.Bool, Assigned, Gen.OneOf(Verbs), Gen.OneOf(ForgedId.NotAGuid, ForgedId.Number, ForgedId.Missing, ForgedId.Real),
            Gen.OneOf(ForgedVersion.AsText, ForgedVersion.Fractional), FullInputs),
        Make("an input that is not text", Gen.Bool, Assigned, Gen.OneOf(Verbs), RealId, Current,
            Gen.Select(FullInputs, Gen.OneOf("question", "escalateReason", "referTo", "closeOutcome", "closeReason", "decisionNote", "reassignTo", "extra"),
                JsonShapes.Any.Where(n => n is not JsonValue v || !v.TryGetValue<string>(out _)), (inputs, key, value) =>
                {
                    inputs[key] = value?.DeepClone() ?? JsonValue.Create(0);
                    return inputs;
                })),
        Make("missing input", Gen.Bool, Assigned, Gen.OneOf(NeedInputs), RealId, Current, Gen.OneOf("", " ", "\t\n", "\u200B").Select(blank => new JsonObject
        {
            ["question"] = blank, ["escalateReason"] = blank, ["referReason"] = blank, ["closeReason"] = blank, ["decisionNote"] = blank, ["reassignTo"] = blank,
            ["revealReason"] = blank, ["revealConfirm"] = "true",
        })));

    /// <summary>The card data this action sends for a concern of this id and version.</summary>
    public JsonObject Data(Guid concern, long version)
    {
        var data = new JsonObject { ["rufa"] = "escalation" };
        var id = concern.ToString("D");
        data["concern"] = Id switch
        {
            ForgedId.Real => id,
            ForgedId.RandomGuid => Guid.NewGuid().ToString("D"),
            ForgedId.OneDigitChanged => (id[0] == 'a' ? "b" : "a") + id[1..],
            ForgedId.NotAGuid => "HR-" + id[..8],
            ForgedId.Number => 42,
            _ => null,
        };
        if (Id == ForgedId.Missing)
            data.Remove("concern");
        switch (Version)
        {
            case ForgedVersion.Current: data["version"] = version; break;
            case ForgedVersion.Shifted: data["version"] = unchecked(version + VersionShift); break;
            case ForgedVersion.AsText: data["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture); break;
            case ForgedVersion.Fractional: data["version"] = version + 0.5; break;
        }
        foreach (var (key, value) in Inputs)
            data[key] = value?.DeepClone();
        return data;
    }

    public override string ToString() =>
        $"{Kind}: {(OnEscalated ? "escalated" : "new")} concern, actor {FuzzRun.Show(Actor ?? "(none)")}, verb {FuzzRun.Show(Verb)}, id {Id}, version {Version} {VersionShift}, inputs {FuzzRun.Show(Inputs.ToJsonString())}";
}
