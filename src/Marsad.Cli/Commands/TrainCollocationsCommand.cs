using System.CommandLine;
using System.Diagnostics;
using Marsad.Analysis.Ner;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train collocations</c>: how firmly adjacent words stick together in raw news, for the NER tagger.</summary>
internal static class TrainCollocationsCommand
{
    public static Command Create()
    {
        var corpus = RawCorpus.Option("JSONL(.gz) corpora of raw news text");
        var minCount = new Option<int>("--min-count") { Description = "Pairs and triples seen fewer times are left out", DefaultValueFactory = _ => 3 };
        var output = new Option<string>("--out") { Description = "Where to write the table", DefaultValueFactory = _ => "resources/" + Collocations.ResourcePath };
        var cmd = new Command("collocations", "Count adjacent word pairs and triples in raw news text, so the NER tagger can tell a fixed name from a free combination.")
        {
            corpus, minCount, output,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var paths = r.GetValue(corpus)!;
            int min = Math.Max(1, r.GetValue(minCount));
            var sentences = RawCorpus.Read(paths, 1);
            var counts = Collocations.Tally(sentences, min);
            string outPath = r.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            counts.Save(outPath, $"Adjacent word pairs and triples (first word proclitic-free, the others as written; matching form) seen at least {min} times in {string.Join(", ", paths.Select(Path.GetFileName))}, with each word's own counts; counted by `marsad train collocations`.");
            Console.WriteLine($"{counts.Pairs} word pairs read; kept {counts.Pair.Count} pairs and {counts.Triple.Count} triples → {outPath} ({new FileInfo(outPath).Length / 1024} KiB); time {clock.Elapsed.TotalSeconds:F0}s, peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
            return 0;
        }));
        return cmd;
    }
}
