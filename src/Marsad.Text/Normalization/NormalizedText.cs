namespace Marsad.Text.Normalization;

/// <summary>A normalised string and the map that ties each of its spans to the original text.</summary>
public sealed record NormalizedText(string Original, string Text, OffsetMap Map)
{
    public (int Start, int End) ToOriginal(int start, int end) => Map.ToOriginal(start, end);
}
