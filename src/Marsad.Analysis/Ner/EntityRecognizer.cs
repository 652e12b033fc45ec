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

    public EntityRecognizer(NerTagger tagger, WordLexicon? frequencies = null)
    {
        _tagger = tagger;
        _frequencies = frequencies ?? WordLexicon.Default;
    }

    public NerTagger Tagger => _tagger;

    private static readonly Lazy<EntityRecognizer> Shared = new(() => Load());

    /// <summary>The recogniser with the model and lexicons shipped under resources/ner, loaded on first use.</summary>
    public static EntityRecognizer Default => Shared.Value;

    /// <summary>Loads the model and lexicons from resources/ (or <c>MARSAD_RESOURCES</c>).</summary>
    public static EntityRecognizer Load()
    {
        using var stream = ResourceFiles.Open(ModelPath);
        var model = PerceptronModel.Load(stream);
        var featurizer = new NerFeaturizer(NerLexicon.LoadDefault(), WordClusters.Default, WordLexicon.Default);
        return new EntityRecognizer(new NerTagger(model, featurizer));
    }

    public Document Apply(Document document)
    {
        var mentions = new List<EntityMention>();
        var tokens = document.Tokens;
        int next = 0;
        IEnumerable<(int Start, int End)> ranges = document.Sentences.Count > 0
            ? document.Sentences.Select(s => (s.Start, s.End))
            : [(0, document.Text.Length)];
        foreach (var (start, end) in ranges)
        {
            while (next < tokens.Count && tokens[next].Start < start) next++;
            int first = next;
            while (next < tokens.Count && tokens[next].End <= end) next++;
            if (next > first) TagSentence(document, first, next, mentions);
        }
        return document with { Entities = mentions };
    }

    private void TagSentence(Document document, int from, int to, List<EntityMention> into)
    {
        int n = to - from;
        var nerTokens = new NerToken[n];
        for (int i = 0; i < n; i++)
        {
            var t = document.Tokens[from + i];
            nerTokens[i] = NerToken.From(t.Text, t.Norm);
        }
        var confidence = new float[n];
        var tags = _tagger.Tag(nerTokens, confidence);
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
