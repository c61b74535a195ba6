using Microsoft.Extensions.Options;
using RufaBot.Administration;
using BotProtocol;

namespace RufaBot.Tests.Administration;

public sealed class AdministratorsTests
{
    private const string AdminId = "6f1d0a52-2c1e-4f3b-9a57-0d7c1e2b3a40";

    private static readonly Administrators Admins =
        new(new StaticMonitor(new AdministrationOptions { AdminAadObjectIds = [AdminId] }));

    [Fact]
    public void ConfiguredObjectId_IsAdmin_WhateverItsCase() =>
        Assert.True(Admins.IsAdmin(new Activity { From = new ChannelAccount { Id = "29:x", AadObjectId = AdminId.ToUpperInvariant() } }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0f1d0a52-2c1e-4f3b-9a57-0d7c1e2b3a40")]
    public void OtherOrMissingObjectId_IsNotAdmin(string? aadObjectId) =>
        Assert.False(Admins.IsAdmin(new Activity { From = new ChannelAccount { Id = "29:x", Name = AdminId, AadObjectId = aadObjectId } }));

    [Fact]
    public void ChannelAccountIdEqualToAnAdminId_IsNotEnough() =>
        Assert.False(Admins.IsAdmin(new Activity { From = new ChannelAccount { Id = AdminId } }));

    private sealed class StaticMonitor(AdministrationOptions value) : IOptionsMonitor<AdministrationOptions>
    {
        public AdministrationOptions CurrentValue => value;

        public AdministrationOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AdministrationOptions, string?> listener) => null;
    }
}
