using System.Diagnostics;
using Marsad.Analysis;

namespace Marsad.Archive.Search;

public sealed record SearchRequest(string Query, SearchFilter Filter, int Limit = 10, int Facets = 10, int FacetDepth = 200);

public sealed record SearchHit(
    long Id, string Hash, double Score, string? ExternalId, string? Url, string? Source, string? Category, string? Title,
    DateOnly? Published, Snippet Snippet);

/// <summary>Matches (every query word), the best hits, and the top entities over the best <c>FacetDepth</c> results.</summary>
public sealed record SearchResults(
    string Query, IReadOnlyList<IReadOnlyList<string>> Terms, int Matches, IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<EntityCount> Facets, double Milliseconds);

/// <summary>
/// Search over any engine: the query goes through the same text core as the articles, the engine supplies
/// candidates and statistics, and BM25 ranks them here (ties by content hash), so results do not depend on the engine.
/// </summary>
public sealed class ArchiveSearch(IArchive archive, TextAnalyzer? analyzer = null)
{
    private readonly TextAnalyzer _analyzer = analyzer ?? TextAnalyzer.Default;
    private readonly Bm25 _bm25 = new();

    public IReadOnlyList<IReadOnlyList<string>> QueryTerms(string query) => SearchTerms.OfQuery(_analyzer.Analyze(query));

    /// <summary>The ranked candidates, best first.</summary>
    public IReadOnlyList<(Candidate Candidate, double Score)> Rank(IReadOnlyList<IReadOnlyList<string>> groups, SearchFilter filter)
    {
        if (groups.Count == 0) return [];
        var candidates = archive.Candidates(groups, filter);
        if (candidates.Count == 0) return [];
        var stats = archive.Statistics(groups.SelectMany(g => g).Distinct(StringComparer.Ordinal).ToList());
        return candidates.Select(c => (c, _bm25.Score(c, stats)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.c.Hash, StringComparer.Ordinal).ToList();
    }

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var groups = QueryTerms(request.Query);
        var ranked = Rank(groups, request.Filter);
        var top = ranked.Take(request.Limit).ToList();
        var articles = archive.Load(top.Select(t => t.Candidate.Id).ToList()).ToDictionary(a => a.Id);
        var hits = new List<SearchHit>(top.Count);
        foreach (var (c, score) in top)
        {
            if (!articles.TryGetValue(c.Id, out var a)) continue;
            var doc = _analyzer.Analyze(a.Content, a.Published);
            hits.Add(new SearchHit(a.Id, a.Hash, score, a.ExternalId, a.Url, a.Source, a.Category, a.Title, a.Published, SnippetMaker.Make(doc, groups)));
        }
        var facets = request.Facets > 0
            ? archive.EntityFacets(ranked.Take(request.FacetDepth).Select(t => t.Candidate.Id).ToList(), request.Filter.EntityType, request.Facets)
            : [];
        return new SearchResults(request.Query, groups, ranked.Count, hits, facets, clock.Elapsed.TotalMilliseconds);
    }
}
