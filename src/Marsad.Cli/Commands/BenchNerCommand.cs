using System.CommandLine;
using System.Diagnostics;
using Marsad.Bench;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad bench ner</c>: NER tagging speed on news, single thread, beside the text core; last line <c>tokens/s N</c>.</summary>
internal static class BenchNerCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "JSONL(.gz) news articles", DefaultValueFactory = _ => "../shared/data/ant-v2.1/ant-v2.1.jsonl.gz" };
        var articles = new Option<int>("--articles") { Description = "How many articles to tag", DefaultValueFactory = _ => 2000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds; the best is kept", DefaultValueFactory = _ => 3 };
        var cmd = new Command("ner", "Tagging throughput of the NER stage on news articles (single thread), in the same run as the text core.")
        {
            corpus, articles, rounds,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            string path = r.GetValue(corpus)!;
            if (!File.Exists(path)) throw new CliException($"{path}: no such corpus");
            var result = NerBench.Run(path, r.GetValue(articles), Math.Max(1, r.GetValue(rounds)), Console.WriteLine);
            Console.WriteLine($"{result.Articles} articles, {result.Tokens:N0} tokens, {result.Entities:N0} entities; single thread");
            Console.WriteLine($"model load {result.LoadSeconds:F2}s, model memory {result.ModelBytes / (1024 * 1024)} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
            Console.WriteLine($"text core  {result.TextCoreTokensPerSecond,12:N0} tokens/s");
            Console.WriteLine($"NER        {result.NerTokensPerSecond,12:N0} tokens/s  (ratio to text core {result.NerTokensPerSecond / result.TextCoreTokensPerSecond:F2})");
            Console.WriteLine($"tokens/s {result.NerTokensPerSecond:F0}");
            return 0;
        }));
        return cmd;
    }
}
