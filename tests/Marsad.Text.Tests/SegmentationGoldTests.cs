using Marsad.Testing;
using Marsad.Text.Segmentation;

namespace Marsad.Text.Tests;

public class SegmentationGoldTests
{
    [Fact]
    public void The_farasa_wikinews_gold_is_segmented_at_least_97_percent_right()
    {
        string path = SharedData.RequireFile("data/farasa-wikinews/WikiNews.pos.ref");
        var tokens = SegmentationGold.Read(path);
        Assert.True(tokens.Count > 18000, $"expected the whole gold file, read {tokens.Count} tokens");
        var score = SegmentationScore.Of(tokens, CliticSegmenter.Default);
        Assert.True(score.Accuracy >= 0.97, $"accuracy {score.Accuracy:F4} over {score.Total} tokens is below 0.97");
    }
}
