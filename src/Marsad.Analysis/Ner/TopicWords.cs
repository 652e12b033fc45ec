using System.Globalization;
using System.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// How strongly each frequent word points to a news section (sport, economy, technology, culture, news), learnt
/// from the sections of a labelled corpus by <c>marsad train topics</c>. The tagger reads a sentence's section
/// from its words because the same name changes type with it: هامبورغ or بنفيكا is a club on a sports page and a
/// city elsewhere, نيسان a company on a motoring page.
/// </summary>
public sealed class TopicWords
{
    public const string ResourcePath = "ner/topic-words.tsv.gz";

    /// <summary>The sections, in the order of each word's weights; index + 1 is the topic id the tagger uses (0: none).</summary>
    public static readonly string[] Sections = ["news", "sport", "economy", "technology", "culture"];

    /// <summary>A sentence needs this much summed evidence (natural log of the likelihood ratio) before it gets a section.</summary>
    public const float Threshold = 3f;

    private readonly Dictionary<string, float[]> _weights;
    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TopicWords(Dictionary<string, float[]> weights)
    {
        _weights = weights;
        _lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TopicWords Empty { get; } = new(new(StringComparer.Ordinal));

    public int Count => _weights.Count;

    /// <summary>The word's log likelihood ratio for each section (against the other sections); null for words with little evidence.</summary>
    public float[]? Of(ReadOnlySpan<char> core) => _lookup.TryGetValue(core, out var w) ? w : null;

    /// <summary>The section the Arabic words of several sentences point to together (0: none).</summary>
    public int SectionOf(IEnumerable<IReadOnlyList<NerToken>> sentences)
    {
        Span<float> sum = stackalloc float[Sections.Length];
        sum.Clear();
        foreach (var s in sentences)
            foreach (var t in s)
                if (t.Shape == "A") AddTo(sum, Of(t.Core));
        return Pick(sum);
    }

    /// <summary>Adds one word's weights to a sentence's running sums (one per section).</summary>
    public static void AddTo(Span<float> sum, float[]? word)
    {
        if (word is null) return;
        for (int k = 0; k < sum.Length; k++) sum[k] += word[k];
    }

    /// <summary>The section summed weights point to (1-based index into <see cref="Sections"/>), or 0 when the evidence is weak.</summary>
    public static int Pick(ReadOnlySpan<float> sum)
    {
        int best = 0;
        for (int k = 1; k < sum.Length; k++) if (sum[k] > sum[best]) best = k;
        return sum[best] >= Threshold ? best + 1 : 0;
    }

    private static readonly Lazy<TopicWords> Shared = new(() =>
        Marsad.Text.ResourceFiles.Exists(ResourcePath) ? Load(Marsad.Text.ResourceFiles.Open(ResourcePath)) : Empty);

    public static TopicWords Default => Shared.Value;

    /// <summary>Format: <c>word TAB w1 … w5</c> in <see cref="Sections"/> order.</summary>
    public static TopicWords Load(Stream stream)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != Sections.Length + 1) continue;
            var w = new float[Sections.Length];
            bool ok = true;
            for (int k = 0; k < w.Length; k++) ok &= float.TryParse(cols[k + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out w[k]);
            if (ok) weights[cols[0]] = w;
        }
        return new TopicWords(weights);
    }

    public void Save(string path, string header)
    {
        using var w = Marsad.Text.ResourceFiles.CreateCompressedText(path, header);
        foreach (var (word, v) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Write(word + "\t" + string.Join('\t', v.Select(x => x.ToString("0.##", CultureInfo.InvariantCulture))) + "\n");
    }
}

/// <summary>Counts words per section over labelled articles and keeps the words that tell sections apart.</summary>
public sealed class TopicWordsBuilder
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly long[] _totals = new long[TopicWords.Sections.Length];

    /// <summary>Words seen fewer times than this get no weights: their ratios are noise.</summary>
    public int MinCount { get; init; } = 50;
    /// <summary>A word is kept when one section's ratio reaches this (natural log): 0.7 is about twice as likely.</summary>
    public float MinWeight { get; init; } = 0.7f;
    /// <summary>One word's weight is capped, so that a sentence's section never rests on a single word.</summary>
    public float MaxWeight { get; init; } = 2.5f;

    /// <summary>The section of an ANT v2.1 category, or -1 for a category the table does not model.</summary>
    public static int SectionOf(string? category) => category switch
    {
        "internationalNews" or "middleEast" => 0,
        "sport" => 1,
        "economy" => 2,
        "technology" => 3,
        "culture" => 4,
        _ => -1,
    };

    /// <summary>Counts each Arabic word of one article once (its proclitic-free matching form).</summary>
    public void Add(int section, IEnumerable<IReadOnlyList<NerToken>> sentences)
    {
        if (section < 0) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var t in s)
                if (t.Shape == "A" && t.Core.Length >= 2) seen.Add(t.Core);
        foreach (var w in seen)
        {
            if (!_counts.TryGetValue(w, out var c)) _counts[w] = c = new int[TopicWords.Sections.Length];
            c[section]++;
        }
        _totals[section]++;
    }

    public void AddAll(TopicWordsBuilder other)
    {
        foreach (var (w, c) in other._counts)
        {
            if (!_counts.TryGetValue(w, out var mine)) _counts[w] = mine = new int[c.Length];
            for (int k = 0; k < c.Length; k++) mine[k] += c[k];
        }
        for (int k = 0; k < _totals.Length; k++) _totals[k] += other._totals[k];
    }

    /// <summary>
    /// Per word and section: log of (the share of that section's articles with the word) over (the share of the other
    /// sections' articles with it), add-one smoothed and capped.
    /// </summary>
    public TopicWords Build()
    {
        int sections = _totals.Length;
        long all = _totals.Sum();
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (word, c) in _counts)
        {
            int n = c.Sum();
            if (n < MinCount) continue;
            var w = new float[sections];
            float max = 0;
            for (int k = 0; k < sections; k++)
            {
                if (_totals[k] == 0) continue;
                double inside = (c[k] + 1.0) / (_totals[k] + 2.0);
                double outside = (n - c[k] + 1.0) / (all - _totals[k] + 2.0);
                float v = (float)Math.Clamp(Math.Log(inside / outside), -MaxWeight, MaxWeight);
                w[k] = MathF.Round(v * 100) / 100;
                max = Math.Max(max, w[k]);
            }
            if (max >= MinWeight) weights[word] = w;
        }
        return new TopicWords(weights);
    }
}
