using System.Runtime.InteropServices;
using System.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// How strongly adjacent words stick together in raw news, learnt by <c>marsad train collocations</c>. A full
/// name recurs as a unit (بان كي مون, فان نيستلروي) while a name followed by a verb or an adjective (طالباني
/// متضامنا) is a free combination, so the counts tell the tagger where a mention ends even when the labelled
/// sentences never showed the name. A pair is the first word without proclitics and the second as written.
/// </summary>
public sealed class Collocations
{
    public const string ResourcePath = "ner/collocations.tsv.gz";

    // One table keyed by 64-bit hashes: pairs, triples, and each word's count as a first and as a second word.
    private readonly HashCountTable _counts;

    private Collocations(HashCountTable counts, long pairs)
    {
        _counts = counts;
        Pairs = pairs;
    }

    public static Collocations Empty { get; } = new(new HashCountTable(), 0);

    /// <summary>Adjacent word pairs in the corpus, counted or not: the N of the mutual information.</summary>
    public long Pairs { get; }

    public int Count => _counts.Count;

    private static ulong PairKey(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => FeatureHash.Of(-1, first, second);
    private static ulong FirstKey(ReadOnlySpan<char> word) => FeatureHash.Of(-2, word);
    private static ulong SecondKey(ReadOnlySpan<char> word) => FeatureHash.Of(-3, word);
    private static ulong TripleKey(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third) => FeatureHash.Of(-4, first, second, third);

    /// <summary>How often the word starts a pair (by its proclitic-free form); 0 when it starts no counted pair.</summary>
    public int AsFirst(NerToken t) => _counts.Count == 0 ? 0 : _counts.GetValueOrDefault(FirstKey(t.Core));

    /// <summary>How often the word ends a pair (as written); 0 when it ends no counted pair.</summary>
    public int AsSecond(NerToken t) => _counts.Count == 0 ? 0 : _counts.GetValueOrDefault(SecondKey(t.Norm));

    /// <summary>What the corpus says of <paramref name="a"/> followed by <paramref name="b"/>, given each word's own counts.</summary>
    public Pair Of(NerToken a, int aAsFirst, NerToken b, int bAsSecond)
    {
        if (!_counts.TryGetValue(PairKey(a.Core, b.Norm), out int c) || aAsFirst == 0 || bAsSecond == 0) return default;
        int pmi = (int)Math.Clamp(Math.Floor(Math.Log2(c * (double)Pairs / ((double)aAsFirst * bAsSecond))), 0, MaxPmi);
        return new Pair(CountBuckets.Log2(c), CountBuckets.Share(c, aAsFirst), CountBuckets.Share(c, bAsSecond), pmi);
    }

    /// <summary>The log2 bucket of the count of the three words in a row (0: not counted).</summary>
    public int Triple(NerToken a, NerToken b, NerToken c) =>
        _counts.TryGetValue(TripleKey(a.Core, b.Norm, c.Norm), out int n) ? CountBuckets.Log2(n) : 0;

    /// <summary>
    /// A pair's evidence: its count (log2 bucket, 0 when unseen), the share of the first word's pairs it makes and of
    /// the second word's (0: under 2 %, 1: under 10 %, 2: under 30 %, 3: under 60 %, 4: more), and its pointwise
    /// mutual information in bits (floored, 0–15).
    /// </summary>
    public readonly record struct Pair(int Count, int Forward, int Backward, int Pmi)
    {
        public bool Seen => Count > 0;
    }

    /// <summary>The highest count bucket the features tell apart; larger counts share it.</summary>
    public const int MaxCountBucket = 14;

    /// <summary>The highest mutual information, in bits, that a pair reports.</summary>
    public const int MaxPmi = 15;

    /// <summary>Counts the pairs and triples of raw sentences; those seen fewer than <paramref name="minCount"/> times are left out.</summary>
    public static CollocationCounts Tally(IReadOnlyList<NerToken[]> sentences, int minCount)
    {
        // Hashes first, as most pairs are seen once; words only for what is kept.
        var seen = new Dictionary<ulong, int>(1 << 22);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var second = new Dictionary<string, int>(StringComparer.Ordinal);
        long pairs = 0;
        foreach (var s in sentences)
            for (int i = 0; i + 1 < s.Length; i++)
            {
                pairs++;
                CollectionsMarshal.GetValueRefOrAddDefault(seen, PairKey(s[i].Core, s[i + 1].Norm), out _)++;
                if (i + 2 < s.Length) CollectionsMarshal.GetValueRefOrAddDefault(seen, TripleKey(s[i].Core, s[i + 1].Norm, s[i + 2].Norm), out _)++;
                CollectionsMarshal.GetValueRefOrAddDefault(first, s[i].Core, out _)++;
                CollectionsMarshal.GetValueRefOrAddDefault(second, s[i + 1].Norm, out _)++;
            }
        var counts = new CollocationCounts { Pairs = pairs };
        foreach (var s in sentences)
            for (int i = 0; i + 1 < s.Length; i++)
            {
                int c = seen[PairKey(s[i].Core, s[i + 1].Norm)];
                if (c < minCount) continue;
                counts.Pair.TryAdd((s[i].Core, s[i + 1].Norm), c);
                counts.First.TryAdd(s[i].Core, first[s[i].Core]);
                counts.Second.TryAdd(s[i + 1].Norm, second[s[i + 1].Norm]);
                if (i + 2 < s.Length && seen[TripleKey(s[i].Core, s[i + 1].Norm, s[i + 2].Norm)] is int t && t >= minCount)
                    counts.Triple.TryAdd((s[i].Core, s[i + 1].Norm, s[i + 2].Norm), t);
            }
        return counts;
    }

    /// <summary>The counts as words, to save and to load.</summary>
    public sealed class CollocationCounts
    {
        public long Pairs { get; set; }
        public Dictionary<string, int> First { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Second { get; } = new(StringComparer.Ordinal);
        public Dictionary<(string, string), int> Pair { get; } = [];
        public Dictionary<(string, string, string), int> Triple { get; } = [];

        public Collocations ToTable()
        {
            var table = new HashCountTable(First.Count + Second.Count + Pair.Count + Triple.Count);
            foreach (var (w, c) in First) table.Set(FirstKey(w), c);
            foreach (var (w, c) in Second) table.Set(SecondKey(w), c);
            foreach (var ((a, b), c) in Pair) table.Set(PairKey(a, b), c);
            foreach (var ((a, b, d), c) in Triple) table.Set(TripleKey(a, b, d), c);
            return new Collocations(table, Pairs);
        }

        /// <summary>
        /// Writes <c>N TAB pairs</c>, then <c>F TAB word TAB count</c> (as a first word), <c>S TAB word TAB count</c>
        /// (as a second word), <c>P TAB first TAB second TAB count</c> and <c>T TAB first TAB second TAB third TAB count</c>; sorted for stable diffs.
        /// </summary>
        public void Save(string path, string header)
        {
            using var w = Marsad.Text.ResourceFiles.CreateCompressedText(path, header);
            w.Write($"N\t{Pairs}\n");
            foreach (var (word, c) in First.OrderBy(p => p.Key, StringComparer.Ordinal)) w.Write($"F\t{word}\t{c}\n");
            foreach (var (word, c) in Second.OrderBy(p => p.Key, StringComparer.Ordinal)) w.Write($"S\t{word}\t{c}\n");
            foreach (var ((a, b), c) in Pair.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
                w.Write($"P\t{a}\t{b}\t{c}\n");
            foreach (var ((a, b, d), c) in Triple.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).ThenBy(p => p.Key.Item3, StringComparer.Ordinal))
                w.Write($"T\t{a}\t{b}\t{d}\t{c}\n");
        }
    }

    /// <summary>Reads the format of <see cref="CollocationCounts.Save"/>; malformed lines are skipped.</summary>
    public static Collocations Load(Stream stream)
    {
        // A million lines: hashed straight from the line, without building the words.
        var table = new HashCountTable(1 << 20);   // the shipped table's size: one allocation, no growth
        long pairs = 0;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Span<Range> cols = stackalloc Range[6];
        while (reader.ReadLine() is { } text)
        {
            var line = text.AsSpan();
            if (line.Length == 0 || line[0] == '#') continue;
            int n = line.Split(cols, '\t');
            if (n < 2 || !long.TryParse(line[cols[n - 1]], out long count) || count < 0) continue;
            switch (line[cols[0]])
            {
                case "N" when n == 2: pairs = count; break;
                case "F" when n == 3 && count <= int.MaxValue: table.Set(FirstKey(line[cols[1]]), (int)count); break;
                case "S" when n == 3 && count <= int.MaxValue: table.Set(SecondKey(line[cols[1]]), (int)count); break;
                case "P" when n == 4 && count <= int.MaxValue: table.Set(PairKey(line[cols[1]], line[cols[2]]), (int)count); break;
                case "T" when n == 5 && count <= int.MaxValue: table.Set(TripleKey(line[cols[1]], line[cols[2]], line[cols[3]]), (int)count); break;
            }
        }
        return new Collocations(table, pairs);
    }

    private static readonly Lazy<Collocations> Shared = new(() =>
        Marsad.Text.ResourceFiles.Exists(ResourcePath) ? Load(Marsad.Text.ResourceFiles.Open(ResourcePath)) : Empty);

    /// <summary>The table shipped under resources/ner, or an empty one.</summary>
    public static Collocations Default => Shared.Value;
}
