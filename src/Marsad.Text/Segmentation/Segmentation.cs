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

    public Segmentation(string[] segments, int stemIndex, string lightStem, string? norm = null, int gluedCut = -1)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Length == 0) throw new ArgumentException("a segmentation has at least one segment", nameof(segments));
        if ((uint)stemIndex >= (uint)segments.Length) throw new ArgumentOutOfRangeException(nameof(stemIndex));
        _segments = segments;
        StemIndex = stemIndex;
        LightStem = lightStem;
        Norm = norm ?? Normalization.ArabicNormalizer.Matching.Normalize(string.Concat(segments));
        GluedCut = gluedCut;
    }

    /// <summary>
    /// Where the written form is two words glued together (المتحدةالأمريكية), the index in it where the second
    /// begins; -1 for a single word. Kept with the cuts so the tokeniser learns it from the same cached lookup.
    /// </summary>
    public int GluedCut { get; }

    /// <summary>The whole word as written, in matching form: cached with the cuts, so a token's norm costs no extra work.</summary>
    public string Norm { get; }

    internal Segmentation WithNorm(string norm) => norm == Norm ? this : new Segmentation(_segments, StemIndex, LightStem, norm, GluedCut);

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
