using Marsad.Analysis.Ner;
using Marsad.Testing;

namespace Marsad.Analysis.Tests;

/// <summary>Egyptian newspaper spelling and voweled text must not change the tags (skipped where ../shared is absent).</summary>
public class NerSpellingTests
{
    [Fact]
    public void EgyptianSpellingAndDiacriticsGiveTheSameTags()
    {
        string path = SharedData.RequireFile("data/anercorp/ANERCorp_CamelLab_test.txt");
        var tagger = EntityRecognizer.Default.Tagger;
        int sentences = 0, changedWords = 0;
        foreach (var s in ConllCorpus.Read(path).Take(150))
        {
            var msa = tagger.Tag(s.Tokens);
            var egyptian = s.Tokens.Select(SpellingVariants.Egyptian).ToArray();
            var voweled = s.Tokens.Select(SpellingVariants.Diacritized).ToArray();
            changedWords += egyptian.Zip(s.Tokens).Count(p => p.First != p.Second);
            Assert.Equal(msa, tagger.Tag(egyptian));
            Assert.Equal(msa, tagger.Tag(voweled));
            sentences++;
        }
        Assert.True(changedWords > 100, "the Egyptian rewrite should change many words");
        Assert.Equal(150, sentences);
    }
}
