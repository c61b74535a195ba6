namespace RufaBot.Escalation.Routing;

/// <summary>A focal point as configured: <c>{ "AadObjectId": "…", "DisplayName": "…" }</c>.</summary>
internal sealed class FocalPointSetting
{
    public string AadObjectId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public FocalPoint ToFocalPoint() => new(AadObjectId.Trim().ToLowerInvariant(), DisplayName.Trim());
}
