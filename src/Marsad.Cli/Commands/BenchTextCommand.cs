using System.CommandLine;
using Marsad.Bench;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad bench text</c>: the text core against Lucene.NET's ArabicAnalyzer, same articles, same process.</summary>
internal static class BenchTextCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "JSONL(.gz) articles", DefaultValueFactory = _ => "../shared/data/ant-v2.1/ant-v2.1.jsonl.gz" };
        var articles = new Option<int>("--articles") { Description = "How many articles to load", DefaultValueFactory = _ => 5000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds per side", DefaultValueFactory = _ => 5 };
        var cmd = new Command("text", "Normalise + tokenise + segment vs Lucene.NET ArabicAnalyzer: words/s, memory; last line 'ratio R'.")
        {
            corpus, articles, rounds,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var data = BenchCorpus.Load(r.GetValue(corpus)!, r.GetValue(articles));
            var result = new TextBenchmark(data).Run(r.GetValue(rounds), Console.Out);
            foreach (var side in new[] { result.Marsad, result.Lucene })
                Console.WriteLine($"{side.Name,-7} {side.WordsPerSecond,12:N0} words/s  {side.AllocatedBytes / 1048576.0,8:N1} MB allocated per round");
            Console.WriteLine($"peak working set {result.PeakWorkingSet / 1048576.0:N0} MB (process, both sides and the corpus)");
            Console.WriteLine($"ratio {result.Ratio:F2}");
            return 0;
        }));
        return cmd;
    }
}
