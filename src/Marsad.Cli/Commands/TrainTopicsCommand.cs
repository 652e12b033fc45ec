using System.CommandLine;
using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Text.Corpora;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train topics</c>: which words point to which news section, for the NER tagger.</summary>
internal static class TrainTopicsCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "JSONL(.gz) news articles labelled with ANT v2.1 categories",
            DefaultValueFactory = _ => "../shared/data/ant-v2.1/ant-v2.1.jsonl.gz",
        };
        var output = new Option<string>("--out") { Description = "Where to write the table", DefaultValueFactory = _ => "resources/" + TopicWords.ResourcePath };
        var cmd = new Command("topics", "Learn which words point to which news section (sport, economy, technology, culture, news) for the NER tagger.")
        {
            corpus, output,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            string path = r.GetValue(corpus)!;
            if (!File.Exists(path)) throw new CliException($"{path}: no such corpus");
            int rejected = 0, unlabelled = 0;
            var articles = new List<(int Section, string Text)>();
            foreach (var a in JsonlCorpus.Read(path, e => { rejected++; Console.Error.WriteLine($"{e}"); }))
            {
                int section = TopicWordsBuilder.SectionOf(a.Category);
                if (section < 0) { unlabelled++; continue; }
                articles.Add((section, a.Title is { Length: > 0 } t ? t + "\n" + a.Text : a.Text));
            }
            int parts = Math.Max(1, Environment.ProcessorCount);
            var partial = new TopicWordsBuilder[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
            {
                var builder = new TopicWordsBuilder();
                for (int k = p; k < articles.Count; k += parts)
                    builder.Add(articles[k].Section, NerSentences.Of(TextAnalyzer.Default.Analyze(articles[k].Text)));
                partial[p] = builder;
            });
            var all = new TopicWordsBuilder();
            foreach (var b in partial) all.AddAll(b);
            var table = all.Build();
            string outPath = r.GetValue(output)!;
            table.Save(outPath, $"Words (proclitic-free matching form) and their log likelihood ratio per section ({string.Join(", ", TopicWords.Sections)}), learnt by `marsad train topics` from the categories of {Path.GetFileName(path)} (ANT v2.1, Apache-2.0).");
            Console.WriteLine($"{articles.Count} articles ({unlabelled} without a known category, {rejected} rejected); {table.Count} words → {outPath} ({new FileInfo(outPath).Length / 1024} KiB); time {clock.Elapsed.TotalSeconds:F0}s, peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
            return 0;
        }));
        return cmd;
    }
}
