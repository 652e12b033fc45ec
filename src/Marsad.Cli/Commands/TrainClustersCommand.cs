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
        var contexts = new Option<int>("--contexts") { Description = "How many of the most frequent words serve as contexts", DefaultValueFactory = _ => new ClusterOptions().Contexts };
        var topClasses = new Option<int>("--top-classes") { Description = "Classes at the coarsest level", DefaultValueFactory = _ => new ClusterOptions().TopClasses };
        var branching = new Option<int>("--branching") { Description = "How many classes each class splits into at the next level", DefaultValueFactory = _ => new ClusterOptions().Branching };
        var levels = new Option<int>("--levels") { Description = "Levels of the class tree", DefaultValueFactory = _ => new ClusterOptions().Levels };
        var seed = new Option<int>("--seed") { Description = "Seed of the k-means starts", DefaultValueFactory = _ => new ClusterOptions().Seed };
        var trees = new Option<int>("--trees") { Description = "Trees cut from other k-means starts (seeds seed, seed+1, …), each read by its own perceptrons of the NER ensemble", DefaultValueFactory = _ => new ClusterOptions().Trees };
        var output = new Option<string>("--out") { Description = "Where to write the classes", DefaultValueFactory = _ => "resources/" + WordClusters.ResourcePath };
        var cmd = new Command("clusters", "Learn word classes (PPMI context vectors, hierarchical k-means) from raw news text for the NER tagger.")
        {
            corpus, words, contexts, topClasses, branching, levels, seed, trees, output,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            foreach (var o in new[] { words, contexts, topClasses, levels, trees })
                if (r.GetValue(o) < 1) throw new CliException($"{o.Name} must be at least 1");
            if (r.GetValue(trees) > NerFeaturizer.MaxTrees) throw new CliException($"{trees.Name} must be at most {NerFeaturizer.MaxTrees}");
            if (r.GetValue(branching) < 2) throw new CliException($"{branching.Name} must be at least 2");
            var clock = Stopwatch.StartNew();
            var options = new ClusterOptions
            {
                Words = r.GetValue(words), Contexts = r.GetValue(contexts), TopClasses = r.GetValue(topClasses),
                Branching = r.GetValue(branching), Levels = r.GetValue(levels), Seed = r.GetValue(seed), Trees = r.GetValue(trees),
            };
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
            clusters.Save(outPath, $"Word classes (matching form) learnt by `marsad train clusters` from {string.Join(", ", r.GetValue(corpus)!.Select(Path.GetFileName))}: {clusters.Count} words, {string.Join('/', clusters.Sizes)} classes{(clusters.Trees > 1 ? $" in {clusters.Trees} trees" : "")}.");
            Console.WriteLine($"{clusters.Count} words → {outPath} ({new FileInfo(outPath).Length / 1024} KiB); time {clock.Elapsed.TotalSeconds:F0}s, peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
            return 0;
        }));
        return cmd;
    }
}
