namespace Marsad.Analysis.Ner;

/// <summary>
/// Scores a recogniser on gold sentences, tagging their tokens as given: each run of
/// <c>documentSentences</c> sentences is read as one article (its news section, one type per name, quoted
/// titles), as <c>analyze</c> reads an article; 0 reads sentence by sentence.
/// </summary>
public static class NerEvaluation
{
    public static SpanScorer Score(EntityRecognizer recognizer, IReadOnlyList<ConllSentence> sentences, int documentSentences,
        Func<string, string>? rewrite = null, Action<ConllSentence, int[]>? onSentence = null)
    {
        var scorer = new SpanScorer();
        bool articles = documentSentences > 0;
        int block = Math.Max(1, documentSentences);
        for (int from = 0; from < sentences.Count; from += block)
        {
            var group = new List<ConllSentence>(block);
            for (int k = from; k < Math.Min(sentences.Count, from + block); k++) group.Add(sentences[k]);
            var words = group.Select(g => g.Tokens.Select(w => NerToken.From(rewrite is null ? w : rewrite(w))).ToArray()).ToList();
            int section = articles ? recognizer.Tagger.Featurizer.SectionOf(words) : NerFeaturizer.SentenceSection;
            var tags = words.Select(w => recognizer.Tagger.Tag(w, section: section)).ToList();
            recognizer.Resolve(words, tags, sameArticle: articles);
            for (int k = 0; k < group.Count; k++)
            {
                scorer.Add(group[k].Entities(), TagScheme.ToSpans(tags[k]));
                onSentence?.Invoke(group[k], tags[k]);
            }
        }
        return scorer;
    }
}
