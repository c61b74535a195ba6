namespace RufaBot.Administration;

/// <summary>Who may run RufaBot's administrative commands (section <c>Administration</c>).</summary>
internal sealed class AdministrationOptions
{
    /// <summary>
    /// Microsoft Entra object ids of RufaBot's administrators. Administrators configure routing and export records;
    /// they see no concern content (domain.md section 5). Empty = no administrative command works.
    /// </summary>
    public List<string> AdminAadObjectIds { get; set; } = [];
}
