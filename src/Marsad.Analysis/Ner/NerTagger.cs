namespace Marsad.Analysis.Ner;

/// <summary>Tags sentences with a trained model: features, emission scores, Viterbi. Thread-safe.</summary>
public sealed class NerTagger
{
    private readonly PerceptronModel _model;
    private readonly NerFeaturizer _featurizer;
    private readonly WordScoreCache _words;
    private readonly PairScoreCache? _pairs;

    public NerTagger(PerceptronModel model, NerFeaturizer featurizer)
    {
        _model = model;
        _featurizer = featurizer;
        _words = new WordScoreCache(model, featurizer);
        _pairs = featurizer.Collocated ? new PairScoreCache(model) : null;
    }

    public PerceptronModel Model => _model;
    public NerFeaturizer Featurizer => _featurizer;

    [ThreadStatic] private static List<ulong>? t_features;
    [ThreadStatic] private static List<int>? t_offsets;

    /// <summary>The best tag sequence (ids of <see cref="NerTagSet"/>); with <paramref name="confidence"/>, each tag's marginal weight too.</summary>
    public int[] Tag(IReadOnlyList<NerToken> tokens, float[]? confidence = null, int section = NerFeaturizer.SentenceSection)
    {
        int n = tokens.Count, tags = NerTagSet.Count;
        var path = new int[n];
        if (n == 0) return path;
        var emissions = Scratch(ref t_emissions, n * tags);
        Emissions(tokens, emissions, section);
        ViterbiDecoder.Decode(emissions, _model.Transitions, tags, path);
        // Confidence is only read for entity tokens: skip the forward-backward pass on sentences without any.
        if (confidence is not null && path.AsSpan().ContainsAnyExcept(NerTagSet.Outside)) ViterbiDecoder.Confidence(emissions, _model.Transitions, tags, path, confidence);
        return path;
    }

    /// <summary>The marginal weight of each tag of a given path (one changed after tagging, for instance).</summary>
    public void Confidence(IReadOnlyList<NerToken> tokens, int[] path, float[] confidence, int section = NerFeaturizer.SentenceSection)
    {
        int n = tokens.Count, tags = NerTagSet.Count;
        if (n == 0) return;
        var emissions = Scratch(ref t_emissions, n * tags);
        Emissions(tokens, emissions, section);
        ViterbiDecoder.Confidence(emissions, _model.Transitions, tags, path, confidence);
    }

    /// <summary>Each token's score for each tag (<see cref="NerTagSet"/> order), token-major.</summary>
    public float[] Scores(IReadOnlyList<NerToken> tokens, int section = NerFeaturizer.SentenceSection)
    {
        var scores = new float[tokens.Count * NerTagSet.Count];
        Emissions(tokens, scores, section);
        return scores;
    }

    [ThreadStatic] private static float[]? t_emissions;
    [ThreadStatic] private static WordScoreCache.Entry[]? t_words;
    [ThreadStatic] private static NerFeaturizer.WordFacts[]? t_facts;
    [ThreadStatic] private static Collocations.Pair[]? t_pairs;

    /// <summary>A per-thread buffer of at least <paramref name="length"/> items, as a span of exactly that many (contents undefined).</summary>
    private static Span<T> Scratch<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length) buffer = new T[Math.Max(length, 2 * (buffer?.Length ?? 64))];
        return buffer.AsSpan(0, length);
    }

    /// <summary>
    /// Each token's score for each tag, row by row: what each word in the ±2 window brings (summed once per word),
    /// plus the features that depend on several words or on the position.
    /// </summary>
    private void Emissions(IReadOnlyList<NerToken> tokens, Span<float> emissions, int section)
    {
        int n = tokens.Count, tags = NerTagSet.Count;
        var words = Scratch(ref t_words, n);
        var facts = Scratch(ref t_facts, n);
        for (int i = 0; i < n; i++)
        {
            words[i] = _words.Get(tokens[i]);
            facts[i] = words[i].Facts;
        }
        var features = t_features ??= new List<ulong>(4096);
        var offsets = t_offsets ??= new List<int>(256);
        features.Clear();
        offsets.Clear();
        (section, int sentenceSection) = _featurizer.ExtractContext(tokens, facts, features, offsets, section, withPairs: _pairs is null);
        var pairs = Scratch(ref t_pairs, _pairs is null ? 0 : Math.Max(0, n - 1));
        if (_pairs is not null) _featurizer.Pairs(tokens, facts, pairs);
        bool sections = _featurizer.ReadsSections;
        emissions.Clear();
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
        var roles = NerFeaturizer.Roles;
        for (int i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * tags, tags);
            _model.Score(all[offsets[i]..offsets[i + 1]], row);
            for (int r = 0; r < roles.Length; r++)
            {
                int at = NerFeaturizer.At(i, roles[r]);
                AddTo(row, at >= 0 && at < n ? ((ReadOnlySpan<float>)words[at].Scores).Slice(r * tags, tags) : _words.Outside(r));
            }
            if (sections) _words.AddSections(words[i], section, sentenceSection, row);
            if (_pairs is not null)
            {
                if (i > 0) AddTo(row, _pairs.Pair(pairs[i - 1], 0));
                if (i + 1 < n) AddTo(row, _pairs.Pair(pairs[i], 1));
                if (i > 0 && i + 1 < n) AddTo(row, _pairs.Triple(_featurizer.TripleAt(tokens, pairs, i)));
            }
        }
    }

    private static void AddTo(Span<float> row, ReadOnlySpan<float> add)
    {
        int y = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
            for (int width = System.Numerics.Vector<float>.Count; y + width <= row.Length; y += width)
                (new System.Numerics.Vector<float>(row[y..]) + new System.Numerics.Vector<float>(add[y..])).CopyTo(row[y..]);
        for (; y < row.Length; y++) row[y] += add[y];
    }

    public int[] Tag(IReadOnlyList<string> surfaces) => Tag(surfaces.Select(s => NerToken.From(s)).ToList());
}
