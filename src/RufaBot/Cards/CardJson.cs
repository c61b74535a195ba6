using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RufaBot.Cards;

/// <summary>Source-generated JSON for card nodes.</summary>
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class CardJson : JsonSerializerContext
{
    /// <summary>
    /// A card's size against Teams' 28 KB message limit: its JSON as it goes on the wire (letters of every script
    /// unescaped, see ProtocolJson.WireOptions), counted in UTF-16, two bytes a character. For English that is twice the
    /// UTF-8 bytes sent, which leaves the activity around the card room; for Arabic, Russian and accented Latin it is
    /// the bytes sent; Chinese is sent in three bytes a character but says as much in a third of the characters.
    /// </summary>
    public static int WireSize(JsonObject card) =>
        System.Text.Encoding.Unicode.GetByteCount(card.ToJsonString(BotProtocol.ProtocolJson.WireOptions));
}
