using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

public class NerTokenTests
{
    [Fact]
    public void TokensFromTheAnalyserEqualTokensFromTheSurfaceAsInTraining()
    {
        const string text = "وقال المتحدث باسم الجيش الوطنى الليبى العقيد أحمد المسمارى إن قوات حفتر دخلت بنغازى وللعراق وبالقاهرة فى 2017 «تويتر» ABC.";
        var doc = TextAnalyzer.Default.Analyze(text);
        Assert.NotEmpty(doc.Tokens);
        foreach (var t in doc.Tokens)
            Assert.Equal(NerToken.From(t.Text), NerToken.From(t.Text, t.Norm));
    }

    [Fact]
    public void FeaturesUseMatchingForms()
    {
        Assert.Equal(NerToken.From("الليبي"), NerToken.From("الليبى"));
        Assert.Equal(NerToken.From("القاهرة"), NerToken.From("القاهره"));
        Assert.Equal(NerToken.From("أحمد"), NerToken.From("احمد"));
        Assert.Equal(NerToken.From("مُحَمَّد"), NerToken.From("محمد"));
    }
}
