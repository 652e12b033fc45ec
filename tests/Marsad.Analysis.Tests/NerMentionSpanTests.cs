using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

/// <summary>Mentions in raw text are spans of the original string that leave out a leading و/ب/ل.</summary>
public class NerMentionSpanTests
{
    [Fact]
    public void MentionsStartAfterAConjunctionOrPreposition()
    {
        const string text = "دعت كل من بريطانيا وفرنسا وإيطاليا إلى وقف القتال. وقال المتحدث إن الهجوم جرى بأوامر مباشرة لحفتر.";
        var doc = EntityRecognizer.Default.Apply(TextAnalyzer.Default.Analyze(text));
        var texts = doc.Entities.Select(e => e.Text).ToList();
        Assert.Contains("فرنسا", texts);
        Assert.Contains("إيطاليا", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith('و') && t != "واشنطن");
        foreach (var e in doc.Entities) Assert.Equal(text[e.Start..e.End], e.Text);
    }

    [Theory]
    [InlineData("لحفتر", "حفتر")]
    [InlineData("وبريطانيا", "بريطانيا")]
    [InlineData("وَبريطانيا", "بريطانيا")]
    [InlineData("ليبيا", "ليبيا")]
    [InlineData("للعراق", "للعراق")]
    public void LeavesOutAProcliticOnlyWhenTheBareWordIsTheBetterKnownWord(string word, string mention)
    {
        var lexicon = new Marsad.Text.Lexicons.WordLexicon(new Dictionary<string, int>
        {
            ["حفتر"] = 900, ["لحفتر"] = 20, ["بريطانيا"] = 5000, ["وبريطانيا"] = 300, ["ليبيا"] = 8000, ["يبيا"] = 1, ["العراق"] = 9000, ["للعراق"] = 700,
        });
        var token = NerToken.From(word);
        Assert.Equal(mention, word[MentionStart.ProcliticLength(word, token, lexicon)..]);
    }
}
