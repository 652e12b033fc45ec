using Marsad.Analysis.Documents;

namespace Marsad.Analysis;

/// <summary>
/// One step of analysis after the text core, in the manner of an analysis chain: it reads the document
/// and returns a new one with its own layer added, never changing what earlier stages produced.
/// Implementations are thread-safe: one instance serves parallel ingest.
/// </summary>
public interface IDocumentStage
{
    Document Apply(Document document);
}
