using System.Text;
using Marsad.Analysis.Documents;
using Marsad.Archive.Ingest;
using Marsad.Archive.Search;

namespace Marsad.Archive.Tests;

/// <summary>The archive's behaviour, once per engine: what SQLite does, PostgreSQL must do too.</summary>
public sealed class ArchiveSuiteTests
{
    public static TheoryData<string> Engines => [TestArchive.Sqlite, TestArchive.Postgres];

    private static List<string> Ids(IArchive archive, string query, SearchFilter? filter = null, int limit = 20) =>
        new ArchiveSearch(archive).Search(new SearchRequest(query, filter ?? new SearchFilter(), limit)).Hits.Select(h => h.ExternalId!).ToList();

    [Theory, MemberData(nameof(Engines))]
    public void Ingest_counts_every_article_and_a_second_run_adds_nothing(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        var first = NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        Assert.Equal(new IngestCounts(NewsCorpus.Articles.Length, 0, 0), first);
        var second = NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        Assert.Equal(new IngestCounts(0, NewsCorpus.Articles.Length, 0), second);
        Assert.Equal(NewsCorpus.Articles.Length, archive.Count());
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_same_content_twice_in_one_batch_is_stored_once(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        var a = NewsCorpus.Articles[0];
        var counts = NewsCorpus.Ingest(archive, [a, a with { Id = "copy", Origin = "test:copy" }, NewsCorpus.Articles[1]]);
        Assert.Equal(new IngestCounts(2, 1, 0), counts);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_word_finds_its_forms_with_clitics(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        // طرابلس as written, وطرابلس (a3) and بطرابلس (a4).
        Assert.Equal(["a10", "a2", "a3", "a4", "a9"], Ids(archive, "طرابلس").Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Final_ya_and_alef_maqsura_match_each_other(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        // a5 writes الليبى, a7 الليبي; each spelling finds both, and the same articles.
        var withMaqsura = Ids(archive, "الليبى");
        Assert.Contains("a5", withMaqsura);
        Assert.Contains("a7", withMaqsura);
        Assert.Equal(withMaqsura.Order(StringComparer.Ordinal), Ids(archive, "الليبي").Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Every_query_word_must_occur_and_more_occurrences_rank_higher(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        var ids = Ids(archive, "غارات جوية");
        // a1 says غارات جوية twice (title and body) and الغارات once more; a9 once.
        Assert.Equal("a1", ids[0]);
        Assert.Contains("a9", ids);
        Assert.DoesNotContain("a2", ids);
        Assert.Empty(Ids(archive, "غارات القاهرة"));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Snippets_mark_the_matches_in_the_original_text(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        var hit = new ArchiveSearch(archive).Search(new SearchRequest("طرابلس", new SearchFilter(), 20)).Hits.Single(h => h.ExternalId == "a4");
        var marked = hit.Snippet.Highlights.Select(h => hit.Snippet.Text[h.Start..h.End]).ToList();
        Assert.Contains("بطرابلس", marked);
        Assert.Contains("بطرابلس", hit.Snippet.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Filters_by_date_source_entity_and_type(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        Assert.Equal(["a2", "a3", "a4"], Ids(archive, "طرابلس", new SearchFilter(To: new DateOnly(2018, 4, 30))).Order(StringComparer.Ordinal));
        Assert.Equal(["a10", "a9"], Ids(archive, "طرابلس", new SearchFilter(From: new DateOnly(2018, 5, 1))).Order(StringComparer.Ordinal));
        Assert.Equal(["a3", "a4"], Ids(archive, "طرابلس", new SearchFilter(Source: "beta")).Order(StringComparer.Ordinal));
        Assert.Equal(["a10", "a4", "a9"], Ids(archive, "طرابلس", new SearchFilter(EntityType: EntityTypes.Organization)).Order(StringComparer.Ordinal));
        Assert.Equal(["a12"], Ids(archive, "القاهرة", new SearchFilter(EntityType: EntityTypes.Person)));
        // The entity filter works on the matching form: الامم المتحدة without hamza finds الأمم المتحدة.
        Assert.Equal(["a4", "a9"], Ids(archive, "طرابلس", new SearchFilter(EntityNorm: EntityKey.Of("الامم المتحده"))).Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Facets_count_the_entities_of_the_results(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        var results = new ArchiveSearch(archive).Search(new SearchRequest("طرابلس", new SearchFilter(), 3));
        Assert.Equal(5, results.Matches);
        Assert.Equal(new EntityCount("طرابلس", EntityTypes.Location, 5), results.Facets[0]);
        Assert.Contains(new EntityCount("الأمم المتحدة", EntityTypes.Organization, 2), results.Facets);
        var orgs = new ArchiveSearch(archive).Search(new SearchRequest("طرابلس", new SearchFilter(EntityType: EntityTypes.Organization), 3));
        Assert.All(orgs.Facets, f => Assert.Equal(EntityTypes.Organization, f.Type));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Entities_are_stored_with_their_spans(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        long id = new ArchiveSearch(archive).Search(new SearchRequest("حفتر", new SearchFilter(), 1)).Hits.Single().Id;
        var article = archive.Load([id]).Single();
        var person = article.Entities.Single(e => e.Type == EntityTypes.Person);
        Assert.Equal("خليفة حفتر", article.Content[person.Start..person.End]);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Stats_count_by_source_month_category_and_entity(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        NewsCorpus.Ingest(archive, NewsCorpus.Articles);
        var s = archive.Summary(3);
        Assert.Equal(12, s.Articles);
        Assert.Equal([new("alpha", 4L), new("beta", 4L), new("gamma", 4L)], s.BySource);
        Assert.Equal(["2018-03", "2018-04", "2018-05", "2018-06", "2018-07", "2018-08"], s.ByMonth.Select(p => p.Key));
        Assert.Equal([new("news", 12L)], s.ByCategory);
        Assert.Equal(new EntityCount("طرابلس", EntityTypes.Location, 5), s.TopEntities[0]);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Bad_records_are_rejected_with_reasons_and_the_rest_is_stored(string engine)
    {
        using var t = TestArchive.Create(engine);
        using var archive = t.Open();
        string dir = Directory.CreateTempSubdirectory("marsad-bad-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0xFF, 0xFE, 3]);
            File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
            File.WriteAllText(Path.Combine(dir, "good.txt"), NewsCorpus.Articles[0].Text);
            File.WriteAllLines(Path.Combine(dir, "news.jsonl"),
            [
                NewsCorpus.ToJsonLine(NewsCorpus.Articles[1]),
                "{\"id\": \"broken\", \"text\": \"نص",
                """{"id": "blank", "title": "عنوان", "text": ""}""",
                NewsCorpus.ToJsonLine(NewsCorpus.Articles[2]),
            ]);
            using (var big = new StreamWriter(Path.Combine(dir, "huge.txt")))
            {
                string line = string.Concat(Enumerable.Repeat("كلمة ", 200)) + "\n"; // 1,001 bytes of UTF-8
                for (int i = 0; i < 50 * 1024 * 1024 / Encoding.UTF8.GetByteCount(line) + 1; i++) big.Write(line);
            }
            var rejects = new List<IngestReject>();
            var source = new IngestSource([dir]);
            var pipeline = new IngestPipeline(archive, NewsCorpus.Analysis, rejects.Add, batchSize: 2);
            var counts = pipeline.Run(source.Read(pipeline.Reject), cancel: TestContext.Current.CancellationToken);
            Assert.Equal(new IngestCounts(3, 0, 5), counts);
            Assert.Equal(3, archive.Count());
            Assert.Contains(rejects, r => r.Origin.EndsWith("binary.txt", StringComparison.Ordinal) && r.Reason.Contains("binary", StringComparison.Ordinal));
            Assert.Contains(rejects, r => r.Origin.EndsWith("empty.txt", StringComparison.Ordinal) && r.Reason.Contains("empty", StringComparison.Ordinal));
            Assert.Contains(rejects, r => r.Origin.EndsWith("news.jsonl:2", StringComparison.Ordinal) && r.Reason.Contains("invalid JSON", StringComparison.Ordinal));
            Assert.Contains(rejects, r => r.Origin.EndsWith("news.jsonl:3", StringComparison.Ordinal) && r.Reason.Contains("empty text", StringComparison.Ordinal));
            Assert.Contains(rejects, r => r.Origin.EndsWith("huge.txt", StringComparison.Ordinal) && r.Reason.Contains("too long", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
