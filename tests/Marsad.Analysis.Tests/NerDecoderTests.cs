using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

public class NerDecoderTests
{
    private static readonly int Tags = NerTagSet.Count;

    [Fact]
    public void ViterbiFindsTheBestAllowedPathByBruteForce()
    {
        var rng = new Random(3);
        for (int trial = 0; trial < 30; trial++)
        {
            int n = 1 + trial % 4;
            var emissions = Enumerable.Range(0, n * Tags).Select(_ => (float)(rng.NextDouble() * 4 - 2)).ToArray();
            var transitions = Enumerable.Range(0, (Tags + 1) * Tags).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
            var path = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, Tags, path);

            var (bestScore, bestPath) = BruteForce(emissions, transitions, n);
            Assert.Equal(bestPath, path);
            Assert.Equal(bestScore, Score(emissions, transitions, path), 4);
        }
    }

    [Fact]
    public void InsideNeverFollowsOutsideOrAnotherType()
    {
        // Emissions strongly prefer I-LOC everywhere; the decoder must open the entity with B-LOC.
        int n = 3;
        var emissions = new float[n * Tags];
        for (int i = 0; i < n; i++) emissions[i * Tags + NerTagSet.Inside(1)] = 10;
        var path = new int[n];
        ViterbiDecoder.Decode(emissions, new float[(Tags + 1) * Tags], Tags, path);
        Assert.Equal(NerTagSet.Begin(1), path[0]);
        Assert.Equal(NerTagSet.Inside(1), path[1]);
        Assert.Equal(NerTagSet.Inside(1), path[2]);
    }

    [Fact]
    public void ConfidenceIsAProbabilityAndHighWhenOneTagDominates()
    {
        int n = 2;
        var emissions = new float[n * Tags];
        emissions[NerTagSet.Begin(0)] = 20;
        emissions[Tags + NerTagSet.Inside(0)] = 20;
        var path = new[] { NerTagSet.Begin(0), NerTagSet.Inside(0) };
        var confidence = new float[n];
        ViterbiDecoder.Confidence(emissions, new float[(Tags + 1) * Tags], Tags, path, confidence);
        Assert.All(confidence, c => Assert.InRange(c, 0.99f, 1.0f));
    }

    private static (float, int[]) BruteForce(float[] emissions, float[] transitions, int n)
    {
        float best = float.NegativeInfinity;
        int[] bestPath = [];
        int total = (int)Math.Pow(Tags, n);
        for (int code = 0; code < total; code++)
        {
            var path = new int[n];
            int c = code;
            for (int i = 0; i < n; i++) { path[i] = c % Tags; c /= Tags; }
            bool ok = true;
            for (int i = 0; i < n; i++) ok &= NerTagSet.Allowed(i == 0 ? -1 : path[i - 1], path[i]);
            if (!ok) continue;
            float s = Score(emissions, transitions, path);
            if (s > best) { best = s; bestPath = path; }
        }
        return (best, bestPath);
    }

    private static float Score(float[] emissions, float[] transitions, int[] path)
    {
        float s = 0;
        for (int i = 0; i < path.Length; i++)
            s += emissions[i * Tags + path[i]] + transitions[(i == 0 ? Tags : path[i - 1]) * Tags + path[i]];
        return s;
    }
}
