using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Turns a sentence of <see cref="NerToken"/>s into hashed features per token: word forms in a ±2 window,
/// stem, clitics, affixes, shape, position, lexicon and gazetteer matches, word classes, corpus frequency and how
/// firmly each word is joined to its neighbours in raw news (<see cref="Collocations"/>).
/// Every lexical value is a matching-normalised form.
/// </summary>
public sealed class NerFeaturizer
{
    private readonly NerLexicon _lexicon;
    private readonly WordClusters _clusters;
    private readonly WordLexicon _frequencies;
    private readonly CorpusTagProfile _profile;
    private readonly TopicWords _topics;
    private readonly Collocations _collocations;

    public NerFeaturizer(NerLexicon lexicon, WordClusters clusters, WordLexicon frequencies, CorpusTagProfile? profile = null, TopicWords? topics = null,
        Collocations? collocations = null)
    {
        if (clusters.Trees > MaxTrees) throw new ArgumentException($"{clusters.Trees} word-class trees; features can name at most {MaxTrees}", nameof(clusters));
        _lexicon = lexicon;
        _clusters = clusters;
        _frequencies = frequencies;
        _profile = profile ?? CorpusTagProfile.Empty;
        _topics = topics ?? TopicWords.Empty;
        _collocations = collocations ?? Collocations.Empty;
    }

    /// <summary>The same features with another corpus profile (the training folds each see a profile made without them).</summary>
    public NerFeaturizer WithProfile(CorpusTagProfile profile) => new(_lexicon, _clusters, _frequencies, profile, _topics, _collocations);

    public NerLexicon Lexicon => _lexicon;

    /// <summary>
    /// The news section the words of a whole article point to (0: none), to pass with each of its sentences. Looked up
    /// in the table rather than through the tagger's word cache: once that is full, a rare word would be summed twice.
    /// </summary>
    public int SectionOf(IEnumerable<IReadOnlyList<NerToken>> sentences) => _topics.SectionOf(sentences);

    /// <summary>Passed as the section: read it from the sentence's own words.</summary>
    public const int SentenceSection = -1;

    private enum T
    {
        Bias = 1, W0, Wm1, Wp1, Wm2, Wp2, Wm1W0, W0Wp1, Wm1Wp1,
        Core0, Stem0, StemM1, StemP1, Procl0, Suff0, ProclSuff0,
        Pre2, Pre3, Suf1, Suf2, Suf3, StemSuf2,
        Shape0, ShapeWindow, Len0, First, Last,
        Lex0, LexM1, LexP1, LexM2, PhraseB, PhraseI, PhraseLen,
        Cl0, ClM1, ClP1, ClM1Cl0, Cl0ClP1, Freq0, FreqM1, FreqP1, Unclustered0,
        Lex0Cl0, ProclLex0,
        Prof0, ProfBegin0, ProfSeen0, ProfNone0, ProfM1, ProfP1, ProfM1Prof0, MentionB, MentionI, MentionLen,
        Topic, TopicLex, TopicProf, TopicCl, TopicPhrase,
        PairCount, PairShares, PairPmi, Triple,
    }

    private const LexiconFlags PhraseFlagsMask = LexiconFlags.Place | LexiconFlags.Country;

    /// <summary>What the lexicons, word classes and corpus profile say of one word, whatever its context.</summary>
    /// <remarks>The phrase and mention lengths are those of the longest gazetteer phrase (from the whole word, and from
    /// the word without proclitics when that differs) and corpus mention starting with the word; 0 for none.</remarks>
    public readonly record struct WordFacts(LexiconFlags Lexicon, int[]? Clusters, int Frequency, CorpusTagProfile.Evidence? Evidence, int Dominant,
        int PhraseWords = 0, int CorePhraseWords = 0, int MentionWords = 0, float[]? Topic = null, int AsFirst = 0, int AsSecond = 0);

    /// <summary>The place a word holds relative to the token whose features are being made.</summary>
    public enum Role { Own, Previous, Next, SecondPrevious, SecondNext }

    public static readonly Role[] Roles = [Role.Own, Role.Previous, Role.Next, Role.SecondPrevious, Role.SecondNext];

    public WordFacts Facts(NerToken t)
    {
        var evidence = _profile.Count > 0 && t.Shape == "A" ? _profile.Of(t.Core) : null;
        return new WordFacts(
            _lexicon.Word(t.Norm) | _lexicon.Word(t.Core),
            _clusters.Of(t.Norm) ?? _clusters.Of(t.Core),
            CountBuckets.Log2(_frequencies.Frequency(t.Norm)),
            evidence,
            DominantType(evidence),
            _lexicon.PhraseWordsFrom(t.Norm),
            t.Core != t.Norm ? _lexicon.PhraseWordsFrom(t.Core) : 0,
            _profile.Count > 0 ? _profile.MentionWordsFrom(t.Core) : 0,
            _topics.Count > 0 && t.Shape == "A" ? _topics.Of(t.Core) : null,
            _collocations.AsFirst(t),
            _collocations.AsSecond(t));
    }

    /// <summary>
    /// Adds the feature hashes of each token to <paramref name="features"/>, token i owning
    /// <c>features[offsets[i]..offsets[i+1]]</c>; <paramref name="offsets"/> gets tokens+1 entries.
    /// </summary>
    public void Extract(IReadOnlyList<NerToken> tokens, List<ulong> features, List<int> offsets, int section = SentenceSection)
    {
        int n = tokens.Count;
        var facts = new WordFacts[n];
        for (int i = 0; i < n; i++) facts[i] = Facts(tokens[i]);
        var context = new List<ulong>();
        var contextOffsets = new List<int>();
        (section, int sentenceSection) = ExtractContext(tokens, facts, context, contextOffsets, section);
        offsets.Add(features.Count);
        for (int i = 0; i < n; i++)
        {
            if (ReadsSections)
            {
                AddSectionFeatures(tokens[i], facts[i], section, ofArticle: true, features);
                AddSectionFeatures(tokens[i], facts[i], sentenceSection, ofArticle: false, features);
            }
            foreach (var role in Roles)
            {
                int at = At(i, role);
                if (at >= 0 && at < n) AddWordFeatures(tokens[at], facts[at], role, features);
                else AddOutside(role, features);
            }
            for (int k = contextOffsets[i]; k < contextOffsets[i + 1]; k++) features.Add(context[k]);
            offsets.Add(features.Count);
        }
    }

    /// <summary>The index of the token that plays <paramref name="role"/> for token <paramref name="i"/>.</summary>
    public static int At(int i, Role role) => role switch
    {
        Role.Previous => i - 1,
        Role.Next => i + 1,
        Role.SecondPrevious => i - 2,
        Role.SecondNext => i + 2,
        _ => i,
    };

    /// <summary>
    /// The features a word brings to the token it plays <paramref name="role"/> for. They depend on the word
    /// alone, so a tagger can add up their weights once per word instead of once per occurrence.
    /// </summary>
    public void AddWordFeatures(NerToken t, in WordFacts facts, Role role, List<ulong> features)
    {
        switch (role)
        {
            case Role.Own: AddOwn(t, facts, features); break;
            case Role.Previous: AddNeighbour(t, facts, features, T.Wm1, T.StemM1, T.LexM1, T.ClM1, T.FreqM1); break;
            case Role.Next: AddNeighbour(t, facts, features, T.Wp1, T.StemP1, T.LexP1, T.ClP1, T.FreqP1); break;
            case Role.SecondPrevious:
                Add(features, T.Wm2, t.Norm);
                AddFlags(features, T.LexM2, facts.Lexicon);
                break;
            case Role.SecondNext:
                Add(features, T.Wp2, t.Norm);
                break;
        }
    }

    /// <summary>What the word just before or after brings: the same kinds of evidence on either side, each under its own template.</summary>
    private void AddNeighbour(NerToken t, in WordFacts facts, List<ulong> features, T word, T stem, T lexicon, T classes, T frequency)
    {
        Add(features, word, t.Norm);
        Add(features, stem, t.Stem);
        AddFlags(features, lexicon, facts.Lexicon);
        if (facts.Clusters is { } c) for (int g = 0; g < c.Length; g++) AddOfTree(features, classes, g * 100_000 + c[g], TreeOfLevel(g));
        Add(features, frequency, facts.Frequency);
    }

    /// <summary>The features of a neighbour position that falls before the first token or after the last.</summary>
    public static void AddOutside(Role role, List<ulong> features)
    {
        switch (role)
        {
            case Role.Previous: Add(features, T.Wm1, "<s>"); Add(features, T.StemM1, "<s>"); break;
            case Role.Next: Add(features, T.Wp1, "</s>"); Add(features, T.StemP1, "</s>"); break;
            case Role.SecondPrevious: Add(features, T.Wm2, "<s>"); break;
            case Role.SecondNext: Add(features, T.Wp2, "</s>"); break;
        }
    }

    private void AddOwn(NerToken t, in WordFacts facts, List<ulong> features)
    {
        Add(features, T.Bias, 0);
        Add(features, T.W0, t.Norm);
        Add(features, T.Core0, t.Core);
        Add(features, T.Stem0, t.Stem);
        Add(features, T.Procl0, t.Proclitics);
        Add(features, T.Suff0, t.Suffixes);
        Add(features, T.ProclSuff0, t.Proclitics, t.Suffixes);
        string c = t.Core;
        if (c.Length >= 2) Add(features, T.Pre2, c.AsSpan(0, 2));
        if (c.Length >= 3) Add(features, T.Pre3, c.AsSpan(0, 3));
        if (c.Length >= 1) Add(features, T.Suf1, c.AsSpan(c.Length - 1));
        if (c.Length >= 2) Add(features, T.Suf2, c.AsSpan(c.Length - 2));
        if (c.Length >= 3) Add(features, T.Suf3, c.AsSpan(c.Length - 3));
        if (t.Stem.Length >= 2) Add(features, T.StemSuf2, t.Stem.AsSpan(t.Stem.Length - 2));
        Add(features, T.Shape0, t.Shape);
        Add(features, T.Len0, Math.Min(t.Stem.Length, 10));
        AddFlags(features, T.Lex0, facts.Lexicon);
        if (facts.Clusters is { } c0)
        {
            for (int g = 0; g < c0.Length; g++) AddOfTree(features, T.Cl0, g * 100_000 + c0[g], TreeOfLevel(g));
            for (int g = 0; g < c0.Length; g++) AddFlags(features, T.Lex0Cl0, facts.Lexicon, g * 100_000 + c0[g], TreeOfLevel(g));
        }
        else Add(features, T.Unclustered0, facts.Frequency);
        Add(features, T.Freq0, facts.Frequency);
        if (_profile.Count > 0 && t.Shape == "A") ProfileFeatures(features, facts.Evidence, facts.Frequency);
    }

    /// <summary>
    /// The features that depend on more than one word or on the position in the sentence: word pairs, the
    /// shape window, gazetteer phrases and corpus mentions spanning several words, sentence edges.
    /// </summary>
    /// <returns>The sections the features read: the article's (<paramref name="section"/>, or the sentence's when not given) and the sentence's own.</returns>
    /// <param name="withPairs">Whether to add the word-pair features too; a tagger that sums them once per kind of pair (<see cref="PairScoreCache"/>) leaves them out.</param>
    public (int Article, int Sentence) ExtractContext(IReadOnlyList<NerToken> tokens, ReadOnlySpan<WordFacts> facts, List<ulong> features, List<int> offsets, int section = SentenceSection,
        bool withPairs = true)
    {
        int n = tokens.Count;
        // Most sentences are short: their marks live on the stack.
        Span<SpanMark> phrase = n <= 256 ? stackalloc SpanMark[n] : new SpanMark[n];
        Span<SpanMark> mention = n <= 256 ? stackalloc SpanMark[n] : new SpanMark[n];
        phrase.Clear();
        mention.Clear();
        bool profiled = _profile.Count > 0;
        if (profiled)
        {
            for (int i = 0; i < n; i++)
            {
                if (facts[i].MentionWords == 0) continue;
                var (words, counts) = _profile.LongestMention(tokens, i, facts[i].MentionWords);
                if (words == 0) continue;
                int best = NerTagSet.MostCounted(counts!);
                int strength = best * 16 + Math.Min(CountBuckets.Log2(counts![best]), 10);
                for (int k = i; k < i + words; k++)
                    if (mention[k].Words < words) mention[k] = new SpanMark(strength, k == i, words);
            }
        }
        string[]? norms = null;
        for (int i = 0; i < n; i++)
        {
            if (facts[i].PhraseWords == 0 && facts[i].CorePhraseWords == 0) continue;
            if (norms is null)
            {
                norms = new string[n];
                for (int k = 0; k < n; k++) norms[k] = tokens[k].Norm;
            }
            var next = norms.AsSpan(i + 1, Math.Min(_lexicon.MaxPhraseWords, n - i - 1));
            var (words, flags) = _lexicon.LongestPhrase(tokens[i].Norm, facts[i].PhraseWords, next);
            if (words == 0) (words, flags) = _lexicon.LongestPhrase(tokens[i].Core, facts[i].CorePhraseWords, next);
            if (words == 0) continue;
            for (int k = i; k < i + words; k++)
                if (phrase[k].Words < words) phrase[k] = new SpanMark((int)(flags & PhraseFlagsMask), k == i, words);
        }

        bool topical = ReadsSections;
        int sentenceSection = topical ? SentenceSectionOf(facts) : 0;
        if (section == SentenceSection) section = sentenceSection;

        bool collocated = withPairs && Collocated;
        Span<Collocations.Pair> pairs = !collocated || n <= 1 ? default : n <= 256 ? stackalloc Collocations.Pair[n - 1] : new Collocations.Pair[n - 1];
        if (collocated) Pairs(tokens, facts, pairs);

        offsets.Add(features.Count);
        for (int i = 0; i < n; i++)
        {
            var t = tokens[i];
            string w0 = t.Norm;
            string wm1 = i > 0 ? tokens[i - 1].Norm : "<s>";
            string wp1 = i + 1 < n ? tokens[i + 1].Norm : "</s>";
            Add(features, T.Wm1W0, wm1, w0);
            Add(features, T.W0Wp1, w0, wp1);
            Add(features, T.Wm1Wp1, wm1, wp1);
            ShapeWindow(features, i > 0 ? tokens[i - 1].Shape : "<s>", t.Shape, i + 1 < n ? tokens[i + 1].Shape : "</s>");
            if (collocated)
            {
                // Pair k joins tokens k and k+1: token i ends pair i-1 and starts pair i.
                if (i > 0) AddPairFeatures(pairs[i - 1], 0, features);
                if (i + 1 < n) AddPairFeatures(pairs[i], 1, features);
                if (i > 0 && i + 1 < n) AddTripleFeature(TripleAt(tokens, pairs, i), features);
            }
            if (i == 0) Add(features, T.First, 0);
            if (i == n - 1) Add(features, T.Last, 0);
            var p = phrase[i];
            if (p.Words > 0)
            {
                AddFlags(features, p.Begins ? T.PhraseB : T.PhraseI, (LexiconFlags)p.Value);
                Add(features, T.PhraseLen, p.Words * 2 + (p.Begins ? 1 : 0));
            }
            if (t.Proclitics.Length > 0) AddFlags(features, T.ProclLex0, facts[i].Lexicon | (LexiconFlags)p.Value);
            if (facts[i].Clusters is { } cc)
                for (int tree = 0; tree < _clusters.Trees; tree++)
                {
                    // The finest classes of the pair; a tree's ids are its own, so the tree is part of the value.
                    int finest = (tree + 1) * _clusters.LevelsPerTree - 1;
                    if (i > 0 && facts[i - 1].Clusters is { } cm1) AddOfTree(features, T.ClM1Cl0, ((long)cm1[finest] * 1_000_000 + cc[finest]) * 8 + tree, tree);
                    if (i + 1 < n && facts[i + 1].Clusters is { } cp1) AddOfTree(features, T.Cl0ClP1, ((long)cc[finest] * 1_000_000 + cp1[finest]) * 8 + tree, tree);
                }
            if (profiled && t.Shape == "A")
            {
                int own = facts[i].Dominant;
                int before = i > 0 ? facts[i - 1].Dominant : -1;
                Add(features, T.ProfM1, before);
                Add(features, T.ProfP1, i + 1 < n ? facts[i + 1].Dominant : -1);
                Add(features, T.ProfM1Prof0, before * 100 + own);
            }
            if (topical && p.Words > 0)
            {
                AddFlags(features, T.TopicPhrase, (LexiconFlags)p.Value, section);
                AddFlags(features, T.TopicPhrase, (LexiconFlags)p.Value, SentenceSectionBase + sentenceSection);
            }
            var m = mention[i];
            if (m.Words > 0)
            {
                Add(features, m.Begins ? T.MentionB : T.MentionI, m.Value);
                Add(features, T.MentionLen, m.Words * 2 + (m.Begins ? 1 : 0));
            }
            offsets.Add(features.Count);
        }
        return (section, sentenceSection);
    }

    /// <summary>Whether the features read news sections (a section table was given).</summary>
    public bool ReadsSections => _topics.Count > 0;

    /// <summary>The number of section ids: none, then one per <see cref="TopicWords.Sections"/> entry.</summary>
    public static int SectionCount => TopicWords.Sections.Length + 1;

    /// <summary>The section a sentence's own words point to (0: none).</summary>
    private static int SentenceSectionOf(ReadOnlySpan<WordFacts> facts)
    {
        Span<float> sum = stackalloc float[TopicWords.Sections.Length];
        sum.Clear();
        foreach (ref readonly var f in facts) TopicWords.AddTo(sum, f.Topic);
        return TopicWords.Pick(sum);
    }

    /// <summary>
    /// What a word's gazetteer flags, word class and corpus profile mean in a section — a city on a sports page is often
    /// its club. They depend on the word and the section alone, so a tagger sums them once per word and section.
    /// The article's section and the sentence's own are kept apart: a sports page can carry a sentence on a club's finances.
    /// </summary>
    public void AddSectionFeatures(NerToken t, in WordFacts facts, int section, bool ofArticle, List<ulong> features)
    {
        bool profiled = _profile.Count > 0 && t.Shape == "A";
        if (ofArticle)
        {
            Add(features, T.Topic, section);
            AddFlags(features, T.TopicLex, facts.Lexicon, section);
            if (profiled) Add(features, T.TopicProf, section * 1000 + facts.Dominant);
            if (facts.Clusters is { } c)
                for (int tree = 0; tree < _clusters.Trees; tree++)
                    AddOfTree(features, T.TopicCl, (section * 100_000 + c[tree * _clusters.LevelsPerTree]) * 8 + tree, tree);
        }
        else
        {
            AddFlags(features, T.TopicLex, facts.Lexicon, SentenceSectionBase + section);
            if (profiled) Add(features, T.TopicProf, (SentenceSectionBase + section) * 1000 + facts.Dominant);
        }
    }

    /// <summary>Keeps the sentence's own section apart from the article's in the features that read both.</summary>
    private const int SentenceSectionBase = 100;

    /// <summary>A token's place in the longest gazetteer phrase or corpus mention over it: what it says, whether it begins there, its length in words.</summary>
    private readonly record struct SpanMark(int Value, bool Begins, int Words);

    /// <summary>How the corpus tagger labelled this word: the share of each type, and how often a mention began with it.</summary>
    private static void ProfileFeatures(List<ulong> features, CorpusTagProfile.Evidence? evidence, int frequency)
    {
        if (evidence is not { } e)
        {
            Add(features, T.ProfNone0, frequency);
            return;
        }
        for (int type = 0; type < 4; type++)
        {
            int share = CountBuckets.Share(e.Inside(type), e.Total);
            if (share > 0) Add(features, T.Prof0, type * 8 + share);
        }
        if (e.Entity > 0) Add(features, T.ProfBegin0, CountBuckets.Share(e.Begins, e.Entity));
        Add(features, T.ProfSeen0, Math.Min(CountBuckets.Log2(e.Total), 12) * 8 + CountBuckets.Share(e.Entity, e.Total));
    }

    /// <summary>Whether the features read a word-pair table (one was given and it is not empty).</summary>
    public bool Collocated => _collocations.Count > 0;

    /// <summary>What the corpus says of each pair of neighbours: <paramref name="pairs"/>[k] joins tokens k and k+1.</summary>
    public void Pairs(IReadOnlyList<NerToken> tokens, ReadOnlySpan<WordFacts> facts, Span<Collocations.Pair> pairs)
    {
        for (int k = 0; k < pairs.Length; k++) pairs[k] = _collocations.Of(tokens[k], facts[k].AsFirst, tokens[k + 1], facts[k + 1].AsSecond);
    }

    /// <summary>The count bucket (capped) of token <paramref name="i"/> with both its neighbours, 0 when not counted.</summary>
    public int TripleAt(IReadOnlyList<NerToken> tokens, ReadOnlySpan<Collocations.Pair> pairs, int i) =>
        // A triple is counted only where both of its pairs are: most tokens need no lookup.
        pairs[i - 1].Seen && pairs[i].Seen ? Math.Min(_collocations.Triple(tokens[i - 1], tokens[i], tokens[i + 1]), MaxTriple) : 0;

    public const int MaxTriple = 14;

    /// <summary>How firmly a token is joined to its previous (side 0) or next (side 1) word in the corpus.</summary>
    public static void AddPairFeatures(Collocations.Pair pair, int side, List<ulong> features)
    {
        Add(features, T.PairCount, side * 100 + Math.Min(pair.Count, Collocations.MaxCountBucket));
        Add(features, T.PairPmi, side * 100 + (pair.Seen ? pair.Pmi : -1));
        if (pair.Seen) Add(features, T.PairShares, side * 100 + pair.Forward * 8 + pair.Backward);
    }

    public static void AddTripleFeature(int bucket, List<ulong> features) => Add(features, T.Triple, bucket);

    /// <summary>The type (0–3) a word mostly gets in the corpus, times its share bucket; 0 for none, -2 unknown.</summary>
    private static int DominantType(CorpusTagProfile.Evidence? evidence)
    {
        if (evidence is not { } e) return -2;
        int best = -1, bestCount = 0;
        for (int type = 0; type < 4; type++)
            if (e.Inside(type) > bestCount) { best = type; bestCount = e.Inside(type); }
        int share = best < 0 ? 0 : CountBuckets.Share(bestCount, e.Total);
        return share < 2 ? 0 : 1 + best * 8 + share;
    }

    /// <summary>
    /// The top bits of a feature name the word-class tree it reads (tree t: t + 1), 0 for the features every tree
    /// shares, so that each perceptron of the ensemble can learn from its own tree only.
    /// </summary>
    private const int TreeShift = 61;
    public const int MaxTrees = 7;
    private const ulong SharedMask = ~(7UL << TreeShift);

    /// <summary>The tree a feature reads, or -1 for one that reads none.</summary>
    public static int TreeOf(ulong feature) => (int)(feature >> TreeShift) - 1;

    private int TreeOfLevel(int level) => level / _clusters.LevelsPerTree;

    private static ulong Shared(ulong hash) => hash & SharedMask;
    private static ulong OfTree(ulong hash, int tree) => (hash & SharedMask) | ((ulong)(tree + 1) << TreeShift);

    private static void Add(List<ulong> f, T template, ReadOnlySpan<char> value) => f.Add(Shared(FeatureHash.Of((int)template, value)));
    private static void Add(List<ulong> f, T template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => f.Add(Shared(FeatureHash.Of((int)template, a, b)));
    private static void ShapeWindow(List<ulong> f, string previous, string current, string next) =>
        f.Add(Shared(FeatureHash.Of((int)T.ShapeWindow, (long)(FeatureHash.Of(0, current, next) ^ FeatureHash.Of(1, previous)))));

    private static void Add(List<ulong> f, T template, long value) => f.Add(Shared(FeatureHash.Of((int)template, value)));
    private static void AddOfTree(List<ulong> f, T template, long value, int tree) => f.Add(OfTree(FeatureHash.Of((int)template, value), tree));

    private static void AddFlags(List<ulong> f, T template, LexiconFlags flags, long context = 0, int tree = -1)
    {
        for (int bit = 0; bit < 16; bit++)
            if (((int)flags & (1 << bit)) != 0)
            {
                ulong hash = FeatureHash.Of((int)template, context * 32 + bit);
                f.Add(tree < 0 ? Shared(hash) : OfTree(hash, tree));
            }
    }
}
