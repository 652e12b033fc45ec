using Marsad.Text.Sentences;

namespace Marsad.Analysis.Documents;

/// <summary>
/// One analysed article: the original text and every layer as spans into it (UTF-16 indices, end exclusive).
/// Immutable: each stage returns a new document with its layer added.
/// </summary>
public sealed record Document
{
    public required string Text { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>Where the text came from (a file name, an archive id); for provenance only.</summary>
    public string? Source { get; init; }
    public SentenceSpan? Headline { get; init; }
    public IReadOnlyList<SentenceSpan> Sentences { get; init; } = [];
    public IReadOnlyList<Token> Tokens { get; init; } = [];
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    public string TextOf(int start, int end) => Text[start..end];

    /// <summary>The tokens whose span lies inside [start, end).</summary>
    public IEnumerable<Token> TokensIn(int start, int end) => Tokens.Where(t => t.Start >= start && t.End <= end);
}
