using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace BotProtocol;

/// <summary>Source-generated JSON for the protocol types: camelCase out, case-insensitive in, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(InvokeErrorBody))]
public sealed partial class ProtocolJson : JsonSerializerContext
{
    /// <summary>
    /// How activities are written for the Connector and for invoke answers: letters of every script as they are (the
    /// body is UTF-8), where the default encoder writes each as a six-character <c>\uXXXX</c>. An Arabic or Russian
    /// card would otherwise grow sixfold on the wire and pass Teams' 28 KB message limit on its fixed texts alone.
    /// Characters that matter in HTML, controls and those beyond the Basic Multilingual Plane stay escaped.
    /// </summary>
    public static JsonSerializerOptions WireOptions => Wire.Options;

    /// <summary>An activity as it is sent (see <see cref="WireOptions"/>).</summary>
    public static JsonTypeInfo<Activity> WireActivity => Wire.Activity;

    /// <summary>Conversation parameters as they are sent (see <see cref="WireOptions"/>).</summary>
    public static JsonTypeInfo<ConversationParameters> WireConversationParameters => Wire.ConversationParameters;

    // Apart, so it is built on first use, after the generated Default it copies (static initializers of a partial
    // class's files run in no set order).
    private static class Wire
    {
        public static readonly JsonSerializerOptions Options = new(Default!.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        public static readonly JsonTypeInfo<Activity> Activity = (JsonTypeInfo<Activity>)Options.GetTypeInfo(typeof(Activity));
        public static readonly JsonTypeInfo<ConversationParameters> ConversationParameters =
            (JsonTypeInfo<ConversationParameters>)Options.GetTypeInfo(typeof(ConversationParameters));
    }
}
