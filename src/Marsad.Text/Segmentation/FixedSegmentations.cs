using Marsad.Text.Normalization;

namespace Marsad.Text.Segmentation;

/// <summary>
/// Words whose segmentation is fixed by the grammar, not guessed from counts: function words that start or end
/// with letters that look like clitics (كما، لكن، الذي، هذه) and stay whole, particles the scheme cuts although
/// their stem is no word (أيض+ا), and contractions whose segments are spelled apart (مما = من+ما).
/// Read from <c>resources/segmentation/fixed-words.txt</c>: one word per line, written as its segments joined
/// by '+', or as <c>written&lt;TAB&gt;segments</c> when the segments do not spell the written word.
/// </summary>
public sealed class FixedSegmentations
{
    public const string ResourcePath = "segmentation/fixed-words.txt";

    /// <summary>Either the lengths of the segments in the written word, or the segments themselves.</summary>
    private sealed record Entry(int[]? Lengths, string[]? Segments);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FixedSegmentations(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            int tab = line.IndexOf('\t');
            string written = tab < 0 ? line.Replace("+", "") : line[..tab].Trim();
            string[] parts = (tab < 0 ? line : line[(tab + 1)..].Trim()).Split('+');
            if (written.Length == 0 || parts.Any(p => p.Length == 0))
                throw new FormatException($"{ResourcePath}: malformed line '{line}'");
            string key = ArabicNormalizer.Matching.Normalize(written);
            _entries[key] = tab < 0
                ? new Entry([.. parts.Select(p => ArabicNormalizer.Matching.Normalize(p).Length)], null)
                : new Entry(null, parts);
        }
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _entries.Count;

    /// <summary>True when the word (matching form) has a fixed segmentation.</summary>
    public bool Contains(ReadOnlySpan<char> normalized) => _lookup.ContainsKey(normalized);

    /// <summary>True when the word (matching form) is fixed as one segment.</summary>
    public bool IsWhole(ReadOnlySpan<char> normalized) =>
        _lookup.TryGetValue(normalized, out var e) && e.Lengths is { Length: 1 };

    /// <summary>
    /// The fixed segments of a word, cut from <paramref name="written"/> (letters as written) where they spell it;
    /// null when the word (<paramref name="normalized"/>, its matching form) is not fixed.
    /// </summary>
    public string[]? Segments(string written, ReadOnlySpan<char> normalized)
    {
        if (!_lookup.TryGetValue(normalized, out var e)) return null;
        if (e.Segments is not null) return e.Segments;
        var segments = new string[e.Lengths!.Length];
        int at = 0;
        for (int k = 0; k < segments.Length; k++)
        {
            segments[k] = written.Substring(at, e.Lengths[k]);
            at += e.Lengths[k];
        }
        return segments;
    }

    public static FixedSegmentations LoadDefault() =>
        ResourceFiles.Exists(ResourcePath) ? new FixedSegmentations(ResourceFiles.ReadLines(ResourcePath)) : new FixedSegmentations([]);
}
