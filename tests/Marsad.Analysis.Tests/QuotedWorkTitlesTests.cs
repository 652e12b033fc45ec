using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

/// <summary>A quoted stretch after a word that names a work is one MISC mention; other quotations are left to the tagger.</summary>
public class QuotedWorkTitlesTests
{
    private static readonly QuotedWorkTitles Titles = new(["برنامج", "رواية", "=بعنوان"]);

    /// <summary>Tags after the rule for words given with the tagger's tags ("word/TAG", O when none).</summary>
    private static string Run(string tagged)
    {
        var pairs = tagged.Split(' ').Select(w => w.Split('/')).ToArray();
        var tokens = pairs.Select(p => NerToken.From(p[0])).ToList();
        var tags = pairs.Select(p => p.Length > 1 ? Array.IndexOf(NerTagSet.Names, p[1]) : NerTagSet.Outside).ToArray();
        Titles.Apply(tokens, tags);
        return string.Join(' ', tags.Select(t => NerTagSet.Names[t]));
    }

    [Fact]
    public void TheQuotedTitleAfterAWorkNounIsOneMiscMentionWhateverTheTaggerSaid()
    {
        Assert.Equal("O O O B-MISC I-MISC O O", Run("تقدم برنامجها « حبيب/B-PER الملايين » غدا"));
        Assert.Equal("O O O B-MISC I-MISC I-MISC O", Run("في برنامج « حوار من القلب »"));
        Assert.Equal("O O B-MISC I-MISC O", Run("ورواية \" أولاد حارتنا \""));
    }

    [Fact]
    public void AnExactFormMatchesOnlyAsWritten()
    {
        Assert.Equal("O O B-MISC O", Run("بعنوان « حكايات »"));
        Assert.Equal("O O O O", Run("عنوان « حكايات »"));
    }

    [Theory]
    [InlineData("قال « الناس وأنا »")]
    [InlineData("برنامج « كلمة طويلة جدا لا تكون اسما »")]
    [InlineData("برنامج « الناس , وأنا »")]
    [InlineData("برنامج « الناس وأنا")]
    [InlineData("برنامج « »")]
    public void OtherQuotationsAreLeftAlone(string words) =>
        Assert.DoesNotContain("MISC", Run(words));

    [Fact]
    public void AMentionTheTaggerRanThroughTheClosingMarkStartsAfterIt() =>
        Assert.Equal("O O B-MISC O B-ORG", Run("برنامج « حكايات/B-ORG »/I-ORG القناة/I-ORG"));

    [Fact]
    public void AnalyzeGivesTheTitleAsAMentionOfTheOriginalText()
    {
        const string text = "وقدمت المذيعة برنامجها «معكم» على القناة، فيما صدرت رواية «أولاد حارتنا» في طبعة جديدة.";
        var doc = EntityRecognizer.Default.Apply(TextAnalyzer.Default.Analyze(text));
        var titles = doc.Entities.Where(e => e.Type == "MISC").Select(e => e.Text).ToList();
        Assert.Contains("معكم", titles);
        Assert.Contains("أولاد حارتنا", titles);
        foreach (var e in doc.Entities) Assert.Equal(text[e.Start..e.End], e.Text);
    }

    [Fact]
    public void EvaluationScoresTheTitlesAsAnalyzeFindsThem()
    {
        // A city's name as a film's title: the tagger alone reads it as the place.
        string[] tokens = ["وعرض", "فيلم", "«", "القاهرة", "»", "أمس", "في", "بغداد", "."];
        string[] labels = ["O", "O", "O", "B-MISC", "O", "O", "O", "B-LOC", "O"];
        foreach (int articles in new[] { 30, 0 })
        {
            var scorer = NerEvaluation.Score(EntityRecognizer.Default, [new ConllSentence(tokens, labels)], articles);
            Assert.Equal((2, 2, 2), (scorer.Micro.Gold, scorer.Micro.Predicted, scorer.Micro.Correct));
        }
    }

    [Fact]
    public void TheShippedListKnowsCommonWorkNouns()
    {
        foreach (var word in new[] { "برنامج", "الفيلم", "ورواية", "بعنوان" })
            Assert.True(QuotedWorkTitles.Default.NamesWork(NerToken.From(word)), word);
        Assert.False(QuotedWorkTitles.Default.NamesWork(NerToken.From("عنوان")));
    }
}
