using Marsad.Analysis.Ner;
using Marsad.Text.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Analysis.Tests;

public class WordClassTreeTests
{
    private static NerToken[] Words(params string[] words) => words.Select(w => NerToken.From(w)).ToArray();

    private static readonly string[] Vocabulary = NerTrainingSample.Vocabulary;

    /// <summary>Two trees of three levels; <paramref name="secondTreeShift"/> moves every word to another class in the second tree only.</summary>
    private static WordClusters TwoTrees(int secondTreeShift = 0)
    {
        var ids = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int k = 0; k < Vocabulary.Length; k++)
        {
            int first = k % 3, second = (k + secondTreeShift) % 4;
            ids[ArabicNormalizer.Matching.Normalize(Vocabulary[k])] = [first, first * 2 + k % 2, k, second, second * 2 + k % 2, 100 + (k + secondTreeShift) % Vocabulary.Length];
        }
        return new WordClusters(ids, [3, 6, Vocabulary.Length, 4, 8, 100 + Vocabulary.Length], trees: 2);
    }

    private static readonly WordLexicon NoCounts = new(new Dictionary<string, int>());

    [Fact]
    public void Each_tree_has_its_own_features_and_the_rest_are_shared()
    {
        var featurizer = new NerFeaturizer(NerLexicon.Empty, TwoTrees(), NoCounts);
        List<ulong> features = [];
        featurizer.Extract(Words("قال", "محمد", "إن", "بغداد", "هادئة"), features, []);
        var byTree = features.GroupBy(NerFeaturizer.TreeOf).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([-1, 0, 1], byTree.Keys.Order());
        Assert.Equal(byTree[0], byTree[1]);

        // The shared features do not depend on the trees.
        var oneTree = new WordClusters(Vocabulary.ToDictionary(w => ArabicNormalizer.Matching.Normalize(w), _ => new[] { 0, 0, 0 }, StringComparer.Ordinal), [1, 1, 1]);
        List<ulong> single = [];
        new NerFeaturizer(NerLexicon.Empty, oneTree, NoCounts).Extract(Words("قال", "محمد", "إن", "بغداد", "هادئة"), single, []);
        Assert.Equal(features.Where(f => NerFeaturizer.TreeOf(f) < 0).Order(), single.Where(f => NerFeaturizer.TreeOf(f) < 0).Order());
    }

    [Fact]
    public void More_trees_than_a_feature_can_name_are_refused()
    {
        var eight = new WordClusters(new Dictionary<string, int[]>(StringComparer.Ordinal), [.. Enumerable.Repeat(1, 8)], trees: 8);
        Assert.Throws<ArgumentException>(() => new NerFeaturizer(NerLexicon.Empty, eight, NoCounts));
    }

    [Fact]
    public void Trees_survive_a_save_and_load()
    {
        string path = Path.Combine(Path.GetTempPath(), $"marsad-trees-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            TwoTrees().Save(path, "test");
            using var stream = Marsad.Text.Corpora.JsonlCorpus.OpenMaybeGzip(path);
            var loaded = WordClusters.Load(stream);
            Assert.Equal(2, loaded.Trees);
            Assert.Equal(3, loaded.LevelsPerTree);
            Assert.Equal(TwoTrees().Of(ArabicNormalizer.Matching.Normalize("بغداد")), loaded.Of(ArabicNormalizer.Matching.Normalize("بغداد")));
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void A_perceptron_learns_from_its_own_tree_only(int ensemble, bool secondTreeCounts)
    {
        var trainer = new NerTrainer(NerLexicon.Empty, TwoTrees(), NoCounts);
        var options = new NerTrainingOptions { MaxEpochs = 3, DevFraction = 0.34, Folds = 2, Ensemble = ensemble, MentionReplacement = 0 };
        var result = trainer.Train(NerTrainingSample.Sentences, options);
        var sentence = Words("قال", "سعيد", "إن", "القاهرة", "هادئة");
        var lexicon = NerLexicon.Empty.WithNameParts(result.NameParts);
        var scores = new NerTagger(result.Model, new NerFeaturizer(lexicon, TwoTrees(), NoCounts)).Scores(sentence);
        var moved = new NerTagger(result.Model, new NerFeaturizer(lexicon, TwoTrees(secondTreeShift: 1), NoCounts)).Scores(sentence);
        // With one perceptron (the first, reading the first tree), the second tree's classes weigh nothing.
        Assert.Equal(secondTreeCounts, !scores.SequenceEqual(moved));
    }
}
