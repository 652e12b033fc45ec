namespace Marsad.Text.Segmentation;

/// <summary>
/// A word cut into proclitics, stem and suffixes in the scheme of the Farasa WikiNews gold
/// (<c>و+ال+مؤتمر</c>, <c>ثقاف+ة</c>). <see cref="StemIndex"/> points at the stem segment.
/// </summary>
public sealed record Segmentation(IReadOnlyList<string> Segments, int StemIndex)
{
    public string Stem => Segments[StemIndex];
    public override string ToString() => string.Join('+', Segments);
    public static Segmentation Whole(string word) => new([word], 0);
}
