using Marsad.Analysis.Ner;
using Marsad.Extraction;

namespace Marsad.Cli.Commands;

/// <summary>The one place the command line assembles the full analysis: text core, NER, extraction.</summary>
internal static class ArticlePipeline
{
    private static readonly Lazy<ArticleAnalyzer> Shared = new(() => new ArticleAnalyzer([EntityRecognizer.Default]));

    public static ArticleAnalyzer Default => Shared.Value;
}
