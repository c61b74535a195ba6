using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Parsing;

// Yes/no from typed words in any language, an Input.Toggle ("true"/"false"), or the choice number.
internal static class YesNo
{
    public static bool? Parse(string value, StringCatalog all)
    {
        var folded = TextFold.Fold(value);
        if (folded is "true" or "1" || all.Yes.Contains(folded)) return true;
        if (folded is "false" or "2" || all.No.Contains(folded)) return false;
        return null;
    }

    public static IReadOnlyList<PromptChoice> Choices(StringTable strings) =>
        [new("yes", strings.Text(EngineKeys.Yes)), new("no", strings.Text(EngineKeys.No))];
}
