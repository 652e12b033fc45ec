using System.IO.Compression;
using System.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Word classes learnt from raw news text by <c>marsad train clusters</c>: each frequent word (matching form)
/// has a class id at a few granularities, coarse to fine, so that a rare name shares features with
/// the words that appear in the same contexts.
/// </summary>
public sealed class WordClusters
{
    public const string ResourcePath = "ner/clusters.tsv.gz";

    private readonly Dictionary<string, int[]> _ids;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(Dictionary<string, int[]> ids, int[] sizes, int trees = 1)
    {
        if (trees < 1 || sizes.Length % trees != 0) throw new ArgumentException($"{sizes.Length} levels do not make {trees} trees", nameof(trees));
        _ids = ids;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Sizes = sizes;
        Trees = trees;
    }

    public static WordClusters Empty { get; } = new(new(StringComparer.Ordinal), []);

    /// <summary>The number of classes at each granularity, tree after tree.</summary>
    public int[] Sizes { get; }

    /// <summary>
    /// How many trees the levels form. Trees cut the same words from other k-means starts: one partition can be luckier
    /// than another for the tagger, and a mean of taggers that each read their own tree does not depend on one.
    /// </summary>
    public int Trees { get; }

    public int LevelsPerTree => Sizes.Length / Trees;
    public int Count => _ids.Count;

    /// <summary>The class ids of a word, coarse to fine; null when the word was not clustered.</summary>
    public int[]? Of(ReadOnlySpan<char> norm) => _lookup.TryGetValue(norm, out var ids) ? ids : null;

    private static readonly Lazy<WordClusters> Shared = new(() =>
        Marsad.Text.ResourceFiles.Exists(ResourcePath) ? Load(Marsad.Text.ResourceFiles.Open(ResourcePath)) : Empty);

    public static WordClusters Default => Shared.Value;

    /// <summary>Format: a header <c>#sizes TAB k1 TAB k2…</c>, for more than one tree <c>#trees TAB n</c>, then <c>word TAB id1 TAB id2…</c>.</summary>
    public static WordClusters Load(Stream stream)
    {
        var ids = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] sizes = [];
        int trees = 1;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("#sizes\t", StringComparison.Ordinal))
            {
                sizes = line.Split('\t').Skip(1).Select(int.Parse).ToArray();
                continue;
            }
            if (line.StartsWith("#trees\t", StringComparison.Ordinal))
            {
                trees = int.Parse(line.AsSpan(7));
                continue;
            }
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != sizes.Length + 1) continue;
            var v = new int[sizes.Length];
            bool ok = true;
            for (int k = 0; k < v.Length; k++) ok &= int.TryParse(cols[k + 1], out v[k]);
            if (ok) ids[cols[0]] = v;
        }
        return new WordClusters(ids, sizes, sizes.Length == 0 ? 1 : trees);
    }

    public void Save(string path, string header)
    {
        using var w = Marsad.Text.ResourceFiles.CreateCompressedText(path, header);
        w.Write("#sizes\t" + string.Join('\t', Sizes) + "\n");
        if (Trees > 1) w.Write($"#trees\t{Trees}\n");
        foreach (var (word, v) in _ids.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Write(word + "\t" + string.Join('\t', v) + "\n");
    }
}
