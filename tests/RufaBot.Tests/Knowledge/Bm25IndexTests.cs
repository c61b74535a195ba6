using RufaBot.Knowledge.Retrieval;

namespace RufaBot.Tests.Knowledge;

public sealed class Bm25IndexTests
{
    private static Bm25Index Index(params string[][] documents) =>
        new(documents.Select(terms => (IReadOnlyList<(string, float)>)terms.Select(t => (t, 1f)).ToList()).ToList());

    [Fact]
    public void RareTermsOutweighCommonOnes()
    {
        var index = Index(["un", "staff", "induct"], ["un", "staff"], ["un", "sag"]);
        Assert.Equal(2, index.Search(["un", "sag"], 3)[0].Doc);
    }

    [Fact]
    public void ShorterDocumentsWinAtEqualTermFrequency()
    {
        var index = Index(["sag", "a", "b", "c", "d", "e"], ["sag", "a"]);
        Assert.Equal([1, 0], index.Search(["sag"], 2).Select(h => h.Doc));
    }

    [Fact]
    public void OnlyMatchingDocumentsAreReturned_BestFirst_UpToTop()
    {
        var index = Index(["a"], ["b"], ["a", "a", "b"], ["c"]);
        var hits = index.Search(["a", "b", "zzz"], 2);
        Assert.Equal(2, hits.Count);
        Assert.Equal(2, hits[0].Doc);
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Empty(index.Search(["zzz"], 3));
    }

    [Fact]
    public void RepeatedQueryTermsCountOnce()
    {
        var index = Index(["a", "b"], ["b"]);
        Assert.Equal(index.Search(["a"], 2)[0].Score, index.Search(["a", "a", "a"], 2)[0].Score);
    }
}
