using System.Diagnostics;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Text.Normalization;
using Marsad.Text.Segmentation;
using Marsad.Text.Tokenization;

namespace Marsad.Bench;

/// <summary>
/// Marsad's normalise + tokenise + segment against Lucene.NET's ArabicAnalyzer over the same texts, in one
/// process, single thread, alternating rounds after a warm-up of each.
/// </summary>
public sealed class TextBenchmark(BenchCorpus corpus)
{
    public sealed record Side(string Name, double WordsPerSecond, double Seconds, long AllocatedBytes, long Checksum);
    public sealed record Result(Side Marsad, Side Lucene, long PeakWorkingSet, int Rounds)
    {
        public double Ratio => Marsad.WordsPerSecond / Lucene.WordsPerSecond;
    }

    public Result Run(int rounds, TextWriter log)
    {
        var tokenizer = Tokenizer.Default;
        var normalizer = ArabicNormalizer.Matching;
        var segmenter = CliticSegmenter.Default;
        using var lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

        log.WriteLine($"corpus: {corpus.Texts.Count} articles, {corpus.Words:N0} words, {corpus.Chars:N0} chars; {rounds} alternating rounds after a warm-up");
        RunMarsad(tokenizer, normalizer, segmenter);
        RunLucene(lucene);

        double mSeconds = 0, lSeconds = 0;
        long mAlloc = 0, lAlloc = 0, mSum = 0, lSum = 0;
        for (int r = 0; r < rounds; r++)
        {
            GC.Collect();
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            mSum = RunMarsad(tokenizer, normalizer, segmenter);
            double m = sw.Elapsed.TotalSeconds;
            mAlloc += GC.GetAllocatedBytesForCurrentThread() - a0;

            GC.Collect();
            a0 = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            lSum = RunLucene(lucene);
            double l = sw.Elapsed.TotalSeconds;
            lAlloc += GC.GetAllocatedBytesForCurrentThread() - a0;

            mSeconds += m;
            lSeconds += l;
            log.WriteLine($"round {r + 1}: marsad {corpus.Words / m:N0} words/s, lucene {corpus.Words / l:N0} words/s");
        }
        return new Result(
            new Side("marsad", corpus.Words * rounds / mSeconds, mSeconds, mAlloc / rounds, mSum),
            new Side("lucene", corpus.Words * rounds / lSeconds, lSeconds, lAlloc / rounds, lSum),
            Process.GetCurrentProcess().PeakWorkingSet64, rounds);
    }

    private long RunMarsad(Tokenizer tokenizer, ArabicNormalizer normalizer, CliticSegmenter segmenter)
    {
        long checksum = 0;
        var spans = new List<TokenSpan>(4096);
        foreach (string text in corpus.Texts)
        {
            spans.Clear();
            tokenizer.Tokenize(text, spans);
            foreach (var s in spans)
            {
                var surface = s.SpanOf(text);
                // An Arabic word's normal form and segmentation come with it from the cache, ready to be stored on a
                // token as the analyser does: held by reference, not copied, so the benchmark reads no more of them.
                if (s.Kind == TokenKind.ArabicWord)
                {
                    var seg = s.Word ?? segmenter.Segment(surface);
                    checksum += seg.StemIndex + (seg.Norm is null ? 0 : 1) + s.Start;
                }
                else checksum += normalizer.Normalize(surface).Length + s.Start;
            }
        }
        return checksum;
    }

    private long RunLucene(ArabicAnalyzer analyzer)
    {
        long checksum = 0;
        foreach (string text in corpus.Texts)
        {
            using var stream = analyzer.GetTokenStream("body", new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) checksum += term.Length + offset.StartOffset;
            stream.End();
        }
        return checksum;
    }
}
