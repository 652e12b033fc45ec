using System.Text;

namespace Marsad.Text.Normalization;

/// <summary>One step of each fold, for one character. <see cref="ArabicNormalizer"/> closes these into a table.</summary>
internal static class ArabicFolds
{
    public static string? Step(char c, Folds folds)
    {
        if (folds.HasFlag(Folds.Diacritics) && IsDiacritic(c)) return "";
        if (folds.HasFlag(Folds.Tatweel) && c == '\u0640') return "";
        if (folds.HasFlag(Folds.Alef))
        {
            switch (c)
            {
                case '\u0623': case '\u0625': case '\u0622': case '\u0671':
                case '\u0672': case '\u0673': case '\u0675':
                    return "\u0627";
                case '\u0670': return "";
            }
        }
        if (folds.HasFlag(Folds.AlefMaksura) && c == '\u0649') return "\u064A";
        if (folds.HasFlag(Folds.TehMarbuta) && c == '\u0629') return "\u0647";
        if (folds.HasFlag(Folds.HamzaCarriers) && (c == '\u0624' || c == '\u0626')) return "\u0621";
        if (folds.HasFlag(Folds.PersianLetters))
        {
            switch (c)
            {
                case '\u06A9': case '\u06AA': case '\u06AB': return "\u0643"; // ک ڪ ګ → ك
                case '\u06CC': case '\u06D0': case '\u06D2': return "\u064A"; // ی ې ے → ي
                case '\u06BE': case '\u06C1': return "\u0647";                 // ھ ہ → ه
                case '\u06C0': case '\u06C3': return "\u0629";                 // ۀ ۃ → ة
            }
        }
        if (folds.HasFlag(Folds.PresentationForms) && IsPresentationForm(c)) return Compatibility(c);
        if (folds.HasFlag(Folds.Digits))
        {
            if (c >= '\u0660' && c <= '\u0669') return ((char)('0' + (c - '\u0660'))).ToString();
            if (c >= '\u06F0' && c <= '\u06F9') return ((char)('0' + (c - '\u06F0'))).ToString();
            if (c == '\u066B') return ".";
            if (c == '\u066C') return ",";
        }
        if (folds.HasFlag(Folds.InvisibleMarks) && IsInvisible(c)) return "";
        if (folds.HasFlag(Folds.Punctuation))
        {
            switch (c)
            {
                case '\u060C': return ",";
                case '\u061B': return ";";
                case '\u061F': return "?";
                case '\u066A': return "%";
                case '\u06D4': return ".";
                case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '\u2033': return "\"";
                case '\u2018': case '\u2019': case '\u201A': case '\u2032': return "'";
                case '\u2012': case '\u2013': case '\u2014': case '\u2015': return "-";
                case '\u2026': return "...";
            }
        }
        return null;
    }

    public static bool IsDiacritic(char c) =>
        (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' ||
        (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E4') ||
        c == '\u06E7' || c == '\u06E8' || (c >= '\u06EA' && c <= '\u06ED') ||
        (c >= '\u08D3' && c <= '\u08E1') || (c >= '\u08E3' && c <= '\u08FF');

    public static bool IsInvisible(char c) =>
        (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') ||
        (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069') ||
        c == '\uFEFF' || c == '\u061C' || c == '\u00AD';

    public static bool IsPresentationForm(char c) =>
        (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');

    private static string? Compatibility(char c)
    {
        string s = c.ToString();
        string n;
        try { n = s.Normalize(NormalizationForm.FormKC); }
        catch (ArgumentException) { return null; }
        if (n == s) return null;
        // The isolated harakat forms decompose to a space and the mark; the space is an artefact of the form.
        if (c >= '\uFE70' && c <= '\uFE7F') n = n.Replace(" ", "");
        return n;
    }
}
