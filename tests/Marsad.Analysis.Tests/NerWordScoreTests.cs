using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

/// <summary>The tagger sums each word's own features once and reuses the sum; it must score as every feature looked up one by one.</summary>
public class NerWordScoreTests
{
    public static TheoryData<string> Sentences =>
    [
        "قال المتحدث باسم الجيش الليبي العقيد أحمد المسماري إن القوات سيطرت على رأس لانوف",
        "وبريطانيا",
        "زار محمد",
        "أعلنت شركة النفط الوطنية في طرابلس أن شركة النفط الوطنية استأنفت التصدير من ميناء السدرة",
        "CNN : 12 قتيلا في بنغازى و 3 جرحى فى الجفرة",
        "التقى الأمين العام للأمم المتحدة بان كي مون وزير الخارجية",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void ScoresEqualTheSumOfEveryFeature(string sentence)
    {
        var tagger = EntityRecognizer.Default.Tagger;
        var tokens = Tokens(sentence);
        var expected = Uncached(tagger, tokens);

        // Twice: the first call fills the per-word sums, the second reads them.
        for (int round = 0; round < 2; round++) AssertClose(expected, tagger.Scores(tokens));
    }

    [Fact]
    public void TwoTaggersOnTheSameWordsKeepTheirOwnSums()
    {
        // The same weights without the corpus profile give other sums for the same (shared) tokens.
        var withProfile = EntityRecognizer.Default.Tagger;
        var withoutProfile = new NerTagger(withProfile.Model, withProfile.Featurizer.WithProfile(CorpusTagProfile.Empty));
        var tokens = Tokens("قال المتحدث باسم الجيش الليبي العقيد أحمد المسماري إن القوات سيطرت على رأس لانوف");
        var expectedWith = Uncached(withProfile, tokens);
        var expectedWithout = Uncached(withoutProfile, tokens);
        Assert.NotEqual(expectedWith, expectedWithout);
        for (int round = 0; round < 2; round++)
        {
            AssertClose(expectedWith, withProfile.Scores(tokens));
            AssertClose(expectedWithout, withoutProfile.Scores(tokens));
        }
    }

    [Fact]
    public void AnArticleSectionChangesTheScoresAsItsFeaturesSay()
    {
        var tagger = EntityRecognizer.Default.Tagger;
        var tokens = Tokens("فاز هامبورغ على بنفيكا");
        int sentence = TopicWords.Pick(SectionSums(tokens));
        int other = sentence == 1 ? 3 : 1;
        var expected = Uncached(tagger, tokens, other);
        Assert.NotEqual(Uncached(tagger, tokens), expected);
        for (int round = 0; round < 2; round++) AssertClose(expected, tagger.Scores(tokens, other));
        AssertClose(Uncached(tagger, tokens), tagger.Scores(tokens, sentence));
    }

    private static float[] SectionSums(List<NerToken> tokens)
    {
        var sum = new float[TopicWords.Sections.Length];
        foreach (var t in tokens) TopicWords.AddTo(sum, TopicWords.Default.Of(t.Core));
        return sum;
    }

    private static List<NerToken> Tokens(string sentence) => sentence.Split(' ').Select(w => NerToken.From(w)).ToList();

    private static float[] Uncached(NerTagger tagger, List<NerToken> tokens, int section = NerFeaturizer.SentenceSection)
    {
        var features = new List<ulong>();
        var offsets = new List<int>();
        tagger.Featurizer.Extract(tokens, features, offsets, section);
        int tags = NerTagSet.Count;
        var expected = new float[tokens.Count * tags];
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
        for (int i = 0; i < tokens.Count; i++)
            tagger.Model.Score(all[offsets[i]..offsets[i + 1]], expected.AsSpan(i * tags, tags));
        return expected;
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int k = 0; k < expected.Length; k++) Assert.Equal(expected[k], actual[k], 1e-3f);
    }
}
