namespace Marsad.Text.Normalization;

/// <summary>
/// Maps every character of a normalised string back to the span of original characters it came from.
/// Characters removed by a fold are absorbed by the kept character before them, so a normalised span
/// maps to the whole original word, trailing diacritics and marks included.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal OffsetMap(int[] starts, int[] ends, int originalLength)
    {
        _starts = starts;
        _ends = ends;
        OriginalLength = originalLength;
    }

    public int OriginalLength { get; }
    public int Length => _starts.Length;

    /// <summary>The original span [start, end) of the normalised span [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start < 0 || end > Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"span [{start},{end}) is outside a normalised text of length {Length}");
        if (start == end)
        {
            int at = start < Length ? _starts[start] : OriginalLength;
            return (at, at);
        }
        return (_starts[start], _ends[end - 1]);
    }

    /// <summary>The original index where normalised character <paramref name="index"/> begins.</summary>
    public int OriginalStart(int index) => index < Length ? _starts[index] : OriginalLength;
}
