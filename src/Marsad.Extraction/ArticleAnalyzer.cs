using Marsad.Analysis;
using Marsad.Analysis.Documents;
using Marsad.Extraction.Dates;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Lexicons;
using Marsad.Extraction.Numbers;
using Marsad.Extraction.Quotes;

namespace Marsad.Extraction;

/// <summary>
/// The article pipeline: the text core, then the document stages given (NER among them), then extraction —
/// entities merged, quotes with their speakers, dates, numbers. Thread-safe: one instance serves parallel work.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly TextAnalyzer _text;
    private readonly IReadOnlyList<IDocumentStage> _stages;
    private readonly EntityMerger _merger;
    private readonly QuoteExtractor _quotes;
    private readonly NumberExtractor _numbers;
    private readonly DateExtractor _dates;

    public ArticleAnalyzer(IEnumerable<IDocumentStage>? stages = null, TextAnalyzer? text = null, ExtractionLexicon? lexicon = null)
    {
        _text = text ?? TextAnalyzer.Default;
        _stages = stages?.ToList() ?? [];
        lexicon ??= ExtractionLexicon.Default;
        _merger = new EntityMerger(lexicon);
        _quotes = new QuoteExtractor(lexicon);
        _numbers = new NumberExtractor(lexicon);
        _dates = new DateExtractor(lexicon);
    }

    public ArticleAnalysis Analyze(string text, DateOnly? published = null, string? source = null)
    {
        var doc = _text.Analyze(text, published, source);
        foreach (var stage in _stages) doc = stage.Apply(doc);
        return Extract(doc);
    }

    /// <summary>Extraction alone, over a document the earlier stages have already analysed.</summary>
    public ArticleAnalysis Extract(Document doc)
    {
        var entities = _merger.Merge(doc);
        var quotes = _quotes.Extract(doc, entities);
        var dates = _dates.Extract(doc);
        // The day and year of an absolute date are no quantities; the count in "منذ 3 أيام" is one.
        var numbers = _numbers.Extract(doc, dates.Where(d => d.Offset is null).Select(d => (d.Start, d.End)).ToList());
        return new ArticleAnalysis(doc, entities, quotes, numbers, dates);
    }
}
