using Marsad.Analysis;
using Marsad.Archive;

namespace Marsad.Cli.Commands;

/// <summary>
/// The one place that decides how an article is analysed before it is archived: the text core, then the
/// document stages in order. Ingest and the archive benchmark both use it, so what is measured is what is stored.
/// </summary>
internal static class ArticleAnalysis
{
    public static DocumentAnalysis Create()
    {
        IDocumentStage[] stages =
        [
            // Document.Entities are stored per article and feed --entity/--type and the entity facets.
            Marsad.Analysis.Ner.EntityRecognizer.Default,
        ];
        return new DocumentAnalysis(TextAnalyzer.Default, stages);
    }
}
