using Marsad.Analysis.Documents;
using Marsad.Text;
using Marsad.Text.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Analysis.Ner;

/// <summary>
/// The NER stage: tags each sentence's tokens and adds PER/LOC/ORG/MISC mentions to the document, with
/// spans into the original text. A mention whose first word carries a conjunction or preposition
/// (وبريطانيا، لحفتر) starts after it when the corpus knows the bare word better than the glued one.
/// </summary>
public sealed class EntityRecognizer : IDocumentStage
{
    public const string ModelPath = "ner/model.bin.gz";

    private readonly NerTagger _tagger;
    private readonly WordLexicon _frequencies;
    private readonly DocumentConsistency _consistency;
    private readonly QuotedWorkTitles _titles;

    public EntityRecognizer(NerTagger tagger, WordLexicon? frequencies = null, QuotedWorkTitles? titles = null)
    {
        _tagger = tagger;
        _frequencies = frequencies ?? WordLexicon.Default;
        _consistency = new DocumentConsistency(tagger.Featurizer.Lexicon, _frequencies);
        _titles = titles ?? QuotedWorkTitles.Default;
    }

    public NerTagger Tagger => _tagger;

    /// <summary>
    /// What follows the tagger, in place: one type per name across the article (when the sentences are one),
    /// then each quoted work title made one MISC mention. A title comes last so that its words never spread.
    /// </summary>
    public void Resolve(IReadOnlyList<IReadOnlyList<NerToken>> sentences, IReadOnlyList<int[]> tags, bool sameArticle = true)
    {
        if (sameArticle) _consistency.Apply(sentences, tags);
        for (int s = 0; s < sentences.Count; s++) _titles.Apply(sentences[s], tags[s]);
    }

    private static readonly Lazy<EntityRecognizer> Shared = new(() => Load());

    /// <summary>The recogniser with the model and lexicons shipped under resources/ner, loaded on first use.</summary>
    public static EntityRecognizer Default => Shared.Value;

    /// <summary>Loads the model and lexicons from resources/ (or <c>MARSAD_RESOURCES</c>).</summary>
    public static EntityRecognizer Load()
    {
        // The word-pair table is the largest file: it is read on another core while the rest loads.
        var collocations = Task.Run(() => Collocations.Default);
        using var stream = ResourceFiles.Open(ModelPath);
        var model = PerceptronModel.Load(stream);
        var featurizer = new NerFeaturizer(NerLexicon.LoadDefault(), WordClusters.Default, WordLexicon.Default, CorpusTagProfile.Default, TopicWords.Default, collocations.GetAwaiter().GetResult());
        return new EntityRecognizer(new NerTagger(model, featurizer));
    }

    public Document Apply(Document document)
    {
        var ranges = NerSentences.Ranges(document);

        var nerTokens = new List<IReadOnlyList<NerToken>>(ranges.Count);
        foreach (var range in ranges) nerTokens.Add(NerSentences.Tokens(document, range));
        // The article's section (sport, economy…) is read from all its words: a short sentence alone says too little.
        int section = _tagger.Featurizer.SectionOf(nerTokens);
        var tags = new List<int[]>(ranges.Count);
        var confidence = new List<float[]>(ranges.Count);
        foreach (var sentence in nerTokens)
        {
            var c = new float[sentence.Count];
            tags.Add(_tagger.Tag(sentence, c, section));
            confidence.Add(c);
        }
        var before = tags.Select(t => (int[])t.Clone()).ToList();
        Resolve(nerTokens, tags);

        var mentions = new List<EntityMention>();
        for (int s = 0; s < ranges.Count; s++)
        {
            if (!before[s].AsSpan().SequenceEqual(tags[s])) _tagger.Confidence(nerTokens[s], tags[s], confidence[s], section);
            AddMentions(document, ranges[s].From, nerTokens[s], tags[s], confidence[s], mentions);
        }
        return document with { Entities = mentions };
    }

    private void AddMentions(Document document, int from, IReadOnlyList<NerToken> nerTokens, int[] tags, float[] confidence, List<EntityMention> into)
    {
        foreach (var span in TagScheme.ToSpans(tags))
        {
            var firstToken = document.Tokens[from + span.Start];
            int start = firstToken.Start + (firstToken.Kind == TokenKind.ArabicWord ? MentionStart.ProcliticLength(firstToken.Text, nerTokens[span.Start], _frequencies) : 0);
            int end = document.Tokens[from + span.End - 1].End;
            float score = 0;
            for (int i = span.Start; i < span.End; i++) score += confidence[i];
            score /= span.End - span.Start;
            into.Add(new EntityMention(start, end, document.Text[start..end], span.Type, Math.Round(score, 3)));
        }
    }
}
