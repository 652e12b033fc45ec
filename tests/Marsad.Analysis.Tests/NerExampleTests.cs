using Marsad.Analysis.Ner;
using Marsad.Testing;

namespace Marsad.Analysis.Tests;

/// <summary>The reference article: NER over the analyser's own tokens of raw text.</summary>
public class NerExampleTests
{
    // The tagger alone finds 16 of the 25 `must` entities (the whole pipeline, 20: ExampleEntitiesTests); this floor keeps it from regressing.
    private const int Floor = 14;

    [Fact]
    public void FindsMustEntitiesOfTheReferenceArticle()
    {
        string text = ExampleEntities.Text();
        var doc = EntityRecognizer.Default.Apply(TextAnalyzer.Default.Analyze(text));

        foreach (var e in doc.Entities) Assert.Equal(text[e.Start..e.End], e.Text);
        var (hit, must, missed) = ExampleEntities.Score(doc.Entities.Select(e => (e.Text, e.Type)));
        Assert.Equal(25, must);
        Assert.True(hit >= Floor, $"{hit}/25 must entities found; missed: {string.Join(", ", missed)}");
    }
}
