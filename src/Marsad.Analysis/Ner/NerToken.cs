using Marsad.Text.Normalization;
using Marsad.Text.Segmentation;
using Marsad.Text.Tokenization;

namespace Marsad.Analysis.Ner;

/// <summary>
/// A token as the tagger sees it, every form matching-normalised so that Egyptian spellings and diacritics
/// give the same features as MSA: <see cref="Norm"/> the whole word, <see cref="Core"/> the word without its
/// conjunction/preposition proclitics (والعراق → العراق), <see cref="Stem"/> without the article too,
/// <see cref="Proclitics"/> and <see cref="Suffixes"/> what was cut off.
/// </summary>
public sealed record NerToken(string Norm, string Core, string Stem, string Proclitics, string Suffixes, string Shape)
{
    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Matching;

    // A tagger's summed weights for this word, kept on the token itself (tokens are shared per matching form) so
    // that finding them costs neither a hash nor a lock. A memo, not part of the token's value.
    internal WordScoreCache.Entry? Scores;

    public bool Equals(NerToken? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Norm == other.Norm && Core == other.Core && Stem == other.Stem
            && Proclitics == other.Proclitics && Suffixes == other.Suffixes && Shape == other.Shape);

    public override int GetHashCode() => HashCode.Combine(Norm, Core, Stem, Proclitics, Suffixes, Shape);

    public static NerToken From(string surface, CliticSegmenter? segmenter = null) =>
        From(surface, Normalizer.Normalize(surface), segmenter);

    /// <summary>Builds the token from its surface and its matching form (already computed by the analyser).</summary>
    public static NerToken From(string surface, string norm, CliticSegmenter? segmenter = null)
    {
        // The token depends on the matching form alone: with the default segmenter it is built once per form.
        if (segmenter is not null) return Build(norm, segmenter);
        if (Known.TryGetValue(norm, out var known)) return known;
        var built = Build(norm, CliticSegmenter.Default);
        return Known.Count < MaxKnownForms ? Known.GetOrAdd(norm, built) : built;
    }

    private static readonly Marsad.Text.Lexicons.WordFormTable<NerToken> Known = new();
    private const int MaxKnownForms = 1 << 19;

    private static NerToken Build(string norm, CliticSegmenter segmenter)
    {
        string shape = ShapeOf(norm);
        if (shape != "A") return new NerToken(norm, norm, norm, "", "", shape);
        // Segmenting the matching form rather than the surface keeps Egyptian spellings (القاهره، على for علي)
        // and diacritised text on exactly the features of the standard spelling.
        return FromSegmentation(norm, shape, segmenter.Segment(norm));
    }

    private static NerToken FromSegmentation(string norm, string shape, Segmentation seg)
    {
        string proclitics = "", core = "", suffixes = "";
        string stem = Normalizer.Normalize(seg.Stem);
        for (int k = 0; k < seg.Segments.Count; k++)
        {
            string s = Normalizer.Normalize(seg.Segments[k]);
            if (k < seg.StemIndex)
            {
                if (s == "ال") core += s;
                else proclitics += s;
            }
            else
            {
                core += s;
                if (k > seg.StemIndex) suffixes += s;
            }
        }
        if (core.Length == 0) core = norm;
        if (stem.Length == 0) stem = norm;
        return new NerToken(norm, core, stem, proclitics, suffixes, shape);
    }

    /// <summary>
    /// The form a name is remembered by across sentences: its first word without proclitics (لحفتر → حفتر), the
    /// other words as written, space-separated.
    /// </summary>
    public static string NameKey(IReadOnlyList<NerToken> tokens, int start, int end)
    {
        if (end - start == 1) return tokens[start].Core;
        var parts = new string[end - start];
        for (int k = start; k < end; k++) parts[k - start] = k == start ? tokens[k].Core : tokens[k].Norm;
        return string.Join(' ', parts);
    }

    /// <summary>A coarse word shape: A Arabic, D digits, L/Lc Latin lower/capitalised, P punctuation, X mixed.</summary>
    public static string ShapeOf(ReadOnlySpan<char> norm)
    {
        if (norm.IsEmpty) return "P";
        bool arabic = false, digit = false, latinUpper = false, latinLower = false, other = false;
        foreach (char c in norm)
        {
            if (ArabicScript.IsLetter(c)) arabic = true;
            else if (char.IsDigit(c)) digit = true;
            else if (char.IsAsciiLetterUpper(c)) latinUpper = true;
            else if (char.IsAsciiLetterLower(c)) latinLower = true;
            else other = true;
        }
        int kinds = (arabic ? 1 : 0) + (digit ? 1 : 0) + (latinUpper || latinLower ? 1 : 0);
        if (kinds == 0) return other ? "P" : "X";
        if (kinds > 1) return "X";
        if (arabic) return other ? "AX" : "A";
        if (digit) return other ? "DX" : "D";
        if (latinUpper && !latinLower) return "LU";
        return char.IsAsciiLetterUpper(norm[0]) ? "Lc" : "L";
    }
}
