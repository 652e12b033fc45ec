using Marsad.Text.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Repairs two words written without the space between them. Only a split after a letter that does
/// not join the next one is considered (there a missing space is invisible on the page), and only
/// when the lexicon knows both halves far better than the glued whole.
/// </summary>
public sealed class GluedWordSplitter
{
    private readonly WordLexicon _lexicon;
    private readonly ArabicNormalizer _normalizer = ArabicNormalizer.Matching;

    /// <summary>Halves must each be seen this often. ة and ى never stand inside a correct word, so a lower bar applies after them.</summary>
    public int MinHalfFrequency { get; init; } = 50;
    public int MinHalfFrequencyAfterFinalForm { get; init; } = 5;
    /// <summary>A whole seen this often is a word in its own right, however it splits.</summary>
    public int MaxWholeFrequency { get; init; } = 2;
    public int MinHalfLetters { get; init; } = 3;

    public GluedWordSplitter(WordLexicon lexicon) => _lexicon = lexicon;

    public static GluedWordSplitter? Default => WordLexicon.Default.Count == 0 ? null : new GluedWordSplitter(WordLexicon.Default);

    /// <summary>Adds the Arabic word [start, end) to <paramref name="into"/>, split where it is two glued words.</summary>
    public void AddSplit(string text, int start, int end, List<TokenSpan> into)
    {
        if (end - start >= 2 * MinHalfLetters)
        {
            int cut = FindCut(text, start, end);
            if (cut > 0)
            {
                into.Add(new TokenSpan(start, cut, TokenKind.ArabicWord));
                AddSplit(text, cut, end, into);
                return;
            }
        }
        into.Add(new TokenSpan(start, end, TokenKind.ArabicWord));
    }

    /// <summary>The index where the word should be cut, or -1. A cut is always past <paramref name="start"/>.</summary>
    public int FindCut(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        Span<char> buffer = stackalloc char[128];
        int wholeFrequency = _normalizer.TryNormalize(word, buffer, out int written)
            ? _lexicon.Frequency(buffer[..written])
            : _lexicon.Frequency(_normalizer.Normalize(word));
        if (wholeFrequency > MaxWholeFrequency) return -1;

        int best = -1;
        long bestScore = 0;
        for (int p = start + 1; p < end - 1; p++)
        {
            char before = LastLetterBefore(text, start, p);
            if (!ArabicScript.IsNonJoining(before) || !ArabicScript.IsLetter(text[p])) continue;
            string left = _normalizer.Normalize(text.AsSpan(start, p - start));
            string right = _normalizer.Normalize(text.AsSpan(p, end - p));
            if (left.Length < MinHalfLetters || right.Length < MinHalfLetters) continue;
            bool finalForm = before is '\u0629' or '\u0649';
            int min = finalForm ? MinHalfFrequencyAfterFinalForm : MinHalfFrequency;
            int fl = _lexicon.Frequency(left), fr = _lexicon.Frequency(right);
            if (fl < min || fr < min) continue;
            long score = Math.Min(fl, fr) * (finalForm ? 100L : 1L);
            if (score > bestScore) { bestScore = score; best = p; }
        }
        return best;
    }

    private static char LastLetterBefore(string text, int start, int p)
    {
        for (int k = p - 1; k >= start; k--)
            if (ArabicScript.IsLetter(text[k])) return text[k];
        return '\0';
    }
}
