namespace Marsad.Text.Segmentation;

/// <summary>
/// A word cut into proclitics, stem and suffixes in the scheme of the Farasa WikiNews gold
/// (<c>و+ال+مؤتمر</c>, <c>ثقاف+ة</c>). Segments keep the word's letters as written, without diacritics.
/// <see cref="StemIndex"/> points at the stem segment; <see cref="LightStem"/> is that stem in matching form,
/// the key search uses so that طرابلس، وطرابلس and بطرابلس, or الليبى and الليبي, meet.
/// Instances are shared between all occurrences of a word form: treat them as immutable.
/// </summary>
public sealed class Segmentation
{
    private readonly string[] _segments;

    public Segmentation(string[] segments, int stemIndex, string lightStem)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Length == 0) throw new ArgumentException("a segmentation has at least one segment", nameof(segments));
        if ((uint)stemIndex >= (uint)segments.Length) throw new ArgumentOutOfRangeException(nameof(stemIndex));
        _segments = segments;
        StemIndex = stemIndex;
        LightStem = lightStem;
    }

    public IReadOnlyList<string> Segments => _segments;
    public int StemIndex { get; }
    public string Stem => _segments[StemIndex];

    /// <summary>The stem in <see cref="Normalization.Folds.Matching"/> form: clitics, pronoun suffixes and the
    /// split inflections (ة، ات، ين، ون، ان، verb person endings, accusative ا) removed.</summary>
    public string LightStem { get; }

    public override string ToString() => string.Join('+', _segments);

    public static Segmentation Whole(string word) =>
        new([word], 0, Normalization.ArabicNormalizer.Matching.Normalize(word));
}
