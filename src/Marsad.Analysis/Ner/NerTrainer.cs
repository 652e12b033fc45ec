using System.Diagnostics;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Ner;

public sealed record NerTrainingOptions
{
    /// <summary>The share of training sentences (the last ones, as the corpus split itself is sequential) held out to choose the epochs.</summary>
    public double DevFraction { get; init; } = 0.1;
    /// <summary>Exactly this many of the last sentences held out instead of the share (a part of the split moved there, whole).</summary>
    public int? DevSentences { get; init; }
    public int MaxEpochs { get; init; } = 20;
    /// <summary>Stop looking once the dev score has not improved for this many epochs.</summary>
    public int Patience { get; init; } = 4;
    public int Seed { get; init; } = 20260101;
    /// <summary>Name parts are counted in this many blocks, each block's features seeing only the others' counts.</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Each epoch every feature occurrence is left out with this probability, so that no single feature (a memorised word) carries a decision alone.</summary>
    public double FeatureDropout { get; init; } = 0.2;
    /// <summary>Each epoch a training sentence is read without its corpus profile with this probability, so that the other features learn to carry the names the profile misjudges.</summary>
    public double ProfileDropout { get; init; } = 0.3;
    /// <summary>With a raw corpus, the first-stage taggers that label it are trained on this many blocks' complements.</summary>
    public int ProfileFolds { get; init; } = 5;
    /// <summary>Words seen fewer times in the raw corpus get no corpus profile.</summary>
    public int ProfileMinCount { get; init; } = 3;
    /// <summary>The model is the mean of this many perceptrons, each shuffling the sentences with its own seed.</summary>
    public int Ensemble { get; init; } = 5;
    /// <summary>The split has no article boundaries: each run of this many sentences reads its news section as one article (0: each sentence alone).</summary>
    public int DocumentSentences { get; init; } = ConllCorpus.SentencesPerArticle;
    /// <summary>The second stage also learns from a copy of each training sentence with each name swapped, with this probability, for another of its type (0: no copies).</summary>
    public double MentionReplacement { get; init; } = 1;
    /// <summary>
    /// The share of mention replacements drawn from the names the first-stage tagger of the sentence's profile fold was sure
    /// of across the raw corpus rather than from the labelled sentences: thousands of names instead of a few hundred per fold.
    /// </summary>
    public double CorpusNameShare { get; init; } = 0.5;
    /// <summary>
    /// Mention replacement makes this many copies of each sentence, each drawing its own names, and an epoch reads one
    /// of them beside the originals: more names seen over the epochs without outweighing the labelled sentences.
    /// </summary>
    public int CopyRounds { get; init; } = 3;
    /// <summary>
    /// The first-stage taggers that label the raw corpus are the mean of this many perceptrons, each reading its own
    /// word-class tree, so that the corpus profile does not hang on one partition either.
    /// </summary>
    public int FirstStageEnsemble { get; init; } = 5;
}

public sealed record NerTrainingResult(PerceptronModel Model, NameParts NameParts, int Epochs, double DevF1, IReadOnlyList<double> DevCurve, CorpusTagProfile Profile);

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

    /// <summary>The section table the features read a sentence's section from (none by default).</summary>
    public TopicWords Topics { get; init; } = TopicWords.Empty;

    /// <summary>The word-pair table the features read (none by default).</summary>
    public Collocations Collocations { get; init; } = Collocations.Empty;

    /// <summary>
    /// Trains on <paramref name="sentences"/>. With a raw <paramref name="corpus"/>, training has two stages: first taggers
    /// (without corpus features) label the corpus, and the shipped model also learns from how each word was labelled there.
    /// Each training sentence sees a profile made by a first-stage tagger that never saw it, as test sentences will.
    /// </summary>
    public NerTrainingResult Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options, IReadOnlyList<NerToken[]>? corpus = null)
    {
        var clock = Stopwatch.StartNew();
        var tokens = sentences.Select(s => s.Tokens.Select(t => NerToken.From(t)).ToArray()).ToArray();
        var gold = sentences.Select(s => s.TagIds()).ToArray();
        _log($"{sentences.Count} sentences, {tokens.Sum(t => t.Length)} tokens analysed in {clock.Elapsed.TotalSeconds:F1}s");

        var sections = new int[sentences.Count];
        Array.Fill(sections, NerFeaturizer.SentenceSection);
        if (Topics.Count > 0 && options.DocumentSentences > 0)
            for (int from = 0; from < tokens.Length; from += options.DocumentSentences)
            {
                int to = Math.Min(tokens.Length, from + options.DocumentSentences);
                Array.Fill(sections, Topics.SectionOf(tokens[from..to]), from, to - from);
            }
        var split = new Split(tokens, gold, sections, Enumerable.Range(0, tokens.Length).ToArray(), new int[tokens.Length]);
        Array.Fill(split.Round, Split.Original);

        int devStart = (int)Math.Round(sentences.Count * (1 - options.DevFraction));
        if (options.DevSentences is int held)
        {
            if (held < 1 || held >= sentences.Count) throw new ArgumentOutOfRangeException(nameof(options), $"{held} dev sentences of {sentences.Count}");
            devStart = sentences.Count - held;
        }
        int[] trainIds = Enumerable.Range(0, devStart).ToArray();
        int[] devIds = Enumerable.Range(devStart, sentences.Count - devStart).ToArray();
        int[] allIds = Enumerable.Range(0, sentences.Count).ToArray();
        IReadOnlyList<NerToken[]>[][]? corpusNames = null;
        Func<int, CorpusTagProfile> profileOf = _ => CorpusTagProfile.Empty;
        var shipped = CorpusTagProfile.Empty;
        if (corpus is { Count: > 0 })
        {
            var plain = ChooseEpochs(split, trainIds, devIds, options with { Ensemble = options.FirstStageEnsemble }, profileOf, "first stage");
            int folds = options.ProfileFolds;
            int FoldOf(int s) => (int)((long)s * folds / sentences.Count);
            var profiles = new CorpusTagProfile[folds];
            for (int f = 0; f < folds; f++)
            {
                var ids = allIds.Where(s => FoldOf(s) != f).ToArray();
                profiles[f] = ProfileCorpus(split, ids, plain.Epochs, options, corpus);
                _log($"first stage {f + 1}/{folds}: {ids.Length} sentences, corpus profile of {profiles[f].Count} words ({clock.Elapsed.TotalSeconds:F1}s)");
            }
            shipped = ProfileCorpus(split, allIds, plain.Epochs, options, corpus);
            _log($"first stage on all: corpus profile of {shipped.Count} words ({clock.Elapsed.TotalSeconds:F1}s)");
            profileOf = s => profiles[FoldOf(split.Origin[s])];
            if (options.CorpusNameShare > 0)
            {
                corpusNames = profiles.Select(ConfidentNames).ToArray();
                _log($"corpus names for replacement (first fold): {string.Join(", ", NerTagSet.Types.Select((t, k) => $"{corpusNames[0][k].Count} {t}"))}");
            }
        }

        int[] choiceIds = trainIds, finalIds = allIds;
        if (options.MentionReplacement > 0)
        {
            (split, choiceIds) = WithCopies(split, sentences.Count, trainIds, options, options.Seed + 1, corpusNames);
            (split, finalIds) = WithCopies(split, sentences.Count, allIds, options, options.Seed + 2, corpusNames);
            _log($"mention replacement: {choiceIds.Length - trainIds.Length} copies for the dev choice, {finalIds.Length - allIds.Length} for the final model");
        }

        var choice = ChooseEpochs(split, choiceIds, devIds, options, profileOf, "dev");

        // The shipped model sees all of the training split for the chosen number of epochs.
        string stages = corpus is { Count: > 0 } ? $", with the profile of {corpus.Sum(c => c.Length)} corpus tokens" : "";
        string description = $"averaged perceptron, mean of {options.Ensemble}, {choice.Epochs} epochs on {sentences.Count} sentences (dev micro-F1 {choice.F1:F4} at {choice.Epochs} epochs){stages}, seed {options.Seed}";
        var (model, features) = TrainFixed(split, finalIds, choice.Epochs, options, profileOf, description);
        _log($"final model: {features} features, {choice.Epochs} epochs ({clock.Elapsed.TotalSeconds:F1}s)");
        return new NerTrainingResult(model, CountParts(split, allIds), choice.Epochs, choice.F1, choice.Curve, shipped);
    }

    /// <summary>
    /// The training split: each sentence's tokens, gold tags, the article section its features read, the labelled sentence it
    /// was made from (itself, or the original of a mention-replaced copy) and, for a copy, the round of copies it belongs to.
    /// </summary>
    private sealed record Split(NerToken[][] Tokens, int[][] Gold, int[] Sections, int[] Origin, int[] Round)
    {
        public const int Original = -1;
    }

    /// <summary>The split with mention-replaced copies of <paramref name="ids"/> appended; the ids returned list each copy right after its original, so that a fold keeps both.</summary>
    private static (Split, int[]) WithCopies(Split split, int originals, int[] ids, NerTrainingOptions options, int seed, IReadOnlyList<NerToken[]>[][]? corpusNames)
    {
        // A name is drawn only from sentences that share both the block its name-part features are counted without
        // and the fold its corpus profile is made without.
        var rank = new Dictionary<int, int>();
        for (int k = 0; k < ids.Length; k++) rank[ids[k]] = k;
        int GroupOf(int s) => BlockOf(rank[s], ids.Length, options.Folds) * options.ProfileFolds
            + (int)((long)split.Origin[s] * options.ProfileFolds / originals);
        int rounds = Math.Max(1, options.CopyRounds);
        var copies = new List<(int Origin, NerToken[] Tokens, int[] Gold, int Round)>();
        for (int r = 0; r < rounds; r++)
            foreach (var c in MentionReplacement.Copies(ids, split.Tokens, split.Gold, options.MentionReplacement, seed + 1000 * r, GroupOf,
                corpusNames is null ? null : g => corpusNames[g % options.ProfileFolds], options.CorpusNameShare))
                copies.Add((c.Origin, c.Tokens, c.Gold, r));
        int n = split.Tokens.Length;
        var tokens = split.Tokens.Concat(copies.Select(c => c.Tokens)).ToArray();
        var gold = split.Gold.Concat(copies.Select(c => c.Gold)).ToArray();
        var sections = split.Sections.Concat(copies.Select(c => split.Sections[c.Origin])).ToArray();
        var origin = split.Origin.Concat(copies.Select(c => split.Origin[c.Origin])).ToArray();
        var round = split.Round.Concat(copies.Select(c => c.Round)).ToArray();
        var copiesOf = new Dictionary<int, List<int>>();
        for (int k = 0; k < copies.Count; k++)
        {
            if (!copiesOf.TryGetValue(copies[k].Origin, out var list)) copiesOf[copies[k].Origin] = list = [];
            list.Add(n + k);
        }
        var order = new List<int>(ids.Length + copies.Count);
        foreach (int s in ids)
        {
            order.Add(s);
            if (copiesOf.TryGetValue(s, out var list)) order.AddRange(list);
        }
        return (new Split(tokens, gold, sections, origin, round), [.. order]);
    }

    /// <summary>The names a fold's corpus tagger was sure of (seen 5 times or more, 90 % of them one type), by type.</summary>
    private static IReadOnlyList<NerToken[]>[] ConfidentNames(CorpusTagProfile profile)
    {
        var byType = new List<NerToken[]>[NerTagSet.Types.Length];
        for (int t = 0; t < byType.Length; t++) byType[t] = [];
        foreach (var (words, type) in profile.ConfidentNames(5, 0.9).OrderBy(n => string.Join(' ', n.Words), StringComparer.Ordinal))
            byType[type].Add([.. words.Select(w => NerToken.From(w))]);
        return byType;
    }

    private sealed record EpochChoice(int Epochs, double F1, List<double> Curve);

    /// <summary>Trains on <paramref name="trainIds"/> and picks the epoch count that scores best on <paramref name="devIds"/>.</summary>
    private EpochChoice ChooseEpochs(Split split, int[] trainIds, int[] devIds, NerTrainingOptions options, Func<int, CorpusTagProfile> profileOf, string label)
    {
        var clock = Stopwatch.StartNew();
        var index = new Dictionary<ulong, int>(1 << 20);
        var trainSet = Featurize(split, trainIds, options.Folds, index, grow: true, profileOf, WantsPlain(options, profileOf, trainIds));
        var devFeaturizer = new NerFeaturizer(_baseLexicon.WithNameParts(CountParts(split, trainIds)), _clusters, _frequencies, topics: Topics, collocations: Collocations);
        var devSet = Featurize(split, devIds, s => devFeaturizer.WithProfile(profileOf(s)), index, grow: false);
        _log($"{label} choice: {trainIds.Length} train / {devIds.Length} dev sentences, {index.Count} features");
        var curve = new List<double>();
        int bestEpochs = 1;
        double bestF1 = -1;
        var learners = Learners(index, options);
        var devGold = devIds.Select(i => split.Gold[i]).ToArray();
        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            Parallel.ForEach(learners, l => l.Epoch(trainSet));
            var model = Learner.Mean(learners, index, label);
            double f1 = Evaluate(model, devSet, devGold);
            curve.Add(f1);
            _log($"{label} epoch {epoch}: dev micro-F1 {f1:F4} ({clock.Elapsed.TotalSeconds:F1}s)");
            if (f1 > bestF1) { bestF1 = f1; bestEpochs = epoch; }
            else if (epoch - bestEpochs >= options.Patience) break;
        }
        return new EpochChoice(bestEpochs, bestF1, curve);
    }

    private (PerceptronModel Model, int Features) TrainFixed(Split split, int[] ids, int epochs, NerTrainingOptions options, Func<int, CorpusTagProfile> profileOf, string description = "first stage")
    {
        var index = new Dictionary<ulong, int>(1 << 20);
        var set = Featurize(split, ids, options.Folds, index, grow: true, profileOf, WantsPlain(options, profileOf, ids));
        var learners = Learners(index, options);
        Parallel.ForEach(learners, l => { for (int epoch = 1; epoch <= epochs; epoch++) l.Epoch(set); });
        return (Learner.Mean(learners, index, description), index.Count);
    }

    /// <summary>A first-stage tagger trained on <paramref name="ids"/> labels the corpus; the counts per word are its profile.</summary>
    private CorpusTagProfile ProfileCorpus(Split split, int[] ids, int epochs, NerTrainingOptions options, IReadOnlyList<NerToken[]> corpus)
    {
        var (model, _) = TrainFixed(split, ids, epochs, options with { Ensemble = options.FirstStageEnsemble }, _ => CorpusTagProfile.Empty);
        var featurizer = new NerFeaturizer(_baseLexicon.WithNameParts(CountParts(split, ids)), _clusters, _frequencies, topics: Topics, collocations: Collocations);
        var tagger = new NerTagger(model, featurizer);
        int parts = Math.Max(1, Environment.ProcessorCount);
        var partial = new CorpusTagProfile[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            var profile = new CorpusTagProfile();
            for (int k = p; k < corpus.Count; k += parts) profile.Add(corpus[k], tagger.Tag(corpus[k]));
            partial[p] = profile;
        });
        var all = new CorpusTagProfile();
        foreach (var p in partial) all.AddAll(p);
        return all.Pruned(options.ProfileMinCount);
    }

    private static bool WantsPlain(NerTrainingOptions options, Func<int, CorpusTagProfile> profileOf, int[] ids) =>
        options.ProfileDropout > 0 && ids.Any(s => profileOf(s).Count > 0);

    /// <summary>
    /// The perceptrons of the ensemble. With several word-class trees, perceptron k reads tree k mod trees only, so the
    /// mean of them is a mean over partitions rather than the pick of one (a tree no perceptron reads keeps zero weights:
    /// an ensemble of one, such as `--first-stage-ensemble 1`, reads the first tree only).
    /// </summary>
    private Learner[] Learners(Dictionary<ulong, int> index, NerTrainingOptions options)
    {
        int trees = _clusters.Trees;
        sbyte[]? treeOf = null;
        if (trees > 1)
        {
            treeOf = new sbyte[index.Count];
            foreach (var (key, id) in index) treeOf[id] = (sbyte)NerFeaturizer.TreeOf(key);
        }
        return Enumerable.Range(0, Math.Max(1, options.Ensemble))
            .Select(k => new Learner(index.Count, options.Seed + 7919 * k, options.FeatureDropout, options.ProfileDropout, Math.Max(1, options.CopyRounds), k,
                treeOf, trees > 1 ? k % trees : -1))
            .ToArray();
    }

    private static NameParts CountParts(Split split, IEnumerable<int> ids)
    {
        var parts = new NameParts();
        foreach (int i in ids) parts.Add(split.Tokens[i], split.Gold[i]);
        return parts;
    }

    /// <summary>The block of the labelled sentence ranked <paramref name="rank"/> of <paramref name="count"/>: block f starts at rank ⌊count·f/folds⌋.</summary>
    internal static int BlockOf(int rank, int count, int folds) => (int)(((long)rank + 1) * folds - 1) / count;

    /// <summary>
    /// Where each block of <paramref name="ids"/> starts: blocks are cut among the labelled sentences (see <see cref="BlockOf"/>)
    /// and a copy stays in its original's block, where mention replacement drew its names.
    /// </summary>
    private static int[] BlockStarts(Split split, int[] ids, int folds)
    {
        var originals = new List<int>(ids.Length);
        for (int p = 0; p < ids.Length; p++)
            if (split.Round[ids[p]] == Split.Original) originals.Add(p);
        var starts = new int[folds + 1];
        for (int f = 1; f < folds; f++) starts[f] = originals.Count == 0 ? ids.Length * f / folds : originals[originals.Count * f / folds];
        starts[folds] = ids.Length;
        return starts;
    }

    /// <summary>Features of training sentences, each block's name-part features computed from the other blocks only.</summary>
    private FeatureSet Featurize(Split split, int[] ids, int folds, Dictionary<ulong, int> index, bool grow, Func<int, CorpusTagProfile> profileOf, bool withPlain = false)
    {
        var set = new FeatureSet(ids.Length, withPlain);
        var starts = BlockStarts(split, ids, folds);
        for (int f = 0; f < folds; f++)
        {
            int from = starts[f], to = starts[f + 1];
            var others = ids.Take(from).Concat(ids.Skip(to));
            var featurizer = new NerFeaturizer(_baseLexicon.WithNameParts(CountParts(split, others)), _clusters, _frequencies, topics: Topics, collocations: Collocations);
            var part = Featurize(split, ids[from..to], s => featurizer.WithProfile(profileOf(s)), index, grow);
            for (int k = 0; k < part.Count; k++)
            {
                set.Features[from + k] = part.Features[k];
                set.Offsets[from + k] = part.Offsets[k];
                set.Gold[from + k] = split.Gold[ids[from + k]];
                set.Round[from + k] = split.Round[ids[from + k]];
            }
            if (!withPlain) continue;
            var plain = Featurize(split, ids[from..to], _ => featurizer, index, grow);
            for (int k = 0; k < plain.Count; k++)
            {
                set.PlainFeatures![from + k] = plain.Features[k];
                set.PlainOffsets![from + k] = plain.Offsets[k];
            }
        }
        return set;
    }

    private static FeatureSet Featurize(Split split, int[] ids, Func<int, NerFeaturizer> featurizerOf, Dictionary<ulong, int> index, bool grow)
    {
        var set = new FeatureSet(ids.Length);
        var hashes = new List<ulong>();
        var offsets = new List<int>();
        for (int k = 0; k < ids.Length; k++)
        {
            hashes.Clear();
            offsets.Clear();
            featurizerOf(ids[k]).Extract(split.Tokens[ids[k]], hashes, offsets, split.Sections[ids[k]]);
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

    private sealed class FeatureSet(int count, bool withPlain = false)
    {
        public int Count { get; } = count;
        public int[][] Features { get; } = new int[count][];
        public int[][] Offsets { get; } = new int[count][];
        public int[][] Gold { get; } = new int[count][];
        /// <summary>The round of mention-replaced copies each sentence belongs to (<see cref="Split.Original"/> for a labelled one).</summary>
        public int[] Round { get; } = new int[count];
        /// <summary>The same sentences featurized without a corpus profile (for profile dropout), or null.</summary>
        public int[][]? PlainFeatures { get; } = withPlain ? new int[count][] : null;
        public int[][]? PlainOffsets { get; } = withPlain ? new int[count][] : null;
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

        private readonly double _dropout, _profileDropout;
        // Each learner starts the rotation of copy rounds at its own place, so that the mean of them has seen every round.
        private readonly int _rounds;
        private int _epochs;

        // The tree of each feature (-1: none) and the one tree this learner reads; null and -1 when it reads them all.
        private readonly sbyte[]? _treeOf;
        private readonly int _tree;

        public Learner(int features, int seed, double dropout, double profileDropout, int rounds, int firstRound, sbyte[]? treeOf = null, int tree = -1)
        {
            _treeOf = treeOf;
            _tree = tree;
            _dropout = dropout;
            _profileDropout = profileDropout;
            _rounds = rounds;
            _epochs = firstRound;
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
            int round = _epochs++ % _rounds;
            var order = Enumerable.Range(0, set.Count).Where(s => set.Round[s] == Split.Original || set.Round[s] == round).ToArray();
            _random.Shuffle(order);
            foreach (int s in order)
            {
                var feats = set.Features[s];
                var offs = set.Offsets[s];
                if (set.PlainFeatures is not null && _random.NextDouble() < _profileDropout)
                    (feats, offs) = (set.PlainFeatures[s], set.PlainOffsets![s]);
                if (_dropout > 0 || _treeOf is not null) (feats, offs) = Drop(feats, offs);
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
                {
                    if (_treeOf is not null && _treeOf[feats[j]] >= 0 && _treeOf[feats[j]] != _tree) continue;
                    if (_dropout == 0 || _random.NextDouble() >= _dropout) kept.Add(feats[j]);
                }
            }
            newOffs[^1] = kept.Count;
            return ([.. kept], newOffs);
        }

        private void Update(float[] w, double[] u, int k, float delta)
        {
            w[k] += delta;
            u[k] += (double)_step * delta;
        }

        /// <summary>The mean of the learners' averaged weights: perceptrons that saw the sentences in other orders disagree where the data is thin.</summary>
        public static PerceptronModel Mean(IReadOnlyList<Learner> learners, Dictionary<ulong, int> index, string description)
        {
            var w = new float[learners[0]._w.Length];
            var t = new float[learners[0]._t.Length];
            foreach (var l in learners)
            {
                for (int k = 0; k < w.Length; k++) w[k] += (float)((l._w[k] - l._u[k] / l._step) / learners.Count);
                for (int k = 0; k < t.Length; k++) t[k] += (float)((l._t[k] - l._tu[k] / l._step) / learners.Count);
            }
            PerceptronModel.RoundToStoredPrecision(w);
            return new PerceptronModel(new Dictionary<ulong, int>(index), w, t, description);
        }
    }
}
