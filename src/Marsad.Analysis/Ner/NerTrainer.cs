using System.Diagnostics;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Ner;

public sealed record NerTrainingOptions
{
    /// <summary>The share of training sentences (the last ones, as the corpus split itself is sequential) held out to choose the epochs.</summary>
    public double DevFraction { get; init; } = 0.1;
    public int MaxEpochs { get; init; } = 20;
    /// <summary>Stop looking once the dev score has not improved for this many epochs.</summary>
    public int Patience { get; init; } = 4;
    public int Seed { get; init; } = 20260101;
    /// <summary>Name parts are counted in this many blocks, each block's features seeing only the others' counts.</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Each epoch every feature occurrence is left out with this probability, so that no single feature (a memorised word) carries a decision alone.</summary>
    public double FeatureDropout { get; init; } = 0.2;
}

public sealed record NerTrainingResult(PerceptronModel Model, NameParts NameParts, int Epochs, double DevF1, IReadOnlyList<double> DevCurve);

/// <summary>
/// Trains the averaged structured perceptron (Collins 2002) on CoNLL sentences. Deterministic: a fixed
/// seed shuffles the sentences each epoch, and nothing depends on hash or thread order.
/// </summary>
public sealed class NerTrainer
{
    private readonly NerLexicon _baseLexicon;
    private readonly WordClusters _clusters;
    private readonly WordLexicon _frequencies;
    private readonly Action<string> _log;

    public NerTrainer(NerLexicon baseLexicon, WordClusters clusters, WordLexicon frequencies, Action<string>? log = null)
    {
        _baseLexicon = baseLexicon;
        _clusters = clusters;
        _frequencies = frequencies;
        _log = log ?? (_ => { });
    }

    public NerTrainingResult Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options)
    {
        var clock = Stopwatch.StartNew();
        var tokens = sentences.Select(s => s.Tokens.Select(t => NerToken.From(t)).ToArray()).ToArray();
        var gold = sentences.Select(s => s.TagIds()).ToArray();
        _log($"{sentences.Count} sentences, {tokens.Sum(t => t.Length)} tokens analysed in {clock.Elapsed.TotalSeconds:F1}s");

        int devStart = (int)Math.Round(sentences.Count * (1 - options.DevFraction));
        int[] trainIds = Enumerable.Range(0, devStart).ToArray();
        int[] devIds = Enumerable.Range(devStart, sentences.Count - devStart).ToArray();

        // Choose the number of epochs on the held-out slice.
        var index = new Dictionary<ulong, int>(1 << 20);
        var trainSet = Featurize(tokens, gold, trainIds, options.Folds, index, grow: true);
        var devLexicon = _baseLexicon.WithNameParts(CountParts(tokens, gold, trainIds));
        var devSet = Featurize(tokens, devIds, new NerFeaturizer(devLexicon, _clusters, _frequencies), index, grow: false);
        _log($"dev choice: {trainIds.Length} train / {devIds.Length} dev sentences, {index.Count} features ({clock.Elapsed.TotalSeconds:F1}s)");
        var curve = new List<double>();
        int bestEpochs = 1;
        double bestF1 = -1;
        var learner = new Learner(index.Count, options.Seed, options.FeatureDropout);
        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            learner.Epoch(trainSet);
            var model = learner.Averaged(index, "dev");
            double f1 = Evaluate(model, devSet, devIds.Select(i => gold[i]).ToArray());
            curve.Add(f1);
            _log($"epoch {epoch}: dev micro-F1 {f1:F4} ({clock.Elapsed.TotalSeconds:F1}s)");
            if (f1 > bestF1) { bestF1 = f1; bestEpochs = epoch; }
            else if (epoch - bestEpochs >= options.Patience) break;
        }

        // The shipped model sees all of the training split for the chosen number of epochs.
        int[] allIds = Enumerable.Range(0, sentences.Count).ToArray();
        var finalIndex = new Dictionary<ulong, int>(1 << 20);
        var allSet = Featurize(tokens, gold, allIds, options.Folds, finalIndex, grow: true);
        var final = new Learner(finalIndex.Count, options.Seed, options.FeatureDropout);
        for (int epoch = 1; epoch <= bestEpochs; epoch++) final.Epoch(allSet);
        string description = $"averaged perceptron, {bestEpochs} epochs on {sentences.Count} sentences (dev micro-F1 {bestF1:F4} at {bestEpochs} epochs), seed {options.Seed}";
        var result = final.Averaged(finalIndex, description);
        _log($"final model: {finalIndex.Count} features, {bestEpochs} epochs ({clock.Elapsed.TotalSeconds:F1}s)");
        return new NerTrainingResult(result, CountParts(tokens, gold, allIds), bestEpochs, bestF1, curve);
    }

    private static NameParts CountParts(NerToken[][] tokens, int[][] gold, IEnumerable<int> ids)
    {
        var parts = new NameParts();
        foreach (int i in ids) parts.Add(tokens[i], gold[i]);
        return parts;
    }

    /// <summary>Features of training sentences, each block's name-part features computed from the other blocks only.</summary>
    private FeatureSet Featurize(NerToken[][] tokens, int[][] gold, int[] ids, int folds, Dictionary<ulong, int> index, bool grow)
    {
        var set = new FeatureSet(ids.Length);
        for (int f = 0; f < folds; f++)
        {
            int from = ids.Length * f / folds, to = ids.Length * (f + 1) / folds;
            var others = ids.Take(from).Concat(ids.Skip(to));
            var featurizer = new NerFeaturizer(_baseLexicon.WithNameParts(CountParts(tokens, gold, others)), _clusters, _frequencies);
            var part = Featurize(tokens, ids[from..to], featurizer, index, grow);
            for (int k = 0; k < part.Count; k++)
            {
                set.Features[from + k] = part.Features[k];
                set.Offsets[from + k] = part.Offsets[k];
                set.Gold[from + k] = gold[ids[from + k]];
            }
        }
        return set;
    }

    private static FeatureSet Featurize(NerToken[][] tokens, int[] ids, NerFeaturizer featurizer, Dictionary<ulong, int> index, bool grow)
    {
        var set = new FeatureSet(ids.Length);
        var hashes = new List<ulong>();
        var offsets = new List<int>();
        for (int k = 0; k < ids.Length; k++)
        {
            hashes.Clear();
            offsets.Clear();
            featurizer.Extract(tokens[ids[k]], hashes, offsets);
            var feats = new List<int>(hashes.Count);
            var offs = new int[offsets.Count];
            int o = 0;
            for (int i = 0; i + 1 < offsets.Count; i++)
            {
                offs[i] = feats.Count;
                for (int j = offsets[i]; j < offsets[i + 1]; j++)
                {
                    if (index.TryGetValue(hashes[j], out int id)) feats.Add(id);
                    else if (grow) { id = index.Count; index.Add(hashes[j], id); feats.Add(id); }
                }
                o = i + 1;
            }
            offs[o] = feats.Count;
            set.Features[k] = [.. feats];
            set.Offsets[k] = offs;
        }
        return set;
    }

    private static double Evaluate(PerceptronModel model, FeatureSet set, int[][] gold)
    {
        var scorer = new SpanScorer();
        int tags = NerTagSet.Count;
        for (int s = 0; s < set.Count; s++)
        {
            int n = set.Offsets[s].Length - 1;
            var emissions = new float[n * tags];
            Learner.Emissions(model.Weights, set.Features[s], set.Offsets[s], emissions);
            var path = new int[n];
            ViterbiDecoder.Decode(emissions, model.Transitions, tags, path);
            scorer.Add(TagScheme.ToSpans(gold[s]), TagScheme.ToSpans(path));
        }
        return scorer.Micro.F1;
    }

    private sealed class FeatureSet(int count)
    {
        public int Count { get; } = count;
        public int[][] Features { get; } = new int[count][];
        public int[][] Offsets { get; } = new int[count][];
        public int[][] Gold { get; } = new int[count][];
    }

    /// <summary>The perceptron's running weights and the sums behind their average (the lazy-averaging trick).</summary>
    private sealed class Learner
    {
        private readonly int _tags = NerTagSet.Count;
        private readonly float[] _w, _t;
        // Sums of step × update grow past float precision over many epochs.
        private readonly double[] _u, _tu;
        private readonly Random _random;
        private long _step = 1;

        private readonly double _dropout;

        public Learner(int features, int seed, double dropout)
        {
            _dropout = dropout;
            _w = new float[features * _tags];
            _u = new double[features * _tags];
            _t = new float[(_tags + 1) * _tags];
            _tu = new double[(_tags + 1) * _tags];
            _random = new Random(seed);
        }

        public static void Emissions(float[] w, int[] feats, int[] offs, float[] emissions)
        {
            int tags = NerTagSet.Count;
            int n = offs.Length - 1;
            Array.Clear(emissions);
            for (int i = 0; i < n; i++)
            {
                var row = emissions.AsSpan(i * tags, tags);
                for (int j = offs[i]; j < offs[i + 1]; j++)
                {
                    var wr = w.AsSpan(feats[j] * tags, tags);
                    for (int y = 0; y < tags; y++) row[y] += wr[y];
                }
            }
        }

        public void Epoch(FeatureSet set)
        {
            var order = Enumerable.Range(0, set.Count).ToArray();
            _random.Shuffle(order);
            foreach (int s in order)
            {
                var feats = set.Features[s];
                var offs = set.Offsets[s];
                if (_dropout > 0) (feats, offs) = Drop(feats, offs);
                var gold = set.Gold[s];
                int n = gold.Length;
                var emissions = new float[n * _tags];
                Emissions(_w, feats, offs, emissions);
                var path = new int[n];
                ViterbiDecoder.Decode(emissions, _t, _tags, path);
                for (int i = 0; i < n; i++)
                {
                    int prevGold = i == 0 ? _tags : gold[i - 1], prevPred = i == 0 ? _tags : path[i - 1];
                    if (gold[i] != path[i])
                        for (int j = offs[i]; j < offs[i + 1]; j++)
                        {
                            Update(_w, _u, feats[j] * _tags + gold[i], 1);
                            Update(_w, _u, feats[j] * _tags + path[i], -1);
                        }
                    if (gold[i] != path[i] || prevGold != prevPred)
                    {
                        Update(_t, _tu, prevGold * _tags + gold[i], 1);
                        Update(_t, _tu, prevPred * _tags + path[i], -1);
                    }
                }
                _step++;
            }
        }

        private (int[], int[]) Drop(int[] feats, int[] offs)
        {
            var kept = new List<int>(feats.Length);
            var newOffs = new int[offs.Length];
            for (int i = 0; i + 1 < offs.Length; i++)
            {
                newOffs[i] = kept.Count;
                for (int j = offs[i]; j < offs[i + 1]; j++)
                    if (_random.NextDouble() >= _dropout) kept.Add(feats[j]);
            }
            newOffs[^1] = kept.Count;
            return ([.. kept], newOffs);
        }

        private void Update(float[] w, double[] u, int k, float delta)
        {
            w[k] += delta;
            u[k] += (double)_step * delta;
        }

        public PerceptronModel Averaged(Dictionary<ulong, int> index, string description)
        {
            var w = new float[_w.Length];
            for (int k = 0; k < w.Length; k++) w[k] = (float)(_w[k] - _u[k] / _step);
            var t = new float[_t.Length];
            for (int k = 0; k < t.Length; k++) t[k] = (float)(_t[k] - _tu[k] / _step);
            var model = new PerceptronModel(new Dictionary<ulong, int>(index), w, t, description);
            model.RoundToStoredPrecision();
            return model;
        }
    }
}
