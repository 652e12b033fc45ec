using Marsad.Extraction.Evaluation;
using Marsad.Testing;

namespace Marsad.Extraction.Tests;

/// <summary>The example article of ../shared end to end, scored against its hand-made reference.</summary>
public sealed class ExampleArticleTests
{
    private static (ArticleAnalysis, ExtractionReference) Run()
    {
        string text = File.ReadAllText(SharedData.RequireFile("examples/libya-oil-crescent.txt"));
        var reference = ExtractionReference.Load(SharedData.RequireFile("examples/libya-oil-crescent.expected.json"));
        return (new ArticleAnalyzer().Analyze(text, new DateOnly(2017, 3, 15)), reference);
    }

    [Fact]
    public void Seven_of_the_eight_must_quotes_with_the_right_speaker()
    {
        var (a, reference) = Run();
        var score = ExtractionScorer.Score(a, reference);
        Assert.True(score.MustRightSpeaker >= 7, string.Join('\n', score.Notes));
    }

    [Fact]
    public void Both_must_dates_resolve()
    {
        var (a, reference) = Run();
        Assert.Equal(2, ExtractionScorer.Score(a, reference).MustDatesResolved);
    }

    [Theory]
    [InlineData("أحمد المسمارى", "المسمارى")]
    [InlineData("خليفة حفتر", "حفتر")]
    [InlineData("ماتيا توالدو", "توالدو")]
    [InlineData("الجيش الوطنى الليبى", "الجيش الليبى", "الجيش الوطنى")]
    public void Mentions_of_one_entity_share_one_id(params string[] forms)
    {
        var (a, _) = Run();
        var ids = new HashSet<int>();
        foreach (string form in forms)
        {
            var hits = a.Entities.Mentions.Where(m => m.Text == form).ToList();
            Assert.NotEmpty(hits);
            foreach (var h in hits) ids.Add(h.Id);
        }
        Assert.Single(ids);
    }

    [Theory]
    [InlineData("قتيل", 1)]
    [InlineData("3 أيام", 3)]
    [InlineData("عدة جرحى", 3)]
    public void Counts_come_out_in_numbers(string text, double value)
    {
        var (a, _) = Run();
        Assert.Contains(a.Numbers, n => n.Text == text && n.Value == value);
    }
}
