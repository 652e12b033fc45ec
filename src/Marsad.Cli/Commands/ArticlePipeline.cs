using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Archive;
using Marsad.Extraction;

namespace Marsad.Cli.Commands;

/// <summary>
/// The one place the command line decides how an article is analysed: the text core, then the document stages
/// below. `analyze` and `eval extraction` add extraction on top; ingest and the archive benchmark store the
/// documents these stages produce, so what is measured is what is stored.
/// </summary>
internal static class ArticlePipeline
{
    private static readonly Lazy<IDocumentStage[]> Stages = new(() => [EntityRecognizer.Default]);
    private static readonly Lazy<ArticleAnalyzer> Shared = new(() => new ArticleAnalyzer(Stages.Value));

    /// <summary>The full analysis: text core, NER, extraction.</summary>
    public static ArticleAnalyzer Default => Shared.Value;

    /// <summary>The analysis the archive stores: text core and NER, whose entities feed --entity/--type and the facets.</summary>
    public static DocumentAnalysis ForArchive() => new(TextAnalyzer.Default, Stages.Value);
}
