using Marsad.Analysis.Documents;
using Marsad.Testing;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Analysis.Tests;

/// <summary>The text core on the real article in ../shared/examples (Egyptian orthography, glued words, no line breaks).</summary>
public class ExampleArticleTextTests
{
    private static Document Analyze()
    {
        string path = SharedData.RequireFile("examples/libya-oil-crescent.txt");
        return TextAnalyzer.Default.Analyze(File.ReadAllText(path), new DateOnly(2017, 3, 15));
    }

    [Fact]
    public void The_headline_ends_after_the_clause_that_follows_the_double_full_stop()
    {
        var doc = Analyze();
        Assert.NotNull(doc.Headline);
        string headline = doc.Text[doc.Headline.Value.Start..doc.Headline.Value.End];
        Assert.StartsWith("المتحدث باسم الجيش:", headline);
        Assert.EndsWith("لوقف القتال", headline);
    }

    [Fact]
    public void The_body_has_eleven_sentences_and_the_quotation_with_a_full_stop_stays_whole()
    {
        var doc = Analyze();
        var body = doc.Sentences.Where(s => !s.IsHeadline).Select(s => doc.Text[s.Start..s.End]).ToList();
        Assert.InRange(body.Count, 10, 12);
        Assert.StartsWith("أكد المتحدث", body[0]);
        Assert.Contains(body, s => s.Contains("«المطاردة لم تنته.. سنطارد العدو", StringComparison.Ordinal));
    }

    [Fact]
    public void Glued_words_are_repaired_into_separate_tokens()
    {
        var doc = Analyze();
        var words = doc.Tokens.Select(t => t.Text).ToList();
        int i = words.IndexOf("المتحدة");
        Assert.True(i >= 0, "المتحدة should be a token of its own");
        Assert.Equal("الأمريكية", words[i + 1]);
        Assert.Equal(doc.Tokens[i].End, doc.Tokens[i + 1].Start);
        Assert.DoesNotContain("المتحدةالأمريكية", words);
    }

    [Fact]
    public void Every_token_span_is_its_text_and_its_norm_is_the_normal_form_of_that_text()
    {
        var doc = Analyze();
        Assert.NotEmpty(doc.Tokens);
        foreach (var t in doc.Tokens)
        {
            Assert.Equal(t.Text, doc.Text[t.Start..t.End]);
            Assert.Equal(ArabicNormalizer.Matching.Normalize(t.Text), t.Norm);
            if (t.Kind == TokenKind.ArabicWord) Assert.NotEmpty(t.Segments);
        }
        foreach (var s in doc.Sentences) Assert.True(s.Start < s.End && s.End <= doc.Text.Length);
    }
}
