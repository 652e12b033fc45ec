using Marsad.Text.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Analysis.Ner;

/// <summary>Where a mention starts inside its first word: after a conjunction or preposition glued to a name.</summary>
public static class MentionStart
{
    /// <summary>
    /// How many UTF-16 units of the token are a conjunction/preposition proclitic to leave out of the mention:
    /// only when the rest is a plain suffix of the word (not the ل+ال contraction of للعراق) and a more
    /// frequent word than the whole.
    /// </summary>
    public static int ProcliticLength(string text, NerToken ner, WordLexicon frequencies)
    {
        if (ner.Proclitics.Length == 0) return 0;
        if (ner.Norm.Length != ner.Proclitics.Length + ner.Core.Length || !ner.Norm.EndsWith(ner.Core, StringComparison.Ordinal)) return 0;
        if (frequencies.Frequency(ner.Core) <= frequencies.Frequency(ner.Norm)) return 0;
        int letters = ner.Proclitics.Length, k = 0;
        var normalizer = ArabicNormalizer.Matching;
        while (k < text.Length && letters > 0)
        {
            letters -= normalizer.Normalize(text.AsSpan(k, 1)).Length;
            k++;
        }
        // Marks written on the last proclitic letter belong to it.
        while (k < text.Length && normalizer.Normalize(text.AsSpan(k, 1)).Length == 0) k++;
        return k < text.Length ? k : 0;
    }
}
