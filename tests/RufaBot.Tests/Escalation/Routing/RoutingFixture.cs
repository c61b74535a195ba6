namespace RufaBot.Tests.Escalation.Routing;

/// <summary>A routing configuration as an operator would write it, as configuration keys, with the people it names.</summary>
internal static class RoutingFixture
{
    public const string Admin = "4b3c7a10-1111-4a2b-9c3d-0000000000a1";
    public const string KenyaOne = "a1000000-0000-4000-8000-000000000001";
    public const string KenyaTwo = "a1000000-0000-4000-8000-000000000002";
    public const string KenyaBackup = "a1000000-0000-4000-8000-000000000003";
    public const string Unicef = "b2000000-0000-4000-8000-000000000001";
    public const string UnicefBackup = "b2000000-0000-4000-8000-000000000002";
    public const string UnicefHeadquarters = "b2000000-0000-4000-8000-000000000003";
    public const string KenyaAdviser = "c3000000-0000-4000-8000-000000000001";
    public const string KenyaCoordinator = "c3000000-0000-4000-8000-000000000002";
    public const string CongoAdviser = "c3000000-0000-4000-8000-000000000003";
    public const string CongoCoordinator = "c3000000-0000-4000-8000-000000000004";
    public const string EastAfricaReview = "d4000000-0000-4000-8000-000000000001";
    public const string CentralAfricaReview = "d4000000-0000-4000-8000-000000000002";
    public const string Headquarters = "e5000000-0000-4000-8000-000000000001";
    public const string KenyaChannel = "19:kenya-focal-points@thread.tacv2";

    public static Dictionary<string, string?> Settings()
    {
        var s = new Dictionary<string, string?>
        {
            ["Administration:AdminAadObjectIds:0"] = Admin,
            ["Escalation:Routing:Regions:KE"] = "east-africa",
            ["Escalation:Routing:Regions:CD"] = "central-africa",
            ["Escalation:Routing:Tiers:B1:Countries:KE:Channel:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["Escalation:Routing:Tiers:B1:Countries:KE:Channel:ConversationId"] = KenyaChannel,
        };
        Route(s, "Tiers:B1:Countries:KE", [KenyaOne, KenyaTwo], KenyaBackup);
        Route(s, "Tiers:B1:Entities:UNICEF", [Unicef], UnicefBackup);
        Route(s, "Tiers:B2:Countries:KE", [KenyaAdviser], KenyaCoordinator);
        Route(s, "Tiers:B2:Countries:CD", [CongoAdviser], CongoCoordinator);
        Route(s, "Tiers:B3:Regions:east-africa", [EastAfricaReview], null);
        Route(s, "Tiers:B3:Regions:central-africa", [CentralAfricaReview], null);
        Route(s, "Tiers:B4:Default", [Headquarters], null);
        Route(s, "EntityHeadquarters:UNICEF", [UnicefHeadquarters], null);
        return s;
    }

    public static void Route(Dictionary<string, string?> settings, string key, string[] people, string? backup)
    {
        for (var i = 0; i < people.Length; i++)
        {
            settings[$"Escalation:Routing:{key}:FocalPoints:{i}:AadObjectId"] = people[i];
            settings[$"Escalation:Routing:{key}:FocalPoints:{i}:DisplayName"] = $"Focal point {people[i][..8]}";
        }
        if (backup is not null)
        {
            settings[$"Escalation:Routing:{key}:Backup:AadObjectId"] = backup;
            settings[$"Escalation:Routing:{key}:Backup:DisplayName"] = $"Backup {backup[..8]}";
        }
    }
}
