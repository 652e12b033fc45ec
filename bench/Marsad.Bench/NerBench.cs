using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Analysis.Documents;
using Marsad.Analysis.Ner;
using Marsad.Text.Corpora;

namespace Marsad.Bench;

public sealed record NerBenchResult(int Articles, long Tokens, double LoadSeconds, long ModelBytes, double TextCoreSeconds, double NerSeconds, int Entities)
{
    public double TextCoreTokensPerSecond => Tokens / TextCoreSeconds;
    public double NerTokensPerSecond => Tokens / NerSeconds;
}

/// <summary>
/// Single-threaded throughput of the NER stage on news articles, measured in the same run as the text core
/// that feeds it (tokenise, normalise, segment, sentences), over the same documents.
/// </summary>
public static class NerBench
{
    /// <summary>Where the NER time goes: token analysis (normalise, segment), feature extraction, scoring and decoding.</summary>
    private static void Breakdown(EntityRecognizer recognizer, List<Document> docs, Action<string>? log)
    {
        if (log is null) return;
        var clock = Stopwatch.StartNew();
        var sentences = new List<NerToken[]>();
        foreach (var d in docs)
            foreach (var s in d.Sentences)
            {
                var toks = d.TokensIn(s.Start, s.End).Select(t => NerToken.From(t.Text, t.Norm)).ToArray();
                if (toks.Length > 0) sentences.Add(toks);
            }
        double analysis = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var features = new List<ulong>();
        var offsets = new List<int>();
        foreach (var s in sentences) { features.Clear(); offsets.Clear(); recognizer.Tagger.Featurizer.Extract(s, features, offsets); }
        double extract = clock.Elapsed.TotalSeconds;
        clock.Restart();
        foreach (var s in sentences) recognizer.Tagger.Tag(s);
        double tag = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var confidence = new float[512];
        foreach (var s in sentences) recognizer.Tagger.Tag(s, s.Length <= 512 ? confidence : new float[s.Length]);
        double withConfidence = clock.Elapsed.TotalSeconds;
        log($"breakdown: token analysis {analysis:F3}s, features {extract:F3}s, features+scoring+Viterbi {tag:F3}s, with confidence {withConfidence:F3}s");
    }

    public static NerBenchResult Run(string corpus, int articles, int rounds, Action<string>? log = null)
    {
        var texts = new List<string>(articles);
        foreach (var a in JsonlCorpus.Read(corpus, _ => { }))
        {
            if (a.Text.Length == 0) continue;
            texts.Add(a.Title is null ? a.Text : a.Title + "\n" + a.Text);
            if (texts.Count == articles) break;
        }

        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var recognizer = EntityRecognizer.Load();
        double load = clock.Elapsed.TotalSeconds;
        long modelBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(recognizer);

        // Warm up both stages so that tiered compilation is done before timing.
        foreach (var t in texts.Take(Math.Min(200, texts.Count))) recognizer.Apply(TextAnalyzer.Default.Analyze(t));

        double core = double.MaxValue, ner = double.MaxValue;
        long tokens = 0;
        int entities = 0;
        for (int round = 0; round < rounds; round++)
        {
            clock.Restart();
            var docs = new Document[texts.Count];
            for (int k = 0; k < texts.Count; k++) docs[k] = TextAnalyzer.Default.Analyze(texts[k]);
            core = Math.Min(core, clock.Elapsed.TotalSeconds);
            tokens = docs.Sum(d => (long)d.Tokens.Count);

            clock.Restart();
            entities = 0;
            foreach (var d in docs) entities += recognizer.Apply(d).Entities.Count;
            ner = Math.Min(ner, clock.Elapsed.TotalSeconds);
            log?.Invoke($"round {round + 1}: text core {tokens / core:N0} tokens/s, NER {tokens / ner:N0} tokens/s");
        }
        Breakdown(recognizer, texts.Take(300).Select(t => TextAnalyzer.Default.Analyze(t)).ToList(), log);
        return new NerBenchResult(texts.Count, tokens, load, modelBytes, core, ner, entities);
    }
}
