using Marsad.Analysis.Ner;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Tests;

public class NerModelTests
{
    private static readonly ConllSentence[] Corpus =
    [
        new(["زار", "محمد", "علي", "القاهرة", "أمس"], ["O", "B-PERS", "I-PERS", "B-LOC", "O"]),
        new(["قال", "أحمد", "حسن", "إن", "بغداد", "هادئة"], ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]),
        new(["أعلنت", "شركة", "النفط", "الوطنية", "في", "طرابلس"], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]),
        new(["وصل", "خالد", "إلى", "دمشق"], ["O", "B-PERS", "O", "B-LOC"]),
        new(["غادر", "سعيد", "عمر", "القاهرة"], ["O", "B-PERS", "I-PERS", "B-LOC"]),
        new(["قالت", "وزارة", "الخارجية", "إن", "علي", "وصل"], ["O", "B-ORG", "I-ORG", "O", "B-PERS", "O"]),
    ];

    private static NerTrainingResult TrainTiny() => TrainTiny(new NerTrainingOptions { MaxEpochs = 5, DevFraction = 0.34, Folds = 2 });

    private static NerTrainingResult TrainTiny(NerTrainingOptions options, List<string>? log = null)
    {
        var lexicon = new NerLexicon(new Dictionary<string, LexiconFlags>(StringComparer.Ordinal) { ["القاهره"] = LexiconFlags.Place }, new(StringComparer.Ordinal));
        var trainer = new NerTrainer(lexicon, WordClusters.Empty, new WordLexicon(new Dictionary<string, int>()), log is null ? null : log.Add);
        return trainer.Train(Corpus, options);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AGivenNumberOfDevSentencesIsHeldOutExactly(int held)
    {
        var log = new List<string>();
        TrainTiny(new NerTrainingOptions { MaxEpochs = 2, DevFraction = 0.34, DevSentences = held, Folds = 2 }, log);
        Assert.Contains(log, line => line.StartsWith("dev choice:") && line.Contains($"/ {held} dev sentences"));
    }

    [Fact]
    public void SavedAndReloadedModelTagsIdentically()
    {
        var result = TrainTiny();
        using var buffer = new MemoryStream();
        result.Model.Save(buffer);
        buffer.Position = 0;
        var loaded = PerceptronModel.Load(buffer);

        Assert.Equal(result.Model.Transitions, loaded.Transitions);
        Assert.Equal(result.Model.Description, loaded.Description);
        var featurizer = new NerFeaturizer(NerLexicon.Empty, WordClusters.Empty, new WordLexicon(new Dictionary<string, int>()));
        var original = new NerTagger(result.Model, featurizer);
        var reloaded = new NerTagger(loaded, featurizer);
        foreach (var s in Corpus.Append(new(["زار", "خالد", "حسن", "بغداد", "ثم", "دمشق"], ["O", "O", "O", "O", "O", "O"])))
        {
            var a = original.Tag(s.Tokens);
            var b = reloaded.Tag(s.Tokens);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var a = TrainTiny();
        var b = TrainTiny();
        Assert.Equal(a.Model.Weights, b.Model.Weights);
        Assert.Equal(a.DevCurve, b.DevCurve);
    }

    [Fact]
    public void EachRoundOfCopiesDrawsItsOwnNames()
    {
        // One block and one fold, so that every sentence may take its names from every other.
        var options = new NerTrainingOptions { MaxEpochs = 5, DevFraction = 0.34, Folds = 1, ProfileFolds = 1, CopyRounds = 1 };
        var once = new List<string>();
        var thrice = new List<string>();
        TrainTiny(options, once);
        var a = TrainTiny(options with { CopyRounds = 3 }, thrice);
        var b = TrainTiny(options with { CopyRounds = 3 });

        // Every named sentence has a name of its type to swap in, so each round copies all of them.
        Assert.Contains(once, l => l.StartsWith("mention replacement: 4 copies for the dev choice, 6 for the final model", StringComparison.Ordinal));
        Assert.Contains(thrice, l => l.StartsWith("mention replacement: 12 copies for the dev choice, 18 for the final model", StringComparison.Ordinal));
        Assert.Equal(a.Model.Weights, b.Model.Weights);
    }

    [Fact]
    public void ASentenceIsInTheNamePartBlockItsCopiesDrawFrom()
    {
        // The features cut block f at ⌊count·f/folds⌋; mention replacement must put each sentence in the same block.
        for (int count = 1; count <= 60; count++)
            for (int folds = 1; folds <= 7; folds++)
                for (int f = 0; f < folds; f++)
                    for (int rank = count * f / folds; rank < count * (f + 1) / folds; rank++)
                        Assert.Equal(f, NerTrainer.BlockOf(rank, count, folds));
    }

    [Fact]
    public void LoadRejectsAForeignFile()
    {
        using var buffer = new MemoryStream("not a model"u8.ToArray());
        Assert.ThrowsAny<Exception>(() => PerceptronModel.Load(buffer));
    }
}
