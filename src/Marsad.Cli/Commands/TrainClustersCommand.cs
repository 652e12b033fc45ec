using System.CommandLine;
using System.Diagnostics;
using Marsad.Analysis.Ner;
using Marsad.Text.Corpora;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train clusters</c>: word classes from raw news text for the NER tagger.</summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var corpus = RawCorpus.Option("JSONL(.gz) corpora of raw news text");
        var words = new Option<int>("--words") { Description = "How many of the most frequent words to cluster", DefaultValueFactory = _ => new ClusterOptions().Words };
        var output = new Option<string>("--out") { Description = "Where to write the classes", DefaultValueFactory = _ => "resources/" + WordClusters.ResourcePath };
        var cmd = new Command("clusters", "Learn word classes (PPMI context vectors, hierarchical k-means) from raw news text for the NER tagger.")
        {
            corpus, words, output,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var options = new ClusterOptions { Words = r.GetValue(words) };
            var trainer = new ClusterTrainer(options, m => Console.WriteLine($"{m} ({clock.Elapsed.TotalSeconds:F0}s)"));
            int articles = 0, rejected = 0;
            foreach (string path in r.GetValue(corpus)!)
            {
                if (!File.Exists(path)) throw new CliException($"{path}: no such corpus");
                foreach (var a in JsonlCorpus.Read(path, e => { rejected++; Console.Error.WriteLine($"{e}"); }))
                {
                    articles++;
                    if (a.Title is { Length: > 0 } t) trainer.Add(t);
                    trainer.Add(a.Text);
                }
            }
            Console.WriteLine($"{articles} articles read, {rejected} rejected ({clock.Elapsed.TotalSeconds:F0}s)");
            var clusters = trainer.Train();
            string outPath = r.GetValue(output)!;
            clusters.Save(outPath, $"Word classes (matching form) learnt by `marsad train clusters` from {string.Join(", ", r.GetValue(corpus)!.Select(Path.GetFileName))}: {clusters.Count} words, {string.Join('/', clusters.Sizes)} classes.");
            Console.WriteLine($"{clusters.Count} words → {outPath} ({new FileInfo(outPath).Length / 1024} KiB); time {clock.Elapsed.TotalSeconds:F0}s, peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
            return 0;
        }));
        return cmd;
    }
}
