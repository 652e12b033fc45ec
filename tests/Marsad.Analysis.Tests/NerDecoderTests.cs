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

    [Fact]
    public void ConfidenceIsTheMarginalOfEachPathTag()
    {
        var rng = new Random(5);
        // Short sentences against every allowed path; long ones (past the stack tables) against a log-space reference.
        foreach (int n in new[] { 1, 2, 3, 4, 400, 1500 })
        {
            var emissions = Enumerable.Range(0, n * Tags).Select(_ => (float)(rng.NextDouble() * 8 - 4)).ToArray();
            var transitions = Enumerable.Range(0, (Tags + 1) * Tags).Select(_ => (float)(rng.NextDouble() * 4 - 2)).ToArray();
            var path = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, Tags, path);
            var confidence = new float[n];
            ViterbiDecoder.Confidence(emissions, transitions, Tags, path, confidence);
            var expected = n <= 4 ? BruteForceMarginals(emissions, transitions, path) : LogSpaceMarginals(emissions, transitions, path);
            for (int i = 0; i < n; i++) Assert.Equal(expected[i], confidence[i], 4);
        }
    }

    private static double[] BruteForceMarginals(float[] emissions, float[] transitions, int[] best)
    {
        int n = best.Length;
        var agree = new double[n];
        double total = 0;
        foreach (var path in AllowedPaths(n))
        {
            double weight = Math.Exp(Score(emissions, transitions, path));
            total += weight;
            for (int i = 0; i < n; i++) if (path[i] == best[i]) agree[i] += weight;
        }
        return agree.Select(a => a / total).ToArray();
    }

    private static double[] LogSpaceMarginals(float[] emissions, float[] transitions, int[] best)
    {
        int n = best.Length;
        var alpha = new double[n, Tags];
        var beta = new double[n, Tags];
        double T(int from, int to) => NerTagSet.Allowed(from, to) ? transitions[(from < 0 ? Tags : from) * Tags + to] : double.NegativeInfinity;
        for (int y = 0; y < Tags; y++) alpha[0, y] = T(-1, y) + emissions[y];
        for (int i = 1; i < n; i++)
            for (int y = 0; y < Tags; y++)
                alpha[i, y] = LogSum(Enumerable.Range(0, Tags).Select(p => alpha[i - 1, p] + T(p, y))) + emissions[i * Tags + y];
        for (int i = n - 2; i >= 0; i--)
            for (int p = 0; p < Tags; p++)
                beta[i, p] = LogSum(Enumerable.Range(0, Tags).Select(y => T(p, y) + emissions[(i + 1) * Tags + y] + beta[i + 1, y]));
        double z = LogSum(Enumerable.Range(0, Tags).Select(y => alpha[n - 1, y]));
        return Enumerable.Range(0, n).Select(i => Math.Exp(alpha[i, best[i]] + beta[i, best[i]] - z)).ToArray();
    }

    private static double LogSum(IEnumerable<double> values)
    {
        var v = values.ToArray();
        double max = v.Max();
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(v.Sum(x => Math.Exp(x - max)));
    }

    private static (float, int[]) BruteForce(float[] emissions, float[] transitions, int n)
    {
        float best = float.NegativeInfinity;
        int[] bestPath = [];
        foreach (var path in AllowedPaths(n))
        {
            float s = Score(emissions, transitions, path);
            if (s > best) { best = s; bestPath = path; }
        }
        return (best, bestPath);
    }

    /// <summary>Every tag sequence of length <paramref name="n"/> that the BIO rules allow.</summary>
    private static IEnumerable<int[]> AllowedPaths(int n)
    {
        for (int code = 0; code < (int)Math.Pow(Tags, n); code++)
        {
            var path = new int[n];
            int c = code;
            for (int i = 0; i < n; i++) { path[i] = c % Tags; c /= Tags; }
            bool ok = true;
            for (int i = 0; i < n; i++) ok &= NerTagSet.Allowed(i == 0 ? -1 : path[i - 1], path[i]);
            if (ok) yield return path;
        }
    }

    private static float Score(float[] emissions, float[] transitions, int[] path)
    {
        float s = 0;
        for (int i = 0; i < path.Length; i++)
            s += emissions[i * Tags + path[i]] + transitions[(i == 0 ? Tags : path[i - 1]) * Tags + path[i]];
        return s;
    }
}
