using System.Text.RegularExpressions;
using RufaBot.Concerns;

namespace RufaBot.Tests.Concerns;

public sealed class ConcernReferenceTests
{
    [Fact]
    public void New_IsReadableAndWithoutLookAlikes()
    {
        var references = Enumerable.Range(0, 2_000).Select(_ => ConcernReference.New()).ToList();

        Assert.All(references, r => Assert.Matches(new Regex("^HR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$"), r));
        Assert.All(references, r => Assert.Equal(ConcernReference.Length, r.Length));
    }

    [Fact]
    public void New_DrawsFromTheWholeAlphabet_AndDoesNotRepeat()
    {
        // 16,000 characters drawn uniformly from 30: the chance that one character never appears is below 30 * (29/30)^16000,
        // about 1e-233, so a missing character means the draw is not uniform (a bias or a narrowed alphabet).
        var drawn = Enumerable.Range(0, 2_000).SelectMany(_ => ConcernReference.New().Replace("HR-", "").Replace("-", "")).ToHashSet();
        Assert.Equal("23456789ABCDEFGHJKMNPQRSTVWXYZ", new string([.. drawn.Order()]));

        // 30^8 (about 6.6e11) possible references: 200 of them collide with probability 200^2 / (2 * 30^8), about 3e-8.
        var references = Enumerable.Range(0, 200).Select(_ => ConcernReference.New()).ToList();
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Theory]
    [InlineData("HR-7K3F-9QXD", "HR-7K3F-9QXD")]
    [InlineData("hr-7k3f-9qxd", "HR-7K3F-9QXD")]
    [InlineData(" HR 7K3F 9QXD ", "HR-7K3F-9QXD")]
    [InlineData("7K3F9QXD", "HR-7K3F-9QXD")]
    [InlineData("HRAB-CDEF", "HR-HRAB-CDEF")]
    [InlineData("HR-HRAB-CDEF", "HR-HRAB-CDEF")]
    public void TryNormalize_AcceptsWhatPeopleType(string input, string expected)
    {
        Assert.True(ConcernReference.TryNormalize(input, out var reference));
        Assert.Equal(expected, reference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("HR-7K3F-9QX")]
    [InlineData("HR-7K3F-9QX0")]
    [InlineData("HR-7K3F-9QXDD")]
    [InlineData("'; DROP TABLE Concerns --")]
    public void TryNormalize_RefusesAnythingElse(string? input) =>
        Assert.False(ConcernReference.TryNormalize(input, out _));
}
