namespace Marsad.Analysis.Ner;

/// <summary>Tags sentences with a trained model: features, emission scores, Viterbi. Thread-safe.</summary>
public sealed class NerTagger
{
    private readonly PerceptronModel _model;
    private readonly NerFeaturizer _featurizer;

    public NerTagger(PerceptronModel model, NerFeaturizer featurizer)
    {
        _model = model;
        _featurizer = featurizer;
    }

    public PerceptronModel Model => _model;
    public NerFeaturizer Featurizer => _featurizer;

    [ThreadStatic] private static List<ulong>? t_features;
    [ThreadStatic] private static List<int>? t_offsets;

    /// <summary>The best tag sequence (ids of <see cref="NerTagSet"/>); with <paramref name="confidence"/>, each tag's marginal weight too.</summary>
    public int[] Tag(IReadOnlyList<NerToken> tokens, float[]? confidence = null)
    {
        int n = tokens.Count, tags = NerTagSet.Count;
        var path = new int[n];
        if (n == 0) return path;
        var emissions = Emissions(tokens, tags);
        ViterbiDecoder.Decode(emissions, _model.Transitions, tags, path);
        // Confidence is only read for entity tokens: skip the forward-backward pass on sentences without any.
        if (confidence is not null && path.AsSpan().ContainsAnyExcept(NerTagSet.Outside)) ViterbiDecoder.Confidence(emissions, _model.Transitions, tags, path, confidence);
        return path;
    }

    /// <summary>The marginal weight of each tag of a given path (one changed after tagging, for instance).</summary>
    public void Confidence(IReadOnlyList<NerToken> tokens, int[] path, float[] confidence)
    {
        int n = tokens.Count, tags = NerTagSet.Count;
        if (n == 0) return;
        var emissions = Emissions(tokens, tags);
        ViterbiDecoder.Confidence(emissions, _model.Transitions, tags, path, confidence);
    }

    /// <summary>Each token's score for each tag, row by row.</summary>
    private float[] Emissions(IReadOnlyList<NerToken> tokens, int tags)
    {
        int n = tokens.Count;
        var features = t_features ??= new List<ulong>(4096);
        var offsets = t_offsets ??= new List<int>(256);
        features.Clear();
        offsets.Clear();
        _featurizer.Extract(tokens, features, offsets);
        var emissions = new float[n * tags];
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
        for (int i = 0; i < n; i++)
            _model.Score(all[offsets[i]..offsets[i + 1]], emissions.AsSpan(i * tags, tags));
        return emissions;
    }

    public int[] Tag(IReadOnlyList<string> surfaces) => Tag(surfaces.Select(s => NerToken.From(s)).ToList());
}
