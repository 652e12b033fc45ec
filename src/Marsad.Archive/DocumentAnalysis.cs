using Marsad.Analysis;
using Marsad.Analysis.Documents;

namespace Marsad.Archive;

/// <summary>The text core followed by the document stages (NER and later layers), applied in order. Thread-safe.</summary>
public sealed class DocumentAnalysis(TextAnalyzer analyzer, IReadOnlyList<IDocumentStage> stages)
{
    public TextAnalyzer Analyzer { get; } = analyzer;
    public IReadOnlyList<IDocumentStage> Stages { get; } = stages;

    public static DocumentAnalysis TextOnly { get; } = new(TextAnalyzer.Default, []);

    public Document Analyze(string text, DateOnly? published = null, string? source = null)
    {
        var doc = Analyzer.Analyze(text, published, source);
        foreach (var stage in Stages) doc = stage.Apply(doc);
        return doc;
    }
}
