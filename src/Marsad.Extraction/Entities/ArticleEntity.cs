namespace Marsad.Extraction.Entities;

/// <summary>
/// A mention of an entity of the article, tied to the entity by <see cref="Id"/>. <see cref="Title"/> and
/// <see cref="Role"/> are what the text writes around the name ("العقيد", "المتحدث باسم الجيش الوطنى الليبى");
/// <see cref="Origin"/> says what found it: "ner", "text" (the extractor's own name and organisation rules),
/// "name" (another occurrence of a name already found), "role" (a role written alone, resolved to its person).
/// </summary>
public sealed record ResolvedMention(int Start, int End, string Text, string Type, int Id, string Canonical, string? Title, string? Role, string Origin);

/// <summary>One entity of the article with every title and role the text gives it, and how often it is mentioned.</summary>
public sealed record ArticleEntity(int Id, string Type, string Canonical, IReadOnlyList<string> Titles, IReadOnlyList<string> Roles, int MentionCount);

/// <summary>The article's entities after merging: mentions in text order and the document-level list.</summary>
public sealed record EntityTable(IReadOnlyList<ResolvedMention> Mentions, IReadOnlyList<ArticleEntity> Entities)
{
    public static EntityTable Empty { get; } = new([], []);

    public ArticleEntity? ById(int id) => id >= 1 && id <= Entities.Count ? Entities[id - 1] : null;

    /// <summary>The mentions lying inside [start, end) of the text.</summary>
    public IEnumerable<ResolvedMention> Within(int start, int end) => Mentions.Where(m => m.Start >= start && m.End <= end);
}
