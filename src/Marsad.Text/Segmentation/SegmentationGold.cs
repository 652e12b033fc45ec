using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Text.Segmentation;

/// <summary>One gold token: the word as written and its segments joined by '+'.</summary>
public sealed record GoldToken(string Word, string Segmented, bool IsArabic);

/// <summary>
/// Reads the Farasa WikiNews gold (<c>WikiNews.pos.ref</c>: a header line, then <c>segments&lt;TAB&gt;POS</c>).
/// The written word is rebuilt from the segments: they are joined, except that ل+ال is written لل, and ل+ال
/// before a stem that starts with ل is written لل with the stem's lam (ل+ال+لغ+ة → للغة).
/// من or عن before ما or من is written with one nun (من+ما → مما). Diacritics and
/// tatweel are dropped from both sides, as the segmenter drops them.
/// </summary>
public static class SegmentationGold
{
    private static readonly ArabicNormalizer Letters =
        ArabicNormalizer.For(Folds.Diacritics | Folds.Tatweel | Folds.InvisibleMarks | Folds.PresentationForms);

    public static List<GoldToken> Read(string path, Action<int, string>? onReject = null)
    {
        var tokens = new List<GoldToken>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1) continue;
            if (line.Length == 0) continue;
            int tab = line.IndexOf('\t');
            string segmented = Letters.Normalize((tab < 0 ? line : line[..tab]).Trim());
            if (segmented.Length == 0) { onReject?.Invoke(lineNumber, "empty token"); continue; }
            string[] parts = segmented.Split('+');
            if (parts.Any(p => p.Length == 0)) parts = [segmented];   // a literal '+' sign
            tokens.Add(new GoldToken(Join(parts), string.Join('+', parts), segmented.Any(c => c is >= '\u0621' and <= '\u064A')));
        }
        return tokens;
    }

    /// <summary>The written form of a segmented word.</summary>
    public static string Join(IReadOnlyList<string> parts)
    {
        var sb = new StringBuilder();
        for (int k = 0; k < parts.Count; k++)
        {
            if (parts[k] == "ال" && k > 0 && parts[k - 1] == "ل")
            {
                bool lamStem = k + 1 < parts.Count && parts[k + 1].StartsWith('ل');
                if (!lamStem) sb.Append('ل');
                continue;
            }
            // من and عن lose their nun before ما and من: من+ما is written مما.
            if (parts[k] is "من" or "عن" && k + 1 < parts.Count && parts[k + 1] is "ما" or "من")
            {
                sb.Append(parts[k][0]);
                continue;
            }
            sb.Append(parts[k]);
        }
        return sb.ToString();
    }
}
