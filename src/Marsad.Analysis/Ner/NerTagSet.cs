using Marsad.Analysis.Documents;

namespace Marsad.Analysis.Ner;

/// <summary>
/// The BIO tags the tagger predicts: O, then B-/I- for PER, LOC, ORG and MISC. Tag ids are stable
/// (they index the model's weights), so the order here is part of the model format.
/// </summary>
public static class NerTagSet
{
    public static readonly string[] Types = [EntityTypes.Person, EntityTypes.Location, EntityTypes.Organization, EntityTypes.Misc];

    /// <summary>O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC.</summary>
    public static readonly string[] Names = BuildNames();

    public static int Count => Names.Length;
    public const int Outside = 0;

    public static int Begin(int type) => 1 + 2 * type;
    public static int Inside(int type) => 2 + 2 * type;
    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;
    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;
    /// <summary>The type index of a B or I tag; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) / 2;

    private static string[] BuildNames()
    {
        var names = new List<string> { "O" };
        foreach (var t in Types) { names.Add("B-" + t); names.Add("I-" + t); }
        return [.. names];
    }

    /// <summary>
    /// The type name of a corpus label, with the common spellings folded into ours (ANERcorp writes PERS);
    /// null for a type the tagger does not know.
    /// </summary>
    public static string? CanonicalType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERS" or "PERSON" => EntityTypes.Person,
        "LOC" or "LOCATION" or "GPE" => EntityTypes.Location,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => EntityTypes.Organization,
        "MISC" => EntityTypes.Misc,
        _ => null,
    };

    public static int TypeIndex(string canonicalType) => Array.IndexOf(Types, canonicalType);

    /// <summary>The type (index into <see cref="Types"/>) with the most of <paramref name="countsPerType"/>; the first on a tie.</summary>
    public static int MostCounted(ReadOnlySpan<int> countsPerType)
    {
        int best = 0;
        for (int t = 1; t < Types.Length; t++) if (countsPerType[t] > countsPerType[best]) best = t;
        return best;
    }

    /// <summary>Viterbi's constraint: I-X only after B-X or I-X (previous -1 is the sentence start).</summary>
    public static bool Allowed(int previous, int tag) => AllowedTable[(previous + 1) * Names.Length + tag];

    private static readonly bool[] AllowedTable = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        int n = Names.Length;
        var table = new bool[(n + 1) * n];
        for (int p = -1; p < n; p++)
            for (int y = 0; y < n; y++)
                table[(p + 1) * n + y] = !IsInside(y) || (p > 0 && TypeOf(p) == TypeOf(y));
        return table;
    }
}
