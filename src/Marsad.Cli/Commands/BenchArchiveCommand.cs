using System.CommandLine;
using Marsad.Bench;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad bench archive</c>: ingest and search speed on both engines, beside Lucene.NET and PostgreSQL's arabic configuration.</summary>
internal static class BenchArchiveCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "JSONL(.gz) corpus to ingest", DefaultValueFactory = _ => "../shared/data/ant-v2.1/ant-v2.1.jsonl.gz" };
        var pg = new Option<string?>("--pg")
        {
            Description = "PostgreSQL to measure (a fresh schema is made and dropped); default $MARSAD_BENCH_PG or $MARSAD_TEST_PG",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MARSAD_BENCH_PG") ?? Environment.GetEnvironmentVariable("MARSAD_TEST_PG"),
        };
        var queries = new Option<int>("--queries") { Description = "Search queries drawn from titles", DefaultValueFactory = _ => 200 };
        var words = new Option<int>("--recall-words") { Description = "Words for the recall check", DefaultValueFactory = _ => 50 };
        var work = new Option<string?>("--work") { Description = "Scratch directory for the SQLite file and the Lucene index (default: a temp dir, removed after)" };
        var cmd = new Command("archive", "Ingest the corpus into SQLite and PostgreSQL, time title searches, and compare with Lucene.NET's ArabicAnalyzer and PostgreSQL's arabic configuration.")
        {
            corpus, pg, queries, words, work,
        };
        cmd.SetAction(r => ArchiveOptions.Run(() =>
        {
            string path = r.GetValue(corpus)!;
            if (!File.Exists(path)) throw new CliException($"{path}: no such corpus (the benchmark reads ../shared/data/ant-v2.1)");
            string? given = r.GetValue(work);
            string dir = given ?? Directory.CreateTempSubdirectory("marsad-bench-archive-").FullName;
            try
            {
                var options = new ArchiveBenchOptions(path, string.IsNullOrWhiteSpace(r.GetValue(pg)) ? null : r.GetValue(pg), dir, r.GetValue(queries), r.GetValue(words));
                return new ArchiveBench(options, ArticlePipeline.ForArchive(), Console.Out).Run();
            }
            finally
            {
                if (given is null) Directory.Delete(dir, recursive: true);
            }
        }));
        return cmd;
    }
}
