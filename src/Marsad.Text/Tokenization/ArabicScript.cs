using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>Character classes of the Arabic script, as the tokeniser and segmenter see them.</summary>
public static class ArabicScript
{
    private const byte Letter = 1, Mark = 2, Invisible = 4;

    // The tokeniser asks these questions of every character: one table load answers them.
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            if (IsLetterByRange(c)) classes[i] |= Letter;
            if (ArabicFolds.IsDiacritic(c) || c == '\u0640') classes[i] |= Mark;
            if (ArabicFolds.IsInvisible(c)) classes[i] |= Invisible;
        }
        return classes;
    }

    public static bool IsLetter(char c) => (Classes[c] & Letter) != 0;

    private static bool IsLetterByRange(char c) =>
        (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') ||
        c == '\u066E' || c == '\u066F' || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' ||
        c == '\u06EE' || c == '\u06EF' || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF' ||
        (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9') ||
        (c >= '\uFB50' && c <= '\uFD3D') || (c >= '\uFD50' && c <= '\uFDFB') ||
        (c >= '\uFE70' && c <= '\uFEFC');

    /// <summary>Marks that live inside a word: harakat, the dagger alef and tatweel.</summary>
    public static bool IsWordMark(char c) => (Classes[c] & Mark) != 0;

    /// <summary>Zero-width joiners may sit inside a word between letters.</summary>
    public static bool IsJoiner(char c) => c == '\u200C' || c == '\u200D';

    /// <summary>
    /// Letters that never join the letter after them. A missing space after one of these is nearly
    /// invisible on the page, which is why news text glues words together there.
    /// </summary>
    public static bool IsNonJoining(char c) => c switch
    {
        '\u0627' or '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u062F' or '\u0630' or
        '\u0631' or '\u0632' or '\u0648' or '\u0624' or '\u0629' or '\u0649' or '\u0621' => true,
        _ => false,
    };

    public static bool IsArabicDigit(char c) => (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');

    public static bool IsInvisible(char c) => (Classes[c] & Invisible) != 0;
}
