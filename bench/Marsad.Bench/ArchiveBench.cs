using System.Diagnostics;
using System.Globalization;
using Marsad.Archive;
using Marsad.Archive.Ingest;
using Marsad.Archive.Search;
using Marsad.Text.Tokenization;
using Npgsql;

namespace Marsad.Bench;

public sealed record ArchiveBenchOptions(string Corpus, string? Postgres, string WorkDir, int Queries = 200, int RecallWords = 50);

/// <summary>
/// <c>marsad bench archive</c>: ingest a corpus into SQLite and PostgreSQL, time searches drawn from titles, and
/// set Marsad's analysis beside Lucene.NET's ArabicAnalyzer and PostgreSQL's <c>arabic</c> configuration, for
/// indexing speed and for recall on words written in another form. Ends with <c>ingest-seconds S search-p95-ms M</c>.
/// </summary>
public sealed class ArchiveBench(ArchiveBenchOptions options, DocumentAnalysis analysis, TextWriter log)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public int Run()
    {
        Directory.CreateDirectory(options.WorkDir);
        var clock = Stopwatch.StartNew();
        var corpus = ArchiveBenchCorpus.Load(options.Corpus);
        Say($"corpus {options.Corpus}: {corpus.Articles.Count} articles with text, {corpus.Tokens:N0} tokens (read in {clock.Elapsed.TotalSeconds:F1} s); {Environment.ProcessorCount} cores");

        string sqlitePath = Path.Combine(options.WorkDir, "bench-archive.db");
        foreach (string f in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" }) File.Delete(f);
        double sqliteSeconds = Ingest("SQLite", sqlitePath, corpus);

        string? pgDb = null, schema = null;
        double? pgSeconds = null;
        if (options.Postgres is { } admin)
        {
            schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
            Exec(admin, $"CREATE SCHEMA {schema}");
            pgDb = new NpgsqlConnectionStringBuilder(PostgresOrSelf(admin)) { SearchPath = schema }.ConnectionString;
            pgSeconds = Ingest("PostgreSQL", pgDb, corpus);
        }
        else Say("PostgreSQL: skipped (give --pg \"Host=…\", e.g. after: source .ci/postgres.sh && pg_start)");

        try
        {
            var queries = TitleQueries(corpus, options.Queries);
            var sqliteLatency = Latency("SQLite", sqlitePath, queries, out var sqliteTop);
            if (pgDb is not null)
            {
                Latency("PostgreSQL", pgDb, queries, out var pgTop);
                int same = queries.Count(q => sqliteTop[q].SequenceEqual(pgTop[q]));
                Say($"engines agree on the top 10 for {same} of {queries.Count} queries");
            }

            using var lucene = new ArchiveLuceneSide(Path.Combine(options.WorkDir, "bench-lucene"));
            var luceneCpu = Process.GetCurrentProcess().TotalProcessorTime;
            double luceneSeconds = lucene.Index(corpus);
            Say($"Lucene.NET indexing used {CpuSince(luceneCpu)}");
            double marsadRate = corpus.Tokens / sqliteSeconds, luceneRate = corpus.Tokens / luceneSeconds;
            Say($"Lucene.NET 4.8 ArabicAnalyzer index: {luceneSeconds:F1} s, {luceneRate:N0} words/s; Marsad SQLite ingest {marsadRate:N0} words/s = {marsadRate / luceneRate:F2}× Lucene");

            ArchivePostgresArabicSide? pgArabic = null;
            NpgsqlConnection? pgConnection = null;
            if (pgDb is not null)
            {
                pgConnection = new NpgsqlConnection(pgDb);
                pgConnection.Open();
                pgArabic = new ArchivePostgresArabicSide(pgConnection);
                double s = pgArabic.Index(corpus);
                Say($"PostgreSQL 'arabic' configuration index: {s:F1} s, {corpus.Tokens / s:N0} words/s" + (pgSeconds is { } p ? $"; Marsad PostgreSQL ingest {corpus.Tokens / p:N0} words/s" : ""));
            }

            using (var archive = ArchiveFactory.Open(sqlitePath))
            {
                var search = new ArchiveSearch(archive, analysis.Analyzer);
                var probes = ArchiveRecallWords.Choose(corpus, options.RecallWords);
                var engines = new List<(string Name, Func<string, HashSet<string>> Find)>
                {
                    ("Marsad", v => search.Rank(search.QueryTerms(v), new SearchFilter()).Select(c => c.Candidate.Hash).ToHashSet(StringComparer.Ordinal)),
                    ("Lucene ArabicAnalyzer", lucene.Find),
                };
                if (pgArabic is not null) engines.Add(("PostgreSQL arabic", pgArabic.Find));
                Recall(probes, engines);
            }
            pgConnection?.Dispose();

            Say($"total {clock.Elapsed.TotalSeconds:F0} s");
            log.WriteLine(string.Create(Inv, $"ingest-seconds {sqliteSeconds:F1} search-p95-ms {sqliteLatency.P95:F1}"));
            return 0;
        }
        finally
        {
            if (schema is not null && options.Postgres is { } a) Exec(a, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private double Ingest(string engine, string db, ArchiveBenchCorpus corpus)
    {
        using var archive = ArchiveFactory.Open(db);
        long rejected = 0;
        var pipeline = new IngestPipeline(archive, analysis, _ => Interlocked.Increment(ref rejected));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var counts = pipeline.Run(new IngestSource([options.Corpus]).Read(pipeline.Reject));
        double s = clock.Elapsed.TotalSeconds;
        Say($"{engine} ingest: {s:F1} s, {counts.Processed / s:F0} articles/s, {corpus.Tokens / s:N0} words/s, {CpuSince(cpu)} (added {counts.Added}, duplicates {counts.Duplicates}, rejected {counts.Rejected})");
        return s;
    }

    /// <summary>Queries of one to three consecutive words from random titles: what an analyst types.</summary>
    private static List<string> TitleQueries(ArchiveBenchCorpus corpus, int count)
    {
        var random = new Random(2018);
        var titled = corpus.Articles.Where(a => !string.IsNullOrWhiteSpace(a.Title)).ToList();
        var queries = new List<string>(count);
        while (queries.Count < count && titled.Count > 0)
        {
            string title = titled[random.Next(titled.Count)].Title!;
            var words = Tokenizer.Default.Tokenize(title).Where(s => s.Kind == TokenKind.ArabicWord && s.Length >= 3).Select(s => s.TextOf(title)).ToList();
            if (words.Count == 0) continue;
            int n = Math.Min(words.Count, 1 + queries.Count % 3);
            int start = random.Next(words.Count - n + 1);
            queries.Add(string.Join(' ', words.Skip(start).Take(n)));
        }
        return queries;
    }

    private (double P50, double P95) Latency(string engine, string db, List<string> queries, out Dictionary<string, List<string>> top)
    {
        using var archive = ArchiveFactory.Open(db);
        var search = new ArchiveSearch(archive, analysis.Analyzer);
        foreach (string q in queries.Take(20)) search.Search(new SearchRequest(q, new SearchFilter())); // warm caches and JIT
        var ms = new List<double>(queries.Count);
        top = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        long matches = 0;
        foreach (string q in queries)
        {
            var clock = Stopwatch.StartNew();
            var r = search.Search(new SearchRequest(q, new SearchFilter()));
            ms.Add(clock.Elapsed.TotalMilliseconds);
            top[q] = r.Hits.Select(h => h.Hash).ToList();
            matches += r.Matches;
        }
        ms.Sort();
        double p50 = ms[(int)Math.Ceiling(0.50 * ms.Count) - 1], p95 = ms[(int)Math.Ceiling(0.95 * ms.Count) - 1];
        Say($"{engine} search: {queries.Count} title queries, p50 {p50:F1} ms, p95 {p95:F1} ms, max {ms[^1]:F0} ms (mean {matches / (double)queries.Count:F0} matches, top 10 with snippets and facets)");
        return (p50, p95);
    }

    private void Recall(List<ArchiveRecallWords.Probe> probes, List<(string Name, Func<string, HashSet<string>> Find)> engines)
    {
        Say($"recall over {probes.Count} words written in another form ({string.Join(", ", probes.GroupBy(p => p.Rule).Select(g => $"{g.Count()} {g.Key}"))}), e.g. {string.Join(", ", probes.Where((_, i) => i % 13 == 0).Select(p => $"{p.Word}→{p.Variant}"))}:");
        foreach (var (name, find) in engines)
        {
            long found = 0, total = 0;
            double macro = 0;
            var byRule = new Dictionary<string, (long Found, long Total)>();
            foreach (var p in probes)
            {
                var hits = find(p.Variant);
                int f = p.Truth.Count(hits.Contains);
                found += f; total += p.Truth.Count; macro += (double)f / p.Truth.Count;
                var (rf, rt) = byRule.GetValueOrDefault(p.Rule);
                byRule[p.Rule] = (rf + f, rt + p.Truth.Count);
            }
            Say($"  {name,-22} finds {found:N0} of {total:N0} articles containing the words: recall {(double)found / total:P1} (mean per word {macro / probes.Count:P1}); "
                + string.Join(", ", byRule.Select(r => $"{r.Key} {(double)r.Value.Found / r.Value.Total:P0}")));
        }
    }

    /// <summary>This process's CPU time since <paramref name="start"/>: on a shared machine, steadier than wall time.</summary>
    private static string CpuSince(TimeSpan start) =>
        string.Create(Inv, $"{(Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds:F1} s CPU in this process");

    private static string PostgresOrSelf(string db) => Marsad.Archive.Postgres.PostgresConnection.ToConnectionString(db);

    private static void Exec(string admin, string sql)
    {
        using var c = new NpgsqlConnection(PostgresOrSelf(admin));
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    private void Say(string line)
    {
        log.WriteLine(line);
        log.Flush();
    }
}
