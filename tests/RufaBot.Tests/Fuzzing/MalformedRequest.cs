using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// One hostile POST to /api/messages. <see cref="Json"/> is built around a real message activity (or is not JSON at
/// all); <see cref="ServiceUrlSlot"/> in it becomes the fake Connector's address, <see cref="RawSlot"/> (a JSON
/// string) becomes <see cref="Raw"/> verbatim, and the UTF-8 bytes are then cut at <see cref="CutAt"/> and have
/// <see cref="Inserted"/> bytes put in.
/// </summary>
internal sealed record MalformedRequest(string Kind, string Json, string? Raw, string? ContentType, int? CutAt, (int At, byte Value)[] Inserted)
{
    /// <summary>True when the body cannot be an activity (cut short, not UTF-8, nested past the reader's depth limit).</summary>
    public bool MustBeRefused { get; init; }

    public const string ServiceUrlSlot = "SERVICE-URL-SLOT", RawSlot = "\"RAW-SLOT\"";

    public byte[] Body(Uri serviceUrl)
    {
        var json = Json.Replace(ServiceUrlSlot, serviceUrl.ToString(), StringComparison.Ordinal);
        if (Raw is not null)
            json = json.Replace(RawSlot, Raw, StringComparison.Ordinal);
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(json));
        if (CutAt is { } cut && bytes.Count > 0)
            bytes.RemoveRange(cut % bytes.Count, bytes.Count - cut % bytes.Count);
        foreach (var (at, value) in Inserted)
            bytes.Insert(bytes.Count == 0 ? 0 : at % bytes.Count, value);
        return [.. bytes];
    }

    public override string ToString() =>
        $"{Kind} (content type {ContentType ?? "none"}, cut {CutAt?.ToString() ?? "no"}, {Inserted.Length} bytes inserted): "
        + FuzzRun.Show(Json) + (Raw is null ? "" : " raw: " + FuzzRun.Show(Raw));

    private static readonly string[] Types =
    [
        "message", "conversationUpdate", "installationUpdate", "messageReaction", "invoke", "event", "typing", "endOfConversation",
        "messageUpdate", "messageDelete", "trace", "handoff", "MESSAGE", "Invoke", " message",
    ];

    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "task/fetch", "task/submit", "signin/verifyState", "signin/tokenExchange", "composeExtension/query",
        "actionableMessage/executeAction", "fileConsent/invoke", "config/fetch", "ADAPTIVECARD/ACTION", "",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "serviceUrl", "channelId", "from", "from.id", "from.aadObjectId", "from.name", "recipient", "recipient.id",
        "conversation", "conversation.id", "conversation.conversationType", "conversation.tenantId", "conversation.isGroup", "text",
        "textFormat", "locale", "timestamp", "localTimestamp", "attachments", "entities", "channelData", "channelData.tenant",
        "action", "replyToId", "name", "value", "value.rufa", "value.step", "value.command", "value.action", "value.action.verb",
        "value.action.data", "value.action.data.concern", "value.action.data.version", "membersAdded", "membersRemoved",
        "reactionsAdded", "suggestedActions", "inputHint",
    ];

    private static readonly Gen<string> ServiceUrl = Gen.Frequency(
        (3, Gen.OneOf("", "v3/", "../../x", "?a=b", "#frag", "%00", "//", " ", "a%2Fb/", "\u202E").Select(suffix => ServiceUrlSlot + suffix)),
        (2, Gen.OneOf("https://smba.trafficmanager.net/teams/", "http://evil.example/", "javascript:alert(1)", "file:///etc/passwd",
            "ftp://127.0.0.1/", "http://", "http://[::1", "//127.0.0.1/", "127.0.0.1", "https://user:pw@evil.example/", "http://10.0.0.1/")),
        (1, JsonShapes.Text));

    private static readonly Gen<JsonNode?> Value = Gen.Frequency(
        (3, JsonShapes.Any),
        (2, Gen.Select(JsonShapes.Text, JsonShapes.Any, JsonShapes.Any, (verb, concern, version) => (JsonNode?)new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["rufa"] = "escalation", ["concern"] = concern, ["version"] = version } },
        })),
        (2, Gen.Select(Gen.OneOf("answer", "command", "myConcerns", "feedback", "knowledge", "welcome", "induction"), JsonShapes.Text, JsonShapes.Any,
            (rufa, step, answer) => (JsonNode?)new JsonObject { ["rufa"] = rufa, ["step"] = step, ["command"] = step, ["verb"] = step, [step] = answer })));

    /// <summary>A well-formed message activity addressed to the fake Connector, of a random type and name.</summary>
    private static readonly Gen<JsonObject> Activity = Gen.Select(Gen.OneOf(Types), Gen.OneOf(InvokeNames), JsonShapes.Text, Value, Gen.Guid,
        (type, name, text, value, id) => new JsonObject
        {
            ["type"] = type,
            ["id"] = id.ToString(),
            ["channelId"] = "msteams",
            ["serviceUrl"] = ServiceUrlSlot,
            ["locale"] = "en-US",
            // One person per case: two first messages of one person in two personal chats at once is another matter (see the report of the reach directory).
            ["from"] = new JsonObject { ["id"] = "29:fuzz", ["aadObjectId"] = "aad-" + id.ToString("N"), ["name"] = "Fuzz" },
            ["recipient"] = new JsonObject { ["id"] = "28:rufabot", ["name"] = "RufaBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:fuzz-" + id.ToString("N")[..8], ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["name"] = name,
            ["text"] = text,
            ["value"] = value,
        });

    private static readonly Gen<JsonObject> Mutated = Gen.Select(Activity, Gen.Select(Gen.OneOf(Fields), Gen.Frequency(
        (1, Gen.Const<JsonNode?>(() => JsonValue.Create("DELETE"))),
        (5, JsonShapes.Any),
        (1, ServiceUrl.Select(s => (JsonNode?)JsonValue.Create(s))))).Array[1, 4], (activity, changes) =>
        {
            foreach (var (path, value) in changes)
                Set(activity, path, value);
            return activity;
        });

    private static readonly Gen<string?> ContentTypes = Gen.Frequency(
        (6, Gen.Const<string?>("application/json; charset=utf-8")),
        (1, Gen.OneOf<string?>(null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=utf-16", "application/json; charset=nonsense", "application/problem+json", "*/*", "")));

    private static readonly Gen<(int, byte)[]> NoBytes = Gen.Const(() => Array.Empty<(int, byte)>());

    public static readonly Gen<MalformedRequest> Any = Gen.Frequency(
        (6, Gen.Select(Mutated, ContentTypes, (a, ct) => new MalformedRequest("mutated fields", a.ToJsonString(), null, ct, null, []))),
        (2, Gen.Select(JsonShapes.Any, ContentTypes, (j, ct) => new MalformedRequest("random JSON", j?.ToJsonString() ?? "null", null, ct, null, []))),
        (2, Gen.Select(Mutated, Gen.Int[0, 4000], (a, cut) => new MalformedRequest("truncated", a.ToJsonString(), null, "application/json", cut, []) { MustBeRefused = true })),
        (2, Gen.Select(Mutated, Gen.Select(Gen.Int[0, 4000], Gen.Byte[(byte)0x80, (byte)0xFF]).Array[1, 6], (a, bytes) =>
            new MalformedRequest("invalid UTF-8", a.ToJsonString(), null, "application/json", null, bytes) { MustBeRefused = true })),
        (1, Gen.Select(Activity, Gen.Int[2, 5000], Gen.Bool, (a, depth, arrays) =>
        {
            a["value"] = "RAW-SLOT";
            var raw = arrays ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            return new MalformedRequest($"nested {depth} deep", a.ToJsonString(), raw, "application/json", null, []) { MustBeRefused = depth > 64 };
        })),
        (1, Gen.Select(Activity, Gen.OneOf("\"\\ud800\"", "\"a\\udc00b\"", "\"\\uDBFF\\uDBFF\"", "\"\\u0000\"", "1e999", "-0", "123456789012345678901234567890",
            "NaN", "Infinity", "\"\\x41\"", "'single'", "{\"a\":1,\"a\":2}", "[1,]", "{,}", "\"unterminated", "tru", "00012"), Gen.OneOf("text", "id", "value", "name", "locale", "value.rufa", "value.step", "value.command", "value.action.verb", "value.action.data.rufa",
            "value.action.data.concern", "channelData.tenant.id", "from.aadObjectId", "conversation.conversationType"),
            (a, raw, field) =>
            {
                if (field.StartsWith("value.action", StringComparison.Ordinal))
                {
                    (a["type"], a["name"]) = ("invoke", "adaptiveCard/action");
                    a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "acknowledge",
                        ["data"] = new JsonObject { ["rufa"] = "escalation", ["concern"] = Guid.Empty.ToString(), ["version"] = 1 } } };
                }
                else if (field.StartsWith("value.", StringComparison.Ordinal))
                    (a["type"], a["value"]) = ("message", new JsonObject { ["rufa"] = "answer", ["step"] = "what", ["command"] = "Help" });
                Set(a, field, "RAW-SLOT");
                return new MalformedRequest($"raw {field}", a.ToJsonString(), raw, "application/json", null, []);
            })),
        (1, Gen.Select(Activity, Gen.Int[10_000, 600_000], Gen.OneOf("id", "text", "conversation.id", "from.id", "serviceUrl", "name", "replyToId"), (a, size, field) =>
        {
            Set(a, field, field == "serviceUrl" ? ServiceUrlSlot + new string('a', size) : new string('x', size));
            return new MalformedRequest($"huge {field} ({size} chars)", a.ToJsonString(), null, "application/json", null, []);
        })),
        (1, Gen.Select(Gen.OneOf("", " ", "null", "[]", "{}", "\"message\"", "42", "<activity/>", "type=message", "{\"type\":\"message\",\"type\":\"invoke\"}",
            "\uFEFF{\"type\":\"message\"}", "{\"type\":\"message\",\"conversation\":{\"id\":\"a:x\"},\"serviceUrl\":\"SERVICE-URL-SLOT\"}"),
            ContentTypes, (body, ct) => new MalformedRequest("fixed body", body, null, ct, null, []))));

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
                node[part] = child = [];
            node = child;
        }
        if (value is JsonValue v && v.TryGetValue<string>(out var s) && s == "DELETE")
            node.Remove(parts[^1]);
        else
            node[parts[^1]] = value;
    }
}
