namespace Marsad.Text.Segmentation;

/// <summary>
/// Word-level segmentation accuracy against gold tokens: a token is right when every cut matches.
/// Counted over all tokens (punctuation, numbers and Latin words must come back whole) and over Arabic words.
/// </summary>
public sealed record SegmentationScore(int Total, int Right, int Arabic, int ArabicRight, IReadOnlyDictionary<(string Gold, string Got), int> Misses)
{
    public double Accuracy => Total == 0 ? 0 : (double)Right / Total;
    public double ArabicAccuracy => Arabic == 0 ? 0 : (double)ArabicRight / Arabic;

    public static SegmentationScore Of(IEnumerable<GoldToken> tokens, CliticSegmenter segmenter)
    {
        int total = 0, right = 0, arabic = 0, arabicRight = 0;
        var misses = new Dictionary<(string, string), int>();
        foreach (var t in tokens)
        {
            string got = segmenter.Segment(t.Word).ToString();
            bool ok = got == t.Segmented;
            total++;
            if (ok) right++;
            if (t.IsArabic)
            {
                arabic++;
                if (ok) arabicRight++;
            }
            if (!ok) misses[(t.Segmented, got)] = misses.GetValueOrDefault((t.Segmented, got)) + 1;
        }
        return new SegmentationScore(total, right, arabic, arabicRight, misses);
    }
}
