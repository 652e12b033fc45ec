using System.Runtime.CompilerServices;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Per word, the summed weights of the features it brings to the token it plays each role for (itself, the
/// neighbours one and two away). News repeats its words, so most tokens are scored from here with five
/// reads instead of dozens of feature lookups spread over the model. Thread-safe; it stops remembering after
/// <see cref="Capacity"/> words, after which other words are summed each time they occur.
/// </summary>
internal sealed class WordScoreCache
{
    private const int Tags = FeatureTable.TagCount;
    private const int RoleCount = 5;

    [InlineArray(RoleCount * Tags)]
    internal struct RoleScores { private float _first; }

    private const int Sections = 6;

    /// <summary>Per section id, what the word's section features add: first as the article's section, then as the sentence's.</summary>
    [InlineArray(2 * Sections * Tags)]
    internal struct SectionScores { private float _first; }

    internal sealed class Entry(long owner, NerToken token)
    {
        // The owning cache by number, not by reference: an entry left on a token must not keep an old model alive.
        public readonly long Owner = owner;
        public readonly NerToken Token = token;
        public NerFeaturizer.WordFacts Facts;
        public RoleScores Scores;
        public SectionScores Sections;
        // Which rows of Sections are filled: a text needs a few of the twelve, so they are summed when first asked for.
        public int SectionRows;
    }

    private readonly PerceptronModel _model;
    private readonly NerFeaturizer _featurizer;
    private readonly float[] _outside = new float[RoleCount * Tags];
    private int _count;
    private static long s_lastId;
    private readonly long _id = Interlocked.Increment(ref s_lastId);

    [ThreadStatic] private static List<ulong>? t_scratch;

    public WordScoreCache(PerceptronModel model, NerFeaturizer featurizer, int capacity = 1 << 17)
    {
        if (NerFeaturizer.Roles.Length != RoleCount) throw new InvalidOperationException("the cache is laid out for five roles");
        if (NerFeaturizer.SectionCount != Sections) throw new InvalidOperationException("the cache is laid out for six section ids");
        _model = model;
        _featurizer = featurizer;
        Capacity = capacity;
        var features = new List<ulong>();
        for (int r = 1; r < RoleCount; r++)
        {
            features.Clear();
            NerFeaturizer.AddOutside(NerFeaturizer.Roles[r], features);
            _model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), _outside.AsSpan(r * Tags, Tags));
        }
    }

    public int Capacity { get; }

    /// <summary>The scores a neighbour position outside the sentence brings, for role <paramref name="role"/>.</summary>
    public ReadOnlySpan<float> Outside(int role) => _outside.AsSpan(role * Tags, Tags);

    /// <summary>What a word's section features add when the article is in <paramref name="article"/> and the sentence in <paramref name="sentence"/>.</summary>
    public void AddSections(Entry entry, int article, int sentence, Span<float> row)
    {
        var a = SectionRow(entry, article);
        var s = SectionRow(entry, Sections + sentence);
        for (int y = 0; y < Tags; y++) row[y] += a[y] + s[y];
    }

    private ReadOnlySpan<float> SectionRow(Entry entry, int k)
    {
        Span<float> row = ((Span<float>)entry.Sections).Slice(k * Tags, Tags);
        if ((Volatile.Read(ref entry.SectionRows) & (1 << k)) != 0) return row;
        // Summed aside and copied whole: a thread racing here overwrites the row with the same values, never with a
        // partial sum, and the bit is set only after the row is whole.
        var features = t_scratch ??= new List<ulong>(64);
        features.Clear();
        _featurizer.AddSectionFeatures(entry.Token, entry.Facts, k % Sections, ofArticle: k < Sections, features);
        Span<float> sum = stackalloc float[Tags];
        _model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), sum);
        sum.CopyTo(row);
        Interlocked.Or(ref entry.SectionRows, 1 << k);
        return row;
    }

    public Entry Get(NerToken token)
    {
        // The entry sits on the token: one reference, written whole, so a reader sees an entry or none. Another
        // tagger's entry (or one copied along by a `with`) is recognised by its owner and token, and replaced.
        var entry = Volatile.Read(ref token.Scores);
        if (entry is not null && entry.Owner == _id && ReferenceEquals(entry.Token, token)) return entry;
        entry = Compute(token);
        if (Volatile.Read(ref _count) < Capacity)
        {
            Volatile.Write(ref token.Scores, entry);
            Interlocked.Increment(ref _count);
        }
        return entry;
    }

    private Entry Compute(NerToken token)
    {
        var entry = new Entry(_id, token) { Facts = _featurizer.Facts(token) };
        var features = t_scratch ??= new List<ulong>(64);
        Span<float> scores = entry.Scores;
        for (int r = 0; r < RoleCount; r++)
        {
            features.Clear();
            _featurizer.AddWordFeatures(token, entry.Facts, NerFeaturizer.Roles[r], features);
            _model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores.Slice(r * Tags, Tags));
        }
        return entry;
    }
}
