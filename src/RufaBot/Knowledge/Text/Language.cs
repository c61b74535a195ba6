namespace RufaBot.Knowledge.Text;

/// <summary>The languages the knowledge base analyses: English content, French titles, tags and bodies.</summary>
internal enum Language
{
    English,
    French,
}
