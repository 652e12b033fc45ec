using Marsad.Analysis.Documents;
using Marsad.Extraction.Dates;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Numbers;
using Marsad.Extraction.Quotes;

namespace Marsad.Extraction;

/// <summary>Everything extracted from one article: the analysed document, its merged entities, quotes, numbers and dates.</summary>
public sealed record ArticleAnalysis(
    Document Document,
    EntityTable Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<NumberMention> Numbers,
    IReadOnlyList<DateMention> Dates);
