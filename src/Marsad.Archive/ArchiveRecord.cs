using Marsad.Analysis.Documents;

namespace Marsad.Archive;

/// <summary>
/// One analysed article as it is written to the archive. <see cref="Terms"/> is the sequence of search terms
/// (the same for every engine); <see cref="Entities"/> hold spans into <see cref="ArticleContent.Compose"/> of title and text.
/// </summary>
public sealed record ArchiveRecord(
    string Hash,
    string? ExternalId,
    string? Url,
    string? Source,
    string? Category,
    string? Title,
    string Text,
    DateOnly? Published,
    string? ExtraJson,
    IReadOnlyList<string> Terms,
    IReadOnlyList<EntityMention> Entities);

/// <summary>An article read back from the archive.</summary>
public sealed record StoredArticle(
    long Id, string Hash, string? ExternalId, string? Url, string? Source, string? Category, string? Title, string Text,
    DateOnly? Published, IReadOnlyList<EntityMention> Entities)
{
    public string Content => ArticleContent.Compose(Title, Text);
}

/// <summary>What one batch write did.</summary>
public readonly record struct WriteResult(int Added, int Duplicates);
