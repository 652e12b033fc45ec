using System.Runtime.InteropServices;
using System.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// How a first tagger labelled each word across millions of words of raw news: of a word's occurrences
/// (proclitic-free matching form), how many were inside a PER, LOC, ORG or MISC mention, and how many
/// began one. A name that is ambiguous in one sentence is usually plain somewhere in the corpus (after a
/// title, before a verb of saying); these counts carry that evidence to every sentence.
/// </summary>
public sealed class CorpusTagProfile
{
    public const string ResourcePath = "ner/corpus-tags.tsv.gz";

    // counts[0] all occurrences, counts[1 + type] inside that type, counts[5] entity beginnings.
    private const int Slots = 2 + 4;
    private const int BeginSlot = Slots - 1;
    private readonly Dictionary<string, int[]> _counts;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Multi-word mentions as tagged (first word proclitic-free, the rest as written): counts per type.
    private readonly Dictionary<string, int[]> _mentions;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _mentionLookup;
    private readonly Dictionary<string, int> _mentionFirstWords = new(StringComparer.Ordinal);
    private const int MaxMentionWords = 6;

    public CorpusTagProfile() : this(new Dictionary<string, int[]>(StringComparer.Ordinal), new Dictionary<string, int[]>(StringComparer.Ordinal)) { }

    private CorpusTagProfile(Dictionary<string, int[]> counts, Dictionary<string, int[]> mentions)
    {
        _counts = counts;
        _lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        _mentions = mentions;
        _mentionLookup = mentions.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions.Keys) IndexMention(m);
    }

    private void IndexMention(string mention)
    {
        int words = mention.Count(c => c == ' ') + 1;
        ref int max = ref CollectionsMarshal.GetValueRefOrAddDefault(_mentionFirstWords, mention[..mention.IndexOf(' ')], out _);
        if (words > max) max = words;
    }

    /// <summary>The profile of no corpus, shared, so never added to.</summary>
    public static CorpusTagProfile Empty { get; } = new();

    private void ThrowIfShared()
    {
        if (ReferenceEquals(this, Empty)) throw new InvalidOperationException("the empty profile is shared and cannot be added to");
    }

    public int Count => _counts.Count;

    public void Add(IReadOnlyList<NerToken> tokens, ReadOnlySpan<int> tags)
    {
        ThrowIfShared();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Shape != "A") continue;
            ref int[]? c = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, tokens[i].Core, out _);
            c ??= new int[Slots];
            c[0]++;
            int type = NerTagSet.TypeOf(tags[i]);
            if (type >= 0) c[1 + type]++;
            if (NerTagSet.IsBegin(tags[i])) c[BeginSlot]++;
        }
        foreach (var span in TagScheme.ToSpans(tags))
        {
            int words = span.End - span.Start;
            if (words < 2 || words > MaxMentionWords) continue;
            string key = NerToken.NameKey(tokens, span.Start, span.End);
            ref int[]? m = ref CollectionsMarshal.GetValueRefOrAddDefault(_mentions, key, out bool known);
            if (!known) IndexMention(key);
            m ??= new int[4];
            m[NerTagSet.TypeIndex(span.Type)]++;
        }
    }

    public int MentionCount => _mentions.Count;

    /// <summary>
    /// The longest multi-word mention of the corpus that starts at <paramref name="start"/>: its length in words
    /// and its counts per type (PER, LOC, ORG, MISC); (0, null) when none does.
    /// </summary>
    public (int Words, int[]? Counts) LongestMention(IReadOnlyList<NerToken> tokens, int start) =>
        LongestMention(tokens, start, MentionWordsFrom(tokens[start].Core));

    /// <summary>The number of words of the longest mention that starts with <paramref name="core"/>; 0 when none does.</summary>
    public int MentionWordsFrom(string core) => _mentionFirstWords.TryGetValue(core, out int max) ? max : 0;

    /// <summary>As <see cref="LongestMention(IReadOnlyList{NerToken}, int)"/>, with <see cref="MentionWordsFrom"/> of the first word already known.</summary>
    public (int Words, int[]? Counts) LongestMention(IReadOnlyList<NerToken> tokens, int start, int max)
    {
        if (max == 0) return (0, null);
        // Built in place, as this runs for every token that can start a known mention.
        Span<char> key = stackalloc char[256];
        int length = 0;
        if (!PhraseKey.Append(key, ref length, tokens[start].Core)) return (0, null);
        int best = 0;
        int[]? counts = null;
        for (int end = start + 2; end <= Math.Min(tokens.Count, start + max); end++)
        {
            if (!PhraseKey.Append(key, ref length, " ") || !PhraseKey.Append(key, ref length, tokens[end - 1].Norm)) break;
            if (_mentionLookup.TryGetValue(key[..length], out var c)) { best = end - start; counts = c; }
        }
        return (best, counts);
    }

    public void AddAll(CorpusTagProfile other)
    {
        ThrowIfShared();
        foreach (var (word, counts) in other._counts)
        {
            ref int[]? c = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, word, out _);
            c ??= new int[Slots];
            for (int k = 0; k < Slots; k++) c[k] += counts[k];
        }
        foreach (var (key, counts) in other._mentions)
        {
            ref int[]? m = ref CollectionsMarshal.GetValueRefOrAddDefault(_mentions, key, out bool known);
            if (!known) IndexMention(key);
            m ??= new int[4];
            for (int k = 0; k < 4; k++) m[k] += counts[k];
        }
    }

    /// <summary>
    /// The names the corpus tagger was sure of: mentions seen at least <paramref name="minCount"/> times with at least
    /// <paramref name="minShare"/> of them one type (PER, LOC, ORG, MISC = 0–3), as their words. A single word counts
    /// when that share of its occurrences are one-word mentions of one type.
    /// </summary>
    public IEnumerable<(string[] Words, int Type)> ConfidentNames(int minCount, double minShare)
    {
        var multiStarts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, c) in _mentions)
        {
            int total = c.Sum(), type = NerTagSet.MostCounted(c);
            CollectionsMarshal.GetValueRefOrAddDefault(multiStarts, key[..key.IndexOf(' ')], out _) += total;
            if (total >= minCount && c[type] >= minShare * total) yield return (key.Split(' '), type);
        }
        foreach (var (word, c) in _counts)
        {
            if (c[0] < minCount) continue;
            int type = NerTagSet.MostCounted(c.AsSpan(1, 4));
            int single = c[BeginSlot] - multiStarts.GetValueOrDefault(word);
            if (c[1 + type] >= minShare * c[0] && single >= minShare * c[0]) yield return ([word], type);
        }
    }

    /// <summary>The evidence for one word, or null when the corpus never saw it (often enough).</summary>
    public Evidence? Of(ReadOnlySpan<char> core) =>
        _lookup.TryGetValue(core, out var c) ? new Evidence(c) : null;

    /// <summary>A word's counts: all occurrences, inside each type (PER, LOC, ORG, MISC), beginnings.</summary>
    public readonly struct Evidence(int[] counts)
    {
        public int Total => counts[0];
        public int Inside(int type) => counts[1 + type];
        public int Begins => counts[BeginSlot];
        public int Entity => counts[1] + counts[2] + counts[3] + counts[4];
    }

    /// <summary>
    /// Keeps words seen at least <paramref name="minTotal"/> times; words never tagged are dropped too, as
    /// their absence says the same (the corpus lexicon tells a known word from an unknown one). Rare ج/غ
    /// spellings are pooled first (see <see cref="PooledJeemGhainSpellings"/>), so the counts may exceed a word's own.
    /// </summary>
    public CorpusTagProfile Pruned(int minTotal)
    {
        var kept = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (w, c) in PooledJeemGhainSpellings(_counts))
            if (c[0] >= minTotal && c[1] + c[2] + c[3] + c[4] > 0) kept[w] = c;
        var mentions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (m, c) in PooledJeemGhainSpellings(_mentions))
            if (c.Sum() >= minTotal) mentions[m] = c;
        return new CorpusTagProfile(kept, mentions);
    }

    // A foreign g is written ج in Egypt and غ elsewhere (هونج كونج, هونغ كونغ): a spelling seen fewer times than
    // this is judged by the occurrences of all its spellings, as a handful of them misjudged by the first tagger
    // would otherwise speak for the name. Native pairs (الجرب, الغرب) are pooled too when one side is rare; the
    // common side keeps its own counts, and a rare native word weighs little either way.
    private const int RareSpelling = 100;

    private static Dictionary<string, int[]> PooledJeemGhainSpellings(Dictionary<string, int[]> counts)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var w in counts.Keys)
            if (w.Contains('ج') || w.Contains('غ'))
            {
                string key = w.Replace('ج', 'غ');
                if (!groups.TryGetValue(key, out var g)) groups[key] = g = [];
                g.Add(w);
            }
        var pooled = new Dictionary<string, int[]>(counts, StringComparer.Ordinal);
        foreach (var g in groups.Values)
        {
            if (g.Count < 2) continue;
            var sum = new int[counts[g[0]].Length];
            foreach (var w in g)
                for (int k = 0; k < sum.Length; k++) sum[k] += counts[w][k];
            foreach (var w in g)
                if (Occurrences(counts[w]) < RareSpelling) pooled[w] = sum;
        }
        return pooled;
    }

    // A word's row begins with all its occurrences; a mention's holds only its counts per type.
    private static int Occurrences(int[] counts) => counts.Length == Slots ? counts[0] : counts.Sum();

    /// <summary>
    /// Writes <c>word TAB all TAB PER TAB LOC TAB ORG TAB MISC TAB begins</c>, then the multi-word mentions as
    /// <c>words TAB PER TAB LOC TAB ORG TAB MISC</c>; sorted for stable diffs.
    /// </summary>
    public void Save(string path, string header)
    {
        using var w = Marsad.Text.ResourceFiles.CreateCompressedText(path, header);
        foreach (var (word, c) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Write($"{word}\t{string.Join('\t', c)}\n");
        foreach (var (mention, c) in _mentions.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Write($"{mention}\t{string.Join('\t', c)}\n");
    }

    public static CorpusTagProfile Load(Stream stream)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            bool mention = cols[0].Contains(' ');
            int slots = mention ? 4 : Slots;
            if (cols.Length != 1 + slots) continue;
            var c = new int[slots];
            bool ok = true;
            for (int k = 0; k < slots; k++) ok &= int.TryParse(cols[1 + k], out c[k]);
            if (ok) (mention ? mentions : counts)[cols[0]] = c;
        }
        return new CorpusTagProfile(counts, mentions);
    }

    private static readonly Lazy<CorpusTagProfile> Shared = new(() =>
        Marsad.Text.ResourceFiles.Exists(ResourcePath) ? Load(Marsad.Text.ResourceFiles.Open(ResourcePath)) : Empty);

    /// <summary>The profile shipped under resources/ner, or an empty one.</summary>
    public static CorpusTagProfile Default => Shared.Value;
}
