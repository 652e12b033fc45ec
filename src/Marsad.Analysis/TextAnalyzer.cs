using Marsad.Analysis.Documents;
using Marsad.Text.Normalization;
using Marsad.Text.Segmentation;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Analysis;

/// <summary>The first stage: text → tokens (with norm, segments, stem), sentences and headline.</summary>
public sealed class TextAnalyzer
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _sentences;
    private readonly CliticSegmenter _segmenter;
    private readonly ArabicNormalizer _normalizer = ArabicNormalizer.Matching;

    public TextAnalyzer(Tokenizer? tokenizer = null, SentenceSplitter? sentences = null, CliticSegmenter? segmenter = null)
    {
        _tokenizer = tokenizer ?? Tokenizer.Default;
        _sentences = sentences ?? SentenceSplitter.Default;
        _segmenter = segmenter ?? CliticSegmenter.Default;
    }

    public static TextAnalyzer Default { get; } = new();

    public Document Analyze(string text, DateOnly? published = null, string? source = null)
    {
        var spans = _tokenizer.Tokenize(text);
        var tokens = new Token[spans.Count];
        for (int k = 0; k < spans.Count; k++)
        {
            var s = spans[k];
            var surface = s.SpanOf(text);
            if (s.Kind == TokenKind.ArabicWord)
            {
                var seg = s.Word ?? _segmenter.Segment(surface);
                tokens[k] = new Token(s.Start, s.End, surface.ToString(), seg.Norm, s.Kind, seg.Segments, seg.LightStem);
            }
            else
            {
                string norm = _normalizer.Normalize(surface);
                tokens[k] = new Token(s.Start, s.End, surface.ToString(), norm, s.Kind, [norm], norm);
            }
        }
        var sentences = _sentences.Split(text, spans);
        SentenceSpan? headline = sentences.Count > 0 && sentences[0].IsHeadline ? sentences[0] : null;
        return new Document
        {
            Text = text,
            Published = published,
            Source = source,
            Headline = headline,
            Sentences = sentences,
            Tokens = tokens,
        };
    }
}
