using System.Runtime.InteropServices;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Analysis.Ner;

public sealed record ClusterOptions
{
    /// <summary>How many of the most frequent words get classes.</summary>
    public int Words { get; init; } = 60_000;
    /// <summary>How many of the most frequent words serve as contexts (left and right neighbours, and the ±2 window).</summary>
    public int Contexts { get; init; } = 1_500;
    /// <summary>Classes at the first level; each later level splits every class into <see cref="Branching"/>.</summary>
    public int TopClasses { get; init; } = 64;
    public int Branching { get; init; } = 8;
    public int Levels { get; init; } = 3;
    public int Iterations { get; init; } = 12;
    public int Seed { get; init; } = 7;
    /// <summary>
    /// Trees cut from the same vectors, tree t from k-means starts drawn with seed <see cref="Seed"/> + t: the NER ensemble
    /// gives each perceptron its own tree, since one partition can suit the tagger better or worse than another by chance.
    /// </summary>
    public int Trees { get; init; } = 5;
}

/// <summary>
/// Learns word classes from raw text: each frequent word is described by the positive PMI of its neighbours
/// (which words come just before, just after, and two away), a sparse vector, and the words are clustered by hierarchical spherical k-means into a tree
/// (64, then 512, then 4096 classes by default), five times from other k-means starts. Deterministic for a given corpus and seed.
/// </summary>
public sealed class ClusterTrainer(ClusterOptions options, Action<string>? log = null)
{
    private readonly Action<string> _log = log ?? (_ => { });
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly List<int[]> _sentences = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly Tokenizer _tokenizer = new(glued: null);

    private const int Other = -1;

    /// <summary>Adds one text: tokenised, matching-normalised, non-Arabic tokens kept as a single placeholder.</summary>
    public void Add(string text)
    {
        var spans = _tokenizer.Tokenize(text);
        var ids = new int[spans.Count];
        for (int k = 0; k < spans.Count; k++)
        {
            var s = spans[k];
            if (s.Kind != TokenKind.ArabicWord) { ids[k] = Other; continue; }
            string norm = ArabicNormalizer.Matching.Normalize(s.SpanOf(text));
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, norm, out bool exists);
            if (!exists) { id = _words.Count; _words.Add(norm); }
            ids[k] = id;
        }
        _sentences.Add(ids);
    }

    public WordClusters Train()
    {
        // Rank words by frequency (ties by form, for determinism).
        var freq = new long[_words.Count];
        long tokens = 0;
        foreach (var s in _sentences) foreach (int id in s) if (id >= 0) { freq[id]++; tokens++; }
        var ranked = Enumerable.Range(0, _words.Count).OrderByDescending(i => freq[i]).ThenBy(i => _words[i], StringComparer.Ordinal).ToArray();
        int nWords = Math.Min(options.Words, ranked.Length), nCtx = Math.Min(options.Contexts, ranked.Length);
        var rank = new int[_words.Count];
        Array.Fill(rank, int.MaxValue);
        for (int r = 0; r < ranked.Length; r++) rank[ranked[r]] = r;
        _log($"{tokens} Arabic tokens, {_words.Count} forms; clustering the top {nWords} with {nCtx} context words");

        // Co-occurrence counts: context slot = side (0 left, 1 right, 2 two away) × context rank; one extra context for "other".
        int slots = 3 * (nCtx + 1);
        var pairs = new Dictionary<long, int>(1 << 22);
        var ctxTotals = new double[slots];
        foreach (var s in _sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] < 0 || rank[s[i]] >= nWords) continue;
                long row = (long)rank[s[i]] * slots;
                AddPair(row, 0, i > 0 ? s[i - 1] : Other);
                AddPair(row, 1, i + 1 < s.Length ? s[i + 1] : Other);
                if (i > 1) AddPair(row, 2, s[i - 2]);
                if (i + 2 < s.Length) AddPair(row, 2, s[i + 2]);
            }
        }
        _log($"{pairs.Count} word-context pairs");

        // PPMI with context counts smoothed to the power 0.75; each word a sparse unit vector over context slots.
        double smoothedTotal = ctxTotals.Sum(c => Math.Pow(c, 0.75));
        var pCtx = ctxTotals.Select(c => Math.Pow(c, 0.75) / smoothedTotal).ToArray();
        var rowTotals = new double[nWords];
        foreach (var (key, count) in pairs) rowTotals[key / slots] += count;
        var rows = new List<(int Slot, float Value)>[nWords];
        for (int w = 0; w < nWords; w++) rows[w] = [];
        foreach (var (key, count) in pairs.OrderBy(p => p.Key))
        {
            int w = (int)(key / slots), c = (int)(key % slots);
            double pmi = Math.Log(count / rowTotals[w] / pCtx[c]);
            if (pmi > 0) rows[w].Add((c, (float)pmi));
        }
        pairs.Clear();
        var vectors = new SparseRows(rows, slots);
        int levels = options.Levels * options.Trees;
        var assignment = new int[levels][];
        var sizes = new int[levels];
        for (int tree = 0; tree < options.Trees; tree++)
        {
            var rng = new Random(options.Seed + tree);
            // Hierarchical spherical k-means: level 0 clusters everything, each later level splits each class.
            var members = new List<int[]> { Enumerable.Range(0, nWords).ToArray() };
            for (int l = 0; l < options.Levels; l++)
            {
                int level = tree * options.Levels + l;
                int k = l == 0 ? options.TopClasses : options.Branching;
                assignment[level] = new int[nWords];
                var next = new List<int[]>();
                foreach (var group in members)
                {
                    var labels = KMeans(vectors, group, Math.Min(k, group.Length), options.Iterations, rng);
                    int groups = labels.Length == 0 ? 0 : labels.Max() + 1;
                    var buckets = Enumerable.Range(0, groups).Select(_ => new List<int>()).ToArray();
                    for (int m = 0; m < group.Length; m++) buckets[labels[m]].Add(group[m]);
                    foreach (var b in buckets.Where(b => b.Count > 0))
                    {
                        foreach (int w in b) assignment[level][w] = next.Count;
                        next.Add([.. b]);
                    }
                }
                sizes[level] = next.Count;
                members = next;
                _log(options.Trees == 1 ? $"level {l + 1}: {next.Count} classes" : $"tree {tree + 1} level {l + 1}: {next.Count} classes");
            }
        }

        var ids = new Dictionary<string, int[]>(nWords, StringComparer.Ordinal);
        for (int w = 0; w < nWords; w++)
            ids[_words[ranked[w]]] = Enumerable.Range(0, levels).Select(l => assignment[l][w]).ToArray();
        return new WordClusters(ids, sizes, options.Trees);

        void AddPair(long row, int side, int contextId)
        {
            int ctx = contextId >= 0 && rank[contextId] < nCtx ? rank[contextId] : nCtx;
            int slot = side * (nCtx + 1) + ctx;
            ref int c = ref CollectionsMarshal.GetValueRefOrAddDefault(pairs, row + slot, out _);
            c++;
            ctxTotals[slot]++;
        }
    }

    /// <summary>Spherical k-means over the given rows, seeded by k-means++; returns a label per member.</summary>
    private static int[] KMeans(SparseRows vectors, int[] group, int k, int iterations, Random rng)
    {
        int dim = vectors.Dimensions;
        var labels = new int[group.Length];
        if (k <= 1 || group.Length <= k)
        {
            for (int m = 0; m < labels.Length; m++) labels[m] = k <= 1 ? 0 : m;
            return labels;
        }
        var centers = new float[k * dim];
        var dist = new double[group.Length];
        Array.Fill(dist, double.MaxValue);
        vectors.AddTo(group[rng.Next(group.Length)], centers.AsSpan(0, dim));
        for (int c = 1; c < k; c++)
        {
            var prev = centers.AsSpan((c - 1) * dim, dim);
            double total = 0;
            for (int m = 0; m < group.Length; m++)
            {
                double d = 1 - vectors.Dot(group[m], prev);
                if (d < dist[m]) dist[m] = d;
                total += Math.Max(dist[m], 0);
            }
            double pick = rng.NextDouble() * total;
            int chosen = group.Length - 1;
            for (int m = 0; m < group.Length; m++) { pick -= Math.Max(dist[m], 0); if (pick <= 0) { chosen = m; break; } }
            vectors.AddTo(group[chosen], centers.AsSpan(c * dim, dim));
        }
        for (int it = 0; it < iterations; it++)
        {
            bool changed = false;
            for (int m = 0; m < group.Length; m++)
            {
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float d = vectors.Dot(group[m], centers.AsSpan(c * dim, dim));
                    if (d > bestDot) { bestDot = d; best = c; }
                }
                changed |= labels[m] != best;
                labels[m] = best;
            }
            if (it > 0 && !changed) break;
            Array.Clear(centers);
            for (int m = 0; m < group.Length; m++) vectors.AddTo(group[m], centers.AsSpan(labels[m] * dim, dim));
            for (int c = 0; c < k; c++) Normalize(centers.AsSpan(c * dim, dim));
        }
        return labels;
    }

    /// <summary>Unit-length sparse vectors, one per word.</summary>
    private sealed class SparseRows
    {
        private readonly int[][] _slots;
        private readonly float[][] _values;

        public SparseRows(List<(int Slot, float Value)>[] rows, int dimensions)
        {
            Dimensions = dimensions;
            _slots = new int[rows.Length][];
            _values = new float[rows.Length][];
            for (int w = 0; w < rows.Length; w++)
            {
                _slots[w] = rows[w].Select(p => p.Slot).ToArray();
                var v = rows[w].Select(p => p.Value).ToArray();
                float norm = MathF.Sqrt(v.Sum(x => x * x));
                if (norm > 0) for (int k = 0; k < v.Length; k++) v[k] /= norm;
                _values[w] = v;
            }
        }

        public int Dimensions { get; }

        public float Dot(int row, ReadOnlySpan<float> dense)
        {
            var slots = _slots[row];
            var values = _values[row];
            float sum = 0;
            for (int k = 0; k < slots.Length; k++) sum += values[k] * dense[slots[k]];
            return sum;
        }

        public void AddTo(int row, Span<float> dense)
        {
            var slots = _slots[row];
            var values = _values[row];
            for (int k = 0; k < slots.Length; k++) dense[slots[k]] += values[k];
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = System.Numerics.Vector<float>.Zero;
        int width = System.Numerics.Vector<float>.Count, i = 0;
        for (; i + width <= a.Length; i += width)
            sum += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
        float result = System.Numerics.Vector.Sum(sum);
        for (; i < a.Length; i++) result += a[i] * b[i];
        return result;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0) for (int i = 0; i < v.Length; i++) v[i] /= norm;
    }
}
