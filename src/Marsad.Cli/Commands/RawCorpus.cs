using System.CommandLine;
using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Text.Corpora;

namespace Marsad.Cli.Commands;

/// <summary>Raw news corpora (JSONL articles) read as the tagger's sentences, for the trainers that learn from unlabelled text.</summary>
internal static class RawCorpus
{
    /// <summary>The raw news the trainers read unless told otherwise: ANT v2.1 and the 2013 Egyptian sample.</summary>
    public static string[] DefaultPaths =>
        ["../shared/data/ant-v2.1/ant-v2.1.jsonl.gz", "../shared/data/egypt-news-2013-sample/egypt-news-2013-sample.jsonl.gz"];

    /// <summary>The <c>--corpus</c> option of the trainers: one or more JSONL(.gz) paths, <see cref="DefaultPaths"/> unless given.</summary>
    public static Option<string[]> Option(string description) => new("--corpus")
    {
        Description = description,
        DefaultValueFactory = _ => DefaultPaths,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The sentences of the articles (title and text), as tagger tokens, in corpus order; every <paramref name="every"/>-th article only.</summary>
    public static List<NerToken[]> Read(IEnumerable<string> paths, int every)
    {
        var clock = Stopwatch.StartNew();
        var texts = new List<string>();
        int rejected = 0, articles = 0;
        foreach (string path in paths)
        {
            if (!File.Exists(path)) throw new CliException($"{path}: no such corpus");
            foreach (var a in JsonlCorpus.Read(path, e => { rejected++; Console.Error.WriteLine($"{e}"); }))
            {
                if (articles++ % every != 0) continue;
                if (a.Title is { Length: > 0 } t) texts.Add(t);
                texts.Add(a.Text);
            }
        }
        var sentences = texts.AsParallel().AsOrdered()
            .SelectMany(t => NerSentences.Of(TextAnalyzer.Default.Analyze(t)))
            .ToList();
        Console.WriteLine($"corpus: {texts.Count} texts, {sentences.Count} sentences, {sentences.Sum(s => s.Length)} tokens ({rejected} records rejected, {clock.Elapsed.TotalSeconds:F0}s)");
        return sentences;
    }
}
