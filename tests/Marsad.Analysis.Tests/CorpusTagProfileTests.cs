using Marsad.Analysis.Ner;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Tests;

public class CorpusTagProfileTests
{
    private static NerToken[] Words(params string[] words) => words.Select(w => NerToken.From(w)).ToArray();

    private static int[] Tags(params string[] tags) => tags.Select(t => Array.IndexOf(NerTagSet.Names, t)).ToArray();

    private static CorpusTagProfile Sample()
    {
        var profile = new CorpusTagProfile();
        for (int k = 0; k < 3; k++)
            profile.Add(Words("نقلت", "وكالة", "الصحافة", "الفرنسية", "عن", "مصدر"), Tags("O", "B-ORG", "I-ORG", "I-ORG", "O", "O"));
        profile.Add(Words("قال", "الصحافة", "حرة"), Tags("O", "O", "O"));
        profile.Add(Words("وصل", "حفتر", "إلى", "الجفرة"), Tags("O", "B-PER", "O", "B-LOC"));
        return profile;
    }

    [Fact]
    public void ConfidentNamesAreTheMentionsAndSingleWordNamesTheTaggerMostlyAgreedOn()
    {
        var profile = Sample();
        for (int k = 0; k < 3; k++) profile.Add(Words("وصل", "حفتر", "إلى", "الجفرة"), Tags("O", "B-PER", "O", "B-LOC"));
        // A first name that mostly begins a longer mention is not a one-word name.
        for (int k = 0; k < 4; k++) profile.Add(Words("قال", "محمد", "علي"), Tags("O", "B-PER", "I-PER"));
        profile.Add(Words("قال", "محمد"), Tags("O", "B-PER"));
        var names = profile.ConfidentNames(3, 0.9).Select(n => (string.Join(' ', n.Words), NerTagSet.Types[n.Type])).ToList();
        Assert.Contains((NerToken.NameKey(Words("وكالة", "الصحافة", "الفرنسية"), 0, 3), "ORG"), names);
        Assert.Contains((NerToken.From("حفتر").Core, "PER"), names);
        Assert.Contains((NerToken.From("الجفرة").Core, "LOC"), names);
        Assert.Contains((NerToken.NameKey(Words("محمد", "علي"), 0, 2), "PER"), names);
        Assert.DoesNotContain(names, n => n.Item1 == NerToken.From("محمد").Core);
        Assert.DoesNotContain(names, n => n.Item1 == NerToken.From("الصحافة").Core);
        Assert.DoesNotContain(profile.ConfidentNames(5, 0.9), n => n.Words.Length > 1 && n.Words[0] == NerToken.From("وكالة").Core);
    }

    [Fact]
    public void CountsEachWordByTheTypesItWasTaggedWith()
    {
        var e = Sample().Of(NerToken.From("الصحافة").Core);
        Assert.NotNull(e);
        Assert.Equal(4, e.Value.Total);
        Assert.Equal(3, e.Value.Inside(NerTagSet.TypeIndex("ORG")));
        Assert.Equal(0, e.Value.Begins);
    }

    [Fact]
    public void ProcliticsDoNotMakeANewWord()
    {
        var profile = Sample();
        profile.Add(Words("ولحفتر"), Tags("B-PER"));
        Assert.Equal(2, profile.Of(NerToken.From("حفتر").Core)!.Value.Inside(NerTagSet.TypeIndex("PER")));
    }

    [Fact]
    public void FindsTheLongestMultiWordMention()
    {
        var sentence = Words("وذكرت", "وكالة", "الصحافة", "الفرنسية", "أمس");
        var (words, counts) = Sample().LongestMention(sentence, 1);
        Assert.Equal(3, words);
        Assert.Equal(3, counts![NerTagSet.TypeIndex("ORG")]);
        Assert.Equal(0, Sample().LongestMention(sentence, 0).Words);
    }

    [Fact]
    public void PruningDropsRareAndNeverTaggedWords()
    {
        var pruned = Sample().Pruned(3);
        Assert.NotNull(pruned.Of(NerToken.From("الصحافة").Core));
        Assert.Null(pruned.Of(NerToken.From("حفتر").Core));   // seen once
        Assert.Null(pruned.Of(NerToken.From("عن").Core));     // never inside a mention
        Assert.Equal(1, pruned.MentionCount);
    }

    [Fact]
    public void ARareSpellingOfAForeignGIsJudgedByAllItsSpellings()
    {
        var profile = new CorpusTagProfile();
        for (int k = 0; k < 2; k++) profile.Add(Words("زار", "هونج", "كونج"), Tags("O", "B-PER", "I-PER"));
        for (int k = 0; k < 10; k++) profile.Add(Words("زار", "هونغ", "كونغ"), Tags("O", "B-LOC", "I-LOC"));
        for (int k = 0; k < 150; k++) profile.Add(Words("في", "الغرب"), Tags("O", "O"));
        profile.Add(Words("الجرب", "مرض"), Tags("B-MISC", "O"));
        var pruned = profile.Pruned(1);
        var rare = pruned.Of(NerToken.From("هونج").Core)!.Value;
        Assert.Equal(12, rare.Total);
        Assert.Equal(10, rare.Inside(NerTagSet.TypeIndex("LOC")));
        Assert.Equal(10, pruned.LongestMention(Words("هونج", "كونج"), 0).Counts![NerTagSet.TypeIndex("LOC")]);
        // A common spelling keeps its own evidence (never tagged here, so none), whatever a rare one says.
        Assert.Null(pruned.Of(NerToken.From("الغرب").Core));
    }

    [Fact]
    public void SavedAndLoadedProfileIsTheSame()
    {
        var profile = Sample();
        string path = Path.Combine(Path.GetTempPath(), $"marsad-profile-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            profile.Save(path, "test profile");
            var loaded = CorpusTagProfile.Load(Marsad.Text.Corpora.JsonlCorpus.OpenMaybeGzip(path));
            Assert.Equal(profile.Count, loaded.Count);
            Assert.Equal(profile.MentionCount, loaded.MentionCount);
            var sentence = Words("وكالة", "الصحافة", "الفرنسية");
            Assert.Equal(profile.LongestMention(sentence, 0).Counts, loaded.LongestMention(sentence, 0).Counts);
            Assert.Equal(profile.Of("حفتر")!.Value.Begins, loaded.Of("حفتر")!.Value.Begins);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void TheProfileAddsFeaturesForWordsItKnows()
    {
        var lexicon = new WordLexicon(new Dictionary<string, int>());
        var plain = new NerFeaturizer(NerLexicon.Empty, WordClusters.Empty, lexicon);
        var profiled = plain.WithProfile(Sample());
        var sentence = Words("نقلت", "وكالة", "الصحافة", "الفرنسية");
        List<ulong> a = [], b = [];
        plain.Extract(sentence, a, []);
        profiled.Extract(sentence, b, []);
        Assert.True(b.Count > a.Count);
    }

    private static readonly ConllSentence[] TwoStageTrain = NerTrainingSample.Sentences;

    private static readonly List<NerToken[]> TwoStageCorpus = Enumerable.Range(0, 4).Select(_ => Words("قال", "محمد", "إن", "بغداد", "هادئة")).ToList();

    [Fact]
    public void TwoStageTrainingIsDeterministicAndShipsTheProfile()
    {
        var trainer = new NerTrainer(NerLexicon.Empty, WordClusters.Empty, new WordLexicon(new Dictionary<string, int>()));
        var options = new NerTrainingOptions { MaxEpochs = 3, DevFraction = 0.34, Folds = 2, ProfileFolds = 2, ProfileMinCount = 1, Ensemble = 2 };
        var a = trainer.Train(TwoStageTrain, options, TwoStageCorpus);
        var b = trainer.Train(TwoStageTrain, options, TwoStageCorpus);
        Assert.Equal(a.Model.Weights, b.Model.Weights);
        Assert.True(a.Profile.Count > 0);
        Assert.Contains("corpus tokens", a.Model.Description);
    }

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(0.0, false)]
    public void OnlyAProfileDropoutBelowOneLetsTheProfileFeaturesLearn(double dropout, bool sameScores)
    {
        var frequencies = new WordLexicon(new Dictionary<string, int>());
        var trainer = new NerTrainer(NerLexicon.Empty, WordClusters.Empty, frequencies);
        var options = new NerTrainingOptions { MaxEpochs = 3, DevFraction = 0.34, Folds = 2, ProfileFolds = 2, ProfileMinCount = 1, Ensemble = 2, ProfileDropout = dropout };
        var result = trainer.Train(TwoStageTrain, options, TwoStageCorpus);
        Assert.True(result.Profile.Count > 0);
        var plain = new NerFeaturizer(NerLexicon.Empty.WithNameParts(result.NameParts), WordClusters.Empty, frequencies);
        var sentence = Words("قال", "محمد", "إن", "بغداد", "هادئة");
        var without = new NerTagger(result.Model, plain).Scores(sentence);
        var with = new NerTagger(result.Model, plain.WithProfile(result.Profile)).Scores(sentence);
        Assert.Equal(sameScores, without.SequenceEqual(with));
    }
}
