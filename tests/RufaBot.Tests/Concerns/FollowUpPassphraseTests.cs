using System.Security.Cryptography;
using RufaBot.Concerns.Reporters;

namespace RufaBot.Tests.Concerns;

/// <summary>The passphrase of an unlinked concern: its form, its slow salted hash, and forgiving typing.</summary>
public sealed class FollowUpPassphraseTests
{
    private const int FewIterations = 1_000;

    [Fact]
    public void ANewPassphrase_IsFourGroupsOfFive_FromAnAlphabetWithoutLookalikes()
    {
        var drawn = Enumerable.Range(0, 2_000).Select(_ => FollowUpPassphrase.New()).ToList();

        Assert.All(drawn, p => Assert.Matches("^[0-9a-hjkmnp-tv-z]{5}(-[0-9a-hjkmnp-tv-z]{5}){3}$", p));
        // 100 bits each: two equal ones among 2,000 would happen about once in 10^24 runs.
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
        // Every one of the 32 letters turns up (each is missing from 40,000 draws with chance about 32 × e^-1250).
        Assert.Equal(32, drawn.SelectMany(p => p.Replace("-", "", StringComparison.Ordinal)).Distinct().Count());
    }

    [Fact]
    public void TheHash_IsSaltedAndSlow_AndMatchesOnlyItsPassphrase()
    {
        var passphrase = FollowUpPassphrase.New();

        var first = FollowUpPassphrase.Hash(passphrase, FewIterations);
        var second = FollowUpPassphrase.Hash(passphrase, FewIterations);

        Assert.NotEqual(first, second);
        Assert.StartsWith("pbkdf2-sha256$1000$", first, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase.Replace("-", "", StringComparison.Ordinal), first, StringComparison.OrdinalIgnoreCase);
        Assert.True(FollowUpPassphrase.Matches(passphrase, first));
        Assert.True(FollowUpPassphrase.Matches(passphrase, second));
        Assert.False(FollowUpPassphrase.Matches(FollowUpPassphrase.New(), first));
    }

    [Fact]
    public void TypedBack_CaseSpacesDashesAndLookalikeLetters_AreForgiven()
    {
        const string passphrase = "k7p30-x9dq1-h4tfw-r8bn6";
        var stored = FollowUpPassphrase.Hash(passphrase, FewIterations);

        Assert.True(FollowUpPassphrase.Matches("K7P30 X9DQ1 H4TFW R8BN6", stored));
        Assert.True(FollowUpPassphrase.Matches("k7p3o-x9dql-h4tfw-r8bn6", stored));
        Assert.True(FollowUpPassphrase.Matches("k7p30x9dq1h4tfwr8bn6", stored));
        Assert.False(FollowUpPassphrase.Matches("k7p30-x9dq1-h4tfw-r8bn", stored));
        Assert.False(FollowUpPassphrase.Matches("k7p30-x9dq1-h4tfw-r8bn6!", stored));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain-text")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void AMalformedStoredHash_MatchesNothing(string? stored) =>
        Assert.False(FollowUpPassphrase.Matches("k7p30-x9dq1-h4tfw-r8bn6", stored));

    [Fact]
    public void ADraftsPassphrase_IsTheSameOnARetry_AndDiffersBetweenDraftsAndSecrets()
    {
        var secret = RandomNumberGenerator.GetBytes(32);

        Assert.Equal(FollowUpPassphrase.Derive(secret, "draft-1"), FollowUpPassphrase.Derive(secret, "draft-1"));
        Assert.NotEqual(FollowUpPassphrase.Derive(secret, "draft-1"), FollowUpPassphrase.Derive(secret, "draft-2"));
        Assert.NotEqual(FollowUpPassphrase.Derive(secret, "draft-1"), FollowUpPassphrase.Derive(RandomNumberGenerator.GetBytes(32), "draft-1"));
    }
}
