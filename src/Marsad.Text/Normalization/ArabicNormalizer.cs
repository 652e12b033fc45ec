using System.Collections.Concurrent;
using System.Text;

namespace Marsad.Text.Normalization;

/// <summary>
/// Folds Arabic text character by character. Every fold maps one original character to zero or more
/// output characters and the table is closed under itself, so normalising is idempotent and the
/// normalised form of any substring equals the matching substring of the normalised whole.
/// </summary>
public sealed class ArabicNormalizer
{
    private static readonly ConcurrentDictionary<Folds, ArabicNormalizer> Cache = new();

    // null: the character is kept as it is; "": removed; otherwise its replacement.
    private readonly string?[] _table;

    private ArabicNormalizer(Folds folds)
    {
        Folds = folds;
        _table = BuildTable(folds);
    }

    public Folds Folds { get; }

    // Punctuation and digits are mostly one character long: their normal forms are shared, not allocated per token.
    private static readonly string[] SingleCharacters = Enumerable.Range(0, 0x700).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>The normaliser used to compare words (search terms, features, lexicon keys).</summary>
    public static ArabicNormalizer Matching { get; } = For(Folds.Matching);

    public static ArabicNormalizer For(Folds folds) => Cache.GetOrAdd(folds, f => new ArabicNormalizer(f));

    /// <summary>Normalises a whole text and keeps the map back to the original.</summary>
    public NormalizedText NormalizeWithMap(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var table = _table;
        var text = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        for (int i = 0; i < original.Length; i++)
        {
            string? replacement = table[original[i]];
            if (replacement is null)
            {
                text.Append(original[i]);
                starts.Add(i);
                ends.Add(i + 1);
            }
            else if (replacement.Length == 0)
            {
                // A removed mark belongs to the character it was written on.
                if (ends.Count > 0) ends[^1] = i + 1;
            }
            else
            {
                text.Append(replacement);
                for (int k = 0; k < replacement.Length; k++)
                {
                    starts.Add(i);
                    ends.Add(i + 1);
                }
            }
        }
        return new NormalizedText(original, text.ToString(), new OffsetMap([.. starts], [.. ends], original.Length));
    }

    /// <summary>Normalises a word or any short span without building a map.</summary>
    public string Normalize(ReadOnlySpan<char> span)
    {
        var table = _table;
        int length = 0;
        bool changed = false;
        foreach (char c in span)
        {
            string? r = table[c];
            if (r is null) length++;
            else { length += r.Length; changed = true; }
        }
        if (!changed) return span.Length == 1 && span[0] < SingleCharacters.Length ? SingleCharacters[span[0]] : new string(span);
        char[]? rented = null;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        int at = 0;
        foreach (char c in span)
        {
            string? r = table[c];
            if (r is null) buffer[at++] = c;
            else foreach (char rc in r) buffer[at++] = rc;
        }
        var result = new string(buffer[..length]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// Writes the normal form of <paramref name="span"/> into <paramref name="destination"/> without allocating.
    /// False when it does not fit (a presentation-form ligature can expand to many letters).
    /// </summary>
    public bool TryNormalize(ReadOnlySpan<char> span, Span<char> destination, out int written)
    {
        var table = _table;
        written = 0;
        foreach (char c in span)
        {
            string? r = table[c];
            if (r is null)
            {
                if (written >= destination.Length) return false;
                destination[written++] = c;
            }
            else
            {
                if (written + r.Length > destination.Length) return false;
                r.AsSpan().CopyTo(destination[written..]);
                written += r.Length;
            }
        }
        return true;
    }

    /// <summary>True when the fold removes <paramref name="c"/> altogether.</summary>
    public bool Removes(char c) => _table[c] is { Length: 0 };

    private static string?[] BuildTable(Folds folds)
    {
        var table = new string?[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            string folded = Close(((char)c).ToString(), folds, depth: 0);
            if (folded.Length != 1 || folded[0] != c) table[c] = folded;
        }
        return table;
    }

    private static string Close(string s, Folds folds, int depth)
    {
        var sb = new StringBuilder();
        bool changed = false;
        foreach (char c in s)
        {
            string? step = ArabicFolds.Step(c, folds);
            if (step is null) sb.Append(c);
            else { sb.Append(step); changed = true; }
        }
        string result = sb.ToString();
        return changed && depth < 8 ? Close(result, folds, depth + 1) : result;
    }
}
