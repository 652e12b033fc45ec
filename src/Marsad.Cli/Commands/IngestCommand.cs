using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Archive;
using Marsad.Archive.Ingest;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH…</c>: analyse articles in parallel and store them in the archive, idempotently.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = ".jsonl, .jsonl.gz, .txt or .html files, directories (recursively), or - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = ArchiveOptions.Db();
        var source = new Option<string?>("--source") { Description = "Source name for articles that carry none (text, HTML, standard input)" };
        var batch = new Option<int>("--batch-size") { Description = "Articles per transaction", DefaultValueFactory = _ => 500 };
        var cmd = new Command("ingest", "Analyse articles and store them with their search terms and entities; a re-run adds only what is new.")
        {
            paths, db, source, batch,
        };
        cmd.SetAction(r => ArchiveOptions.Run(() =>
        {
            int size = r.GetValue(batch);
            if (size < 1) throw new CliException("--batch-size must be at least 1");
            using var archive = ArchiveFactory.Open(r.GetValue(db));
            var input = new IngestSource(r.GetValue(paths)!, r.GetValue(source));
            bool interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected && !Console.IsOutputRedirected;
            // Under a live progress bar, reasons wait until it is gone; otherwise they go out as they come.
            var rejects = new List<IngestReject>();
            var pipeline = new IngestPipeline(archive, ArticlePipeline.ForArchive(), x =>
            {
                if (interactive) rejects.Add(x);
                else Console.Error.WriteLine($"rejected {x.Origin}: {x.Reason}");
            }, size);
            var clock = Stopwatch.StartNew();
            IngestCounts counts;
            if (interactive)
            {
                counts = AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("ingest", maxValue: 1);
                        return pipeline.Run(input.Read(pipeline.Reject), c =>
                        {
                            if (input.TotalBytes > 0) { task.MaxValue = input.TotalBytes; task.Value = Math.Min(input.BytesRead, input.TotalBytes); }
                            else task.IsIndeterminate = true;
                            task.Description = $"{c.Processed:N0} articles, {c.Processed / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):N0}/s";
                        });
                    });
                foreach (var x in rejects) Console.Error.WriteLine($"rejected {x.Origin}: {x.Reason}");
            }
            else
            {
                counts = pipeline.Run(input.Read(pipeline.Reject));
            }
            double s = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{archive.Description}: {counts.Processed} articles in {s:F1} s ({counts.Processed / Math.Max(s, 1e-3):F0} articles/s)"));
            Console.WriteLine($"added {counts.Added} duplicates {counts.Duplicates} rejected {counts.Rejected}");
            return 0;
        }));
        return cmd;
    }
}
