using Marsad.Text.Normalization;

namespace Marsad.Text.Segmentation;

/// <summary>Cuts Arabic words into clitics, stem and suffixes.</summary>
public sealed class CliticSegmenter
{
    private static readonly string[] Prefixes = ["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"];

    public static CliticSegmenter Default { get; } = new();

    /// <summary>Segments one word given as written (diacritics are dropped first).</summary>
    public Segmentation Segment(ReadOnlySpan<char> word)
    {
        string w = ArabicNormalizer.For(Folds.Diacritics | Folds.Tatweel | Folds.InvisibleMarks).Normalize(word);
        foreach (var p in Prefixes)
        {
            if (w.Length - p.Length >= 3 && w.StartsWith(p, StringComparison.Ordinal))
            {
                var parts = new List<string>();
                string rest = p;
                if (rest.Length > 2 && rest.EndsWith("ال", StringComparison.Ordinal)) { parts.Add(rest[..^2]); parts.Add("ال"); }
                else if (rest == "لل") { parts.Add("ل"); parts.Add("ال"); }
                else parts.Add(rest);
                parts.Add(w[p.Length..]);
                return new Segmentation(parts, parts.Count - 1);
            }
        }
        return Segmentation.Whole(w);
    }
}
