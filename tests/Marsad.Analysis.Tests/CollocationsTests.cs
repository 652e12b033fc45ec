using Marsad.Analysis.Ner;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Tests;

public class CollocationsTests
{
    private static NerToken[] Words(string sentence) => sentence.Split(' ').Select(w => NerToken.From(w)).ToArray();

    // A fixed name recurs whole; the word after it changes from sentence to sentence.
    private static readonly NerToken[][] Corpus =
    [
        Words("قال بان كي مون إن الوضع خطير"),
        Words("التقى بان كي مون وزير الخارجية"),
        Words("دعا بان كي مون الى الحوار"),
        Words("وصل الرئيس طالباني متضامنا مع الضحايا"),
        Words("قال الرئيس طالباني إن الحكومة باقية"),
        Words("استقبل الرئيس طالباني وفدا من بغداد"),
    ];

    private static Collocations.Pair PairOf(Collocations table, string first, string second)
    {
        var a = NerToken.From(first);
        var b = NerToken.From(second);
        return table.Of(a, table.AsFirst(a), b, table.AsSecond(b));
    }

    [Fact]
    public void AFixedNameSticksTogetherAndAFreeCombinationDoesNot()
    {
        var table = Collocations.Tally(Corpus, minCount: 1).ToTable();
        var name = PairOf(table, "كي", "مون");
        var free = PairOf(table, "طالباني", "متضامنا");
        Assert.True(name.Seen && free.Seen);
        Assert.Equal(4, name.Forward);    // every كي is followed by مون
        Assert.Equal(4, name.Backward);   // every مون follows كي
        Assert.Equal(3, free.Forward);    // one طالباني in three
        Assert.True(name.Pmi > PairOf(table, "مون", "إن").Pmi);   // a name before a word found everywhere
        Assert.Equal(2, table.Triple(NerToken.From("بان"), NerToken.From("كي"), NerToken.From("مون")));   // three times: log2 bucket 2
    }

    [Fact]
    public void RarePairsAreLeftOut()
    {
        var counts = Collocations.Tally(Corpus, minCount: 3);
        var table = counts.ToTable();
        Assert.True(PairOf(table, "كي", "مون").Seen);
        Assert.False(PairOf(table, "طالباني", "متضامنا").Seen);
        Assert.Equal(0, PairOf(table, "طالباني", "متضامنا").Count);
        Assert.DoesNotContain(counts.Pair.Keys, p => p.Item2 == "متضامنا");
    }

    [Fact]
    public void ProcliticsOfTheFirstWordDoNotMakeANewPair()
    {
        var table = Collocations.Tally(Corpus, minCount: 1).ToTable();
        Assert.Equal(PairOf(table, "الرئيس", "طالباني"), PairOf(table, "والرئيس", "طالباني"));
        Assert.False(PairOf(table, "الرئيس", "وطالباني").Seen);
    }

    [Fact]
    public void SavedAndLoadedTableAnswersTheSame()
    {
        var counts = Collocations.Tally(Corpus, minCount: 2);
        string path = Path.Combine(Path.GetTempPath(), $"marsad-collocations-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            counts.Save(path, "test table");
            var loaded = Collocations.Load(Marsad.Text.Corpora.JsonlCorpus.OpenMaybeGzip(path));
            var table = counts.ToTable();
            Assert.Equal(table.Count, loaded.Count);
            Assert.Equal(table.Pairs, loaded.Pairs);
            foreach (var s in Corpus)
                for (int i = 0; i + 1 < s.Length; i++)
                    Assert.Equal(PairOf(table, s[i].Norm, s[i + 1].Norm), PairOf(loaded, s[i].Norm, s[i + 1].Norm));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void MalformedLinesAreSkipped()
    {
        string text = "# header\nN\t100\nF\tكي\t3\nS\tمون\t3\nP\tكي\tمون\t3\nP\tكي\tمون\nP\tكي\tمون\tثلاثة\nX\t1\n\n";
        var table = Collocations.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(3, table.Count);
        Assert.Equal(100, table.Pairs);
        Assert.True(PairOf(table, "كي", "مون").Seen);
    }

    [Fact]
    public void TheTableAddsFeaturesBetweenWordsItKnows()
    {
        var lexicon = new WordLexicon(new Dictionary<string, int>());
        var plain = new NerFeaturizer(NerLexicon.Empty, WordClusters.Empty, lexicon);
        var paired = new NerFeaturizer(NerLexicon.Empty, WordClusters.Empty, lexicon, collocations: Collocations.Tally(Corpus, 1).ToTable());
        var sentence = Words("قال بان كي مون");
        List<ulong> a = [], b = [];
        List<int> ao = [], bo = [];
        plain.Extract(sentence, a, ao);
        paired.Extract(sentence, b, bo);
        Assert.True(b.Count > a.Count);
        // A known pair and an unknown one differ only in what the table says of them.
        var seen = b[bo[3]..bo[4]].Except(a[ao[3]..ao[4]]).ToHashSet();
        List<ulong> c = [], d = [];
        List<int> co = [], dOffsets = [];
        plain.Extract(Words("قال بان كي موسى"), c, co);
        paired.Extract(Words("قال بان كي موسى"), d, dOffsets);
        var unseen = d[dOffsets[3]..dOffsets[4]].Except(c[co[3]..co[4]]).ToHashSet();
        Assert.NotEmpty(seen);
        Assert.NotEmpty(unseen);
        Assert.False(seen.SetEquals(unseen));
    }
}
