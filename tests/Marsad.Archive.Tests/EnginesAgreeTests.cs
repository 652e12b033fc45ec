using Marsad.Archive.Search;

namespace Marsad.Archive.Tests;

/// <summary>The same archive in SQLite and PostgreSQL gives the same top results, in the same order, with the same scores.</summary>
public sealed class EnginesAgreeTests
{
    [Fact]
    public void Both_engines_return_the_same_top_results()
    {
        using var sqliteDb = TestArchive.Create(TestArchive.Sqlite);
        using var postgresDb = TestArchive.Create(TestArchive.Postgres);
        using var sqlite = sqliteDb.Open();
        using var postgres = postgresDb.Open();
        // Repeated sentences vary term frequency and length, so the ranking has something to decide.
        var corpus = NewsCorpus.Articles.Concat(NewsCorpus.Articles.Select((a, i) =>
            a with { Id = a.Id + "x", Origin = a.Origin + "x", Text = a.Text + " " + NewsCorpus.Articles[(i + 5) % NewsCorpus.Articles.Length].Text })).ToList();
        NewsCorpus.Ingest(sqlite, corpus);
        NewsCorpus.Ingest(postgres, corpus);
        string[] queries = ["طرابلس", "غارات جوية", "الليبى", "القاهرة", "الأمم المتحدة", "في", "النفط طرابلس", "وزير", "مؤتمر اقتصادي"];
        foreach (string q in queries)
        {
            var a = new ArchiveSearch(sqlite).Search(new SearchRequest(q, new SearchFilter(), 10));
            var b = new ArchiveSearch(postgres).Search(new SearchRequest(q, new SearchFilter(), 10));
            Assert.True(a.Hits.Count > 0, q);
            Assert.Equal(a.Matches, b.Matches);
            Assert.Equal(a.Hits.Select(h => (h.Hash, h.Score)), b.Hits.Select(h => (h.Hash, h.Score)));
            Assert.Equal(a.Hits.Select(h => h.Snippet.Text), b.Hits.Select(h => h.Snippet.Text));
            Assert.Equal(a.Facets, b.Facets);
        }
    }
}
