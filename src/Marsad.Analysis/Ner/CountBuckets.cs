namespace Marsad.Analysis.Ner;

/// <summary>The coarse bands corpus counts are read in, so that rare words (often names) and rare pairs share a feature.</summary>
internal static class CountBuckets
{
    /// <summary>0 for none, else 1 + log2 of the count.</summary>
    public static int Log2(int count) => count <= 0 ? 0 : 1 + System.Numerics.BitOperations.Log2((uint)count);

    /// <summary>0: under 2 %, 1: under 10 %, 2: under 30 %, 3: under 60 %, 4: more.</summary>
    public static int Share(int part, int total)
    {
        if (total == 0 || part * 50 < total) return 0;
        if (part * 10 < total) return 1;
        if (part * 10 < total * 3) return 2;
        if (part * 10 < total * 6) return 3;
        return 4;
    }
}
