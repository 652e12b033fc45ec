namespace Marsad.Analysis.Ner;

/// <summary>
/// First-order Viterbi over BIO tags: emission scores per token and tag, transition scores per tag pair
/// (row <c>tags</c> is the sentence start); I-X may only follow B-X or I-X.
/// </summary>
public static class ViterbiDecoder
{
    /// <param name="emissions">n × tags scores, token-major.</param>
    /// <param name="transitions">(tags + 1) × tags scores; the last row scores the first tag.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int tags, Span<int> path)
    {
        int n = path.Length;
        if (n == 0) return;
        var score = new float[n * tags];
        var back = new int[n * tags];
        for (int y = 0; y < tags; y++)
            score[y] = NerTagSet.Allowed(-1, y) ? transitions[tags * tags + y] + emissions[y] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            int row = i * tags, prevRow = row - tags;
            for (int y = 0; y < tags; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < tags; p++)
                {
                    if (!NerTagSet.Allowed(p, y)) continue;
                    float s = score[prevRow + p] + transitions[p * tags + y];
                    if (s > best) { best = s; arg = p; }
                }
                score[row + y] = best + emissions[row + y];
                back[row + y] = arg;
            }
        }
        int last = (n - 1) * tags, tag = 0;
        for (int y = 1; y < tags; y++) if (score[last + y] > score[last + tag]) tag = y;
        for (int i = n - 1; i >= 0; i--)
        {
            path[i] = tag;
            tag = back[i * tags + tag];
        }
    }

    /// <summary>
    /// The marginal weight of each token's tag on <paramref name="path"/> when the path scores are read as a
    /// log-linear distribution (forward–backward): a confidence between 0 and 1.
    /// </summary>
    public static void Confidence(ReadOnlySpan<float> rawEmissions, ReadOnlySpan<float> rawTransitions, int tags, ReadOnlySpan<int> path, Span<float> confidence)
    {
        int n = path.Length;
        if (n == 0) return;
        int cells = n * tags;
        double[]? rented = cells * 3 > StackCells ? System.Buffers.ArrayPool<double>.Shared.Rent(cells * 3) : null;
        Span<double> work = rented is null ? stackalloc double[cells * 3] : rented.AsSpan(0, cells * 3);
        var alpha = work[..cells];
        var beta = work.Slice(cells, cells);
        var expE = work.Slice(2 * cells, cells);
        // Shifting a token's scores (or all transitions) by a constant leaves the marginals unchanged and keeps exp finite.
        for (int i = 0; i < n; i++)
        {
            var row = rawEmissions.Slice(i * tags, tags);
            float max = float.NegativeInfinity;
            foreach (float v in row) max = Math.Max(max, v);
            for (int y = 0; y < tags; y++) expE[i * tags + y] = Math.Exp(row[y] - max);
        }
        float tmax = float.NegativeInfinity;
        foreach (float v in rawTransitions) tmax = Math.Max(tmax, v);
        // A forbidden transition weighs 0, so the passes below need no test of what may follow what.
        Span<double> expT = stackalloc double[rawTransitions.Length];
        for (int k = 0; k < expT.Length; k++)
        {
            int from = k / tags == tags ? -1 : k / tags;
            expT[k] = NerTagSet.Allowed(from, k % tags) ? Math.Exp(rawTransitions[k] - tmax) : 0;
        }
        // Scaled forward pass in probability space: each row is normalised to keep the numbers finite.
        double sum = 0;
        for (int y = 0; y < tags; y++)
        {
            alpha[y] = expT[tags * tags + y] * expE[y];
            sum += alpha[y];
        }
        Normalize(alpha[..tags], sum);
        for (int i = 1; i < n; i++)
        {
            sum = 0;
            var previous = alpha.Slice((i - 1) * tags, tags);
            for (int y = 0; y < tags; y++)
            {
                double a = 0;
                for (int p = 0; p < tags; p++) a += previous[p] * expT[p * tags + y];
                a *= expE[i * tags + y];
                alpha[i * tags + y] = a;
                sum += a;
            }
            Normalize(alpha.Slice(i * tags, tags), sum);
        }
        for (int y = 0; y < tags; y++) beta[(n - 1) * tags + y] = 1;
        for (int i = n - 2; i >= 0; i--)
        {
            sum = 0;
            for (int p = 0; p < tags; p++)
            {
                double b = 0;
                for (int y = 0; y < tags; y++) b += expT[p * tags + y] * expE[(i + 1) * tags + y] * beta[(i + 1) * tags + y];
                beta[i * tags + p] = b;
                sum += b;
            }
            Normalize(beta.Slice(i * tags, tags), sum);
        }
        for (int i = 0; i < n; i++)
        {
            double total = 0;
            for (int y = 0; y < tags; y++) total += alpha[i * tags + y] * beta[i * tags + y];
            confidence[i] = total > 0 ? (float)(alpha[i * tags + path[i]] * beta[i * tags + path[i]] / total) : 0f;
        }
        if (rented is not null) System.Buffers.ArrayPool<double>.Shared.Return(rented);
    }

    // Up to this many doubles of forward-backward tables go on the stack (a sentence of about a hundred words).
    private const int StackCells = 3072;

    private static void Normalize(Span<double> row, double sum)
    {
        if (sum <= 0 || double.IsNaN(sum)) return;
        for (int k = 0; k < row.Length; k++) row[k] /= sum;
    }
}
