namespace Marsad.Analysis.Ner;

/// <summary>
/// Which stretch of the training split is held out for the choices made in training. The trainer holds out the end of
/// the split; moving another part there judges the same setup on other pages of the corpus, so that a choice is not
/// made on one slice's noise.
/// </summary>
public static class DevPart
{
    /// <summary>How many parts the split is cut into for a dev share: ten for the default tenth.</summary>
    public static int Parts(double devFraction) => Math.Max(1, (int)Math.Round(1 / devFraction));

    /// <summary>
    /// The sentences with part <paramref name="part"/> (1-based, of <paramref name="parts"/> cut by position) moved to
    /// the end, the others in their order; the last part leaves the split as it is.
    /// </summary>
    public static IReadOnlyList<T> MoveToEnd<T>(IReadOnlyList<T> sentences, int part, int parts)
    {
        var (from, to) = Range(sentences.Count, part, parts);
        if (part == parts) return sentences;
        return [.. sentences.Take(from), .. sentences.Skip(to), .. sentences.Skip(from).Take(to - from)];
    }

    /// <summary>
    /// The sentences without part <paramref name="part"/>, in their order, and that part: a part no stage of training
    /// sees, scored afterwards the way the test split is.
    /// </summary>
    public static (IReadOnlyList<T> Others, IReadOnlyList<T> Part) Remove<T>(IReadOnlyList<T> sentences, int part, int parts)
    {
        var (from, to) = Range(sentences.Count, part, parts);
        return ([.. sentences.Take(from), .. sentences.Skip(to)], [.. sentences.Skip(from).Take(to - from)]);
    }

    /// <summary>How many sentences part <paramref name="part"/> holds (the parts of an uneven split differ by one).</summary>
    public static int Size(int count, int part, int parts)
    {
        var (from, to) = Range(count, part, parts);
        return to - from;
    }

    private static (int From, int To) Range(int count, int part, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, parts);
        return ((int)Math.Round(count * (part - 1) / (double)parts, MidpointRounding.ToEven),
                (int)Math.Round(count * part / (double)parts, MidpointRounding.ToEven));
    }
}
