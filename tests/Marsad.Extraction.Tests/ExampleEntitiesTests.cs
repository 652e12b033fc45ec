using System.Text.Json;
using Marsad.Analysis.Ner;
using Marsad.Testing;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Tests;

/// <summary>The example article through the whole pipeline (NER, then the names the text marks), as `marsad analyze` runs it.</summary>
public sealed class ExampleEntitiesTests
{
    private const int Required = 20;
    private static readonly ArabicNormalizer Norm = ArabicNormalizer.Matching;

    [Fact]
    public void At_least_twenty_of_the_twenty_five_must_entities_are_found_with_their_type()
    {
        string text = File.ReadAllText(SharedData.RequireFile("examples/libya-oil-crescent.txt"));
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedData.RequireFile("examples/libya-oil-crescent.expected.json")));
        var analysis = new ArticleAnalyzer([EntityRecognizer.Default]).Analyze(text, new DateOnly(2017, 3, 15));

        // A mention counts by its text and type; the reference writes one glued mention as it appears, so spaces are ignored.
        var found = analysis.Entities.Mentions.Select(m => (Norm.Normalize(m.Text).Replace(" ", ""), m.Type)).ToHashSet();
        int hit = 0;
        var missed = new List<string>();
        foreach (var entity in expected.RootElement.GetProperty("entities").GetProperty("must").EnumerateArray())
        {
            string type = entity.GetProperty("type").GetString()!;
            bool ok = entity.GetProperty("mentions").EnumerateArray().Any(m => found.Contains((Norm.Normalize(m.GetString()!).Replace(" ", ""), type)));
            if (ok) hit++; else missed.Add($"{type} {entity.GetProperty("canonical").GetString()}");
        }
        Assert.True(hit >= Required, $"{hit}/25 must entities found; missed: {string.Join(", ", missed)}");
    }
}
