using Marsad.Analysis.Ner;
using Marsad.Testing;

namespace Marsad.Extraction.Tests;

/// <summary>The example article through the whole pipeline (NER, then the names the text marks), as `marsad analyze` runs it.</summary>
public sealed class ExampleEntitiesTests
{
    [Fact]
    public void At_least_twenty_of_the_twenty_five_must_entities_are_found_with_their_type()
    {
        var analysis = new ArticleAnalyzer([EntityRecognizer.Default]).Analyze(ExampleEntities.Text(), new DateOnly(2017, 3, 15));
        var (hit, must, missed) = ExampleEntities.Score(analysis.Entities.Mentions.Select(m => (m.Text, m.Type)));
        Assert.Equal(25, must);
        Assert.True(hit >= 20, $"{hit}/25 must entities found; missed: {string.Join(", ", missed)}");
    }
}
