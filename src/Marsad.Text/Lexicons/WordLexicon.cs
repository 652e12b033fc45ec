using System.IO.Compression;
using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Text.Lexicons;

/// <summary>
/// How often each word form (in <see cref="Folds.Matching"/> form) occurs in a large news corpus.
/// Built by <c>marsad train lexicon</c>; tells the tokeniser and segmenter which strings are real words.
/// </summary>
public sealed class WordLexicon
{
    public const string ResourcePath = "lexicon/word-counts.tsv.gz";

    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordLexicon(Dictionary<string, int> counts)
    {
        _counts = counts;
        _lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Total = counts.Values.Sum(v => (long)v);
    }

    public int Count => _counts.Count;
    public long Total { get; }

    /// <summary>Occurrences of a word already in matching form; 0 when unknown.</summary>
    public int Frequency(ReadOnlySpan<char> normalized) => _lookup.TryGetValue(normalized, out int f) ? f : 0;

    public IEnumerable<KeyValuePair<string, int>> Entries => _counts;

    private static readonly Lazy<WordLexicon> Shared = new(LoadDefault);

    /// <summary>The lexicon shipped in resources/, loaded once; empty if the file is absent.</summary>
    public static WordLexicon Default => Shared.Value;

    private static WordLexicon LoadDefault() =>
        ResourceFiles.Exists(ResourcePath) ? Load(ResourceFiles.Open(ResourcePath)) : new WordLexicon(new Dictionary<string, int>());

    public static WordLexicon Load(Stream stream)
    {
        var counts = new Dictionary<string, int>(1 << 18, StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0 || line[0] == '#') continue;
            if (int.TryParse(line.AsSpan(tab + 1), out int count)) counts[line[..tab]] = count;
        }
        return new WordLexicon(counts);
    }

    /// <summary>Writes the lexicon, most frequent first, gzip-compressed.</summary>
    public void Save(string path, string header)
    {
        using var writer = Marsad.Text.ResourceFiles.CreateCompressedText(path, header);
        foreach (var (word, count) in _counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            writer.Write($"{word}\t{count}\n");
    }
}
