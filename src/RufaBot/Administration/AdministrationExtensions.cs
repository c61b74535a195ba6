namespace RufaBot.Administration;

/// <summary>Registers the administrator list that gates administrative commands.</summary>
internal static class AdministrationExtensions
{
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdministrationOptions>().BindConfiguration("Administration")
            .Validate(o => o.AdminAadObjectIds.All(id => Guid.TryParse(id, out _)),
                "Administration:AdminAadObjectIds must list Microsoft Entra object ids (GUIDs); fix or remove the entry that is not one.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Administrators>();
        return builder;
    }
}
