namespace Marsad.Analysis.Ner;

/// <summary>
/// The summed weights of the word-pair features for every value they can take: a pair's features depend only
/// on its count, shares and mutual information buckets and on its side, a few thousand kinds in all. Summed once
/// when the tagger is built, so a token reads three rows instead of up to seven feature lookups spread over the model.
/// </summary>
internal sealed class PairScoreCache
{
    private const int Tags = FeatureTable.TagCount;
    private const int Shares = 5;
    private const int PmiSlots = Collocations.MaxPmi + 2;   // unseen, then 0 … MaxPmi bits
    private const int Kinds = (Collocations.MaxCountBucket + 1) * Shares * Shares * PmiSlots;

    private readonly float[] _pairs = new float[2 * Kinds * Tags];
    private readonly float[] _triples = new float[(NerFeaturizer.MaxTriple + 1) * Tags];

    public PairScoreCache(PerceptronModel model)
    {
        var features = new List<ulong>();
        for (int side = 0; side < 2; side++)
            for (int count = 0; count <= Collocations.MaxCountBucket; count++)
                for (int forward = 0; forward < Shares; forward++)
                    for (int backward = 0; backward < Shares; backward++)
                        for (int slot = 0; slot < PmiSlots; slot++)
                        {
                            // An unseen pair has nothing but its count of 0.
                            if ((count == 0) != (slot == 0) || (count == 0 && (forward | backward) != 0)) continue;
                            var pair = new Collocations.Pair(count, forward, backward, Math.Max(0, slot - 1));
                            features.Clear();
                            NerFeaturizer.AddPairFeatures(pair, side, features);
                            model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), _pairs.AsSpan((side * Kinds + KindOf(pair)) * Tags, Tags));
                        }
        for (int bucket = 0; bucket <= NerFeaturizer.MaxTriple; bucket++)
        {
            features.Clear();
            NerFeaturizer.AddTripleFeature(bucket, features);
            model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), _triples.AsSpan(bucket * Tags, Tags));
        }
    }

    private static int KindOf(Collocations.Pair pair) =>
        ((Math.Min(pair.Count, Collocations.MaxCountBucket) * Shares + pair.Forward) * Shares + pair.Backward) * PmiSlots + (pair.Seen ? pair.Pmi + 1 : 0);

    /// <summary>What a pair adds to its second word (side 0, the pair before the token) or to its first word (side 1, the pair after it).</summary>
    public ReadOnlySpan<float> Pair(Collocations.Pair pair, int side) => _pairs.AsSpan((side * Kinds + KindOf(pair)) * Tags, Tags);

    /// <summary>What a triple's count bucket adds to its middle token.</summary>
    public ReadOnlySpan<float> Triple(int bucket) => _triples.AsSpan(bucket * Tags, Tags);
}
