using Marsad.Archive.Search;

namespace Marsad.Archive;

/// <summary>
/// Where analysed articles live. Engines store and match; ranking, snippets and the choice of terms are
/// engine-neutral (<see cref="ArchiveSearch"/>, <see cref="SearchTerms"/>), so every engine returns the same results.
/// Not thread-safe: one writer per instance.
/// </summary>
public interface IArchive : IDisposable
{
    /// <summary>Engine and location, for messages (never a password).</summary>
    string Description { get; }

    /// <summary>Writes a batch in one transaction; an article whose content hash is already stored is a duplicate.</summary>
    WriteResult Write(IReadOnlyList<ArchiveRecord> batch);

    long Count();

    /// <summary>Document count, total term count and the document frequency of each term: the global BM25 statistics.</summary>
    CorpusStatistics Statistics(IReadOnlyCollection<string> terms);

    /// <summary>Every article that has a term of each group and passes the filters, with its length and the frequency of each query term.</summary>
    IReadOnlyList<Candidate> Candidates(IReadOnlyList<IReadOnlyList<string>> groups, SearchFilter filter);

    IReadOnlyList<StoredArticle> Load(IReadOnlyList<long> ids);

    /// <summary>The most frequent entities over the given articles (by number of articles).</summary>
    IReadOnlyList<EntityCount> EntityFacets(IReadOnlyList<long> ids, string? type, int top);

    ArchiveSummary Summary(int top);
}

public sealed record CorpusStatistics(long Documents, long TotalTerms, IReadOnlyDictionary<string, long> DocumentFrequency);

/// <summary>One matching article: its length in terms and how often each query term occurs in it.</summary>
public sealed record Candidate(long Id, string Hash, int Length, IReadOnlyDictionary<string, int> TermFrequency);

public sealed record SearchFilter(DateOnly? From = null, DateOnly? To = null, string? Source = null, string? EntityNorm = null, string? EntityType = null);

public sealed record EntityCount(string Text, string Type, long Articles);

public sealed record ArchiveSummary(
    long Articles, long Entities,
    IReadOnlyList<KeyValuePair<string, long>> BySource,
    IReadOnlyList<KeyValuePair<string, long>> ByMonth,
    IReadOnlyList<KeyValuePair<string, long>> ByCategory,
    IReadOnlyList<EntityCount> TopEntities);
