using Marsad.Text.Segmentation;
using System.Globalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Splits text into tokens without copying it: every token is a span of the original string.
/// Words glued together by a missing space are split when <see cref="GluedWordSplitter"/> knows both halves.
/// </summary>
public sealed class Tokenizer
{
    private readonly GluedWordSplitter? _glued;
    private readonly CliticSegmenter? _words;

    public Tokenizer(GluedWordSplitter? glued = null) => _glued = glued;

    /// <summary>
    /// A tokeniser that looks every Arabic word up in the segmenter once: the cached entry says whether the
    /// word is two glued words and carries its normal form and segmentation onto the token.
    /// </summary>
    public Tokenizer(CliticSegmenter words) => _words = words;

    /// <summary>The tokeniser with the project's segmenter and word lexicon for glued-word repair.</summary>
    public static Tokenizer Default => DefaultHolder.Instance;

    private static class DefaultHolder
    {
        public static readonly Tokenizer Instance = new(CliticSegmenter.Default);
    }

    public List<TokenSpan> Tokenize(string text)
    {
        var tokens = new List<TokenSpan>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    public void Tokenize(string text, List<TokenSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || ArabicScript.IsInvisible(c)) { i++; continue; }

            if (ArabicScript.IsLetter(c))
            {
                int end = ScanArabicWord(text, i);
                if (_words is not null) AddWord(text, i, end, into);
                else if (_glued is not null) _glued.AddSplit(text, i, end, into);
                else into.Add(new TokenSpan(i, end, TokenKind.ArabicWord));
                i = end;
                continue;
            }
            if (char.IsDigit(c))
            {
                int end = ScanNumber(text, i);
                into.Add(new TokenSpan(i, end, TokenKind.Number));
                i = end;
                continue;
            }
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && TryScanUrl(text, i, out int urlEnd))
            {
                into.Add(new TokenSpan(i, urlEnd, TokenKind.Url));
                i = urlEnd;
                continue;
            }
            if (IsAsciiAlnum(c) && TryScanEmail(text, i, out int mailEnd))
            {
                into.Add(new TokenSpan(i, mailEnd, TokenKind.Email));
                i = mailEnd;
                continue;
            }
            if (char.IsLetter(c) || (char.IsHighSurrogate(c) && IsLetterAt(text, i)))
            {
                int end = ScanOtherWord(text, i);
                into.Add(new TokenSpan(i, end, TokenKind.LatinWord));
                i = end;
                continue;
            }
            if (c == '#' && i + 1 < n && IsTagChar(text[i + 1]))
            {
                int end = i + 1;
                while (end < n && IsTagChar(text[end])) end++;
                into.Add(new TokenSpan(i, end, TokenKind.Hashtag));
                i = end;
                continue;
            }
            if (c == '@' && i + 1 < n && (IsAsciiAlnum(text[i + 1]) || text[i + 1] == '_'))
            {
                int end = i + 1;
                while (end < n && (IsAsciiAlnum(text[end]) || text[end] == '_')) end++;
                into.Add(new TokenSpan(i, end, TokenKind.Mention));
                i = end;
                continue;
            }
            if (IsQuote(c))
            {
                into.Add(new TokenSpan(i, i + 1, TokenKind.Quote));
                i++;
                continue;
            }
            if (IsSentenceFinal(c))
            {
                // "..", "...", "!!", "؟!" are one mark of punctuation.
                int end = i + 1;
                while (end < n && IsSentenceFinal(text[end])) end++;
                into.Add(new TokenSpan(i, end, TokenKind.Punctuation));
                i = end;
                continue;
            }
            if (char.IsPunctuation(c) || c == '\u060C' || c == '\u061B')
            {
                into.Add(new TokenSpan(i, i + 1, TokenKind.Punctuation));
                i++;
                continue;
            }
            int width = char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            into.Add(new TokenSpan(i, i + width, TokenKind.Symbol));
            i += width;
        }
    }

    private void AddWord(string text, int start, int end, List<TokenSpan> into)
    {
        var word = _words!.Segment(text.AsSpan(start, end - start));
        if (word.GluedCut > 0 && word.GluedCut < end - start)
        {
            AddWord(text, start, start + word.GluedCut, into);
            AddWord(text, start + word.GluedCut, end, into);
        }
        else into.Add(new TokenSpan(start, end, TokenKind.ArabicWord, word));
    }

    private static int ScanArabicWord(string text, int i)
    {
        int n = text.Length;
        int end = i + 1;
        while (end < n)
        {
            char c = text[end];
            if (ArabicScript.IsLetter(c) || ArabicScript.IsWordMark(c)) { end++; continue; }
            if (ArabicScript.IsJoiner(c) && end + 1 < n && (ArabicScript.IsLetter(text[end + 1]) || ArabicScript.IsWordMark(text[end + 1]))) { end++; continue; }
            break;
        }
        return end;
    }

    private static int ScanNumber(string text, int i)
    {
        int n = text.Length;
        int end = i;
        while (end < n && char.IsDigit(text[end])) end++;
        // A separator belongs to the number only between digits: "1,000", "3.5", "٣٫٥"; "2017." ends a sentence.
        while (end + 1 < n && IsNumberSeparator(text[end]) && char.IsDigit(text[end + 1]))
        {
            end++;
            while (end < n && char.IsDigit(text[end])) end++;
        }
        return end;
    }

    private static bool IsNumberSeparator(char c) => c is '.' or ',' or '\u066B' or '\u066C';

    private static int ScanOtherWord(string text, int i)
    {
        int n = text.Length;
        int end = i;
        while (end < n)
        {
            char c = text[end];
            if (char.IsHighSurrogate(c) && IsLetterAt(text, end)) { end += 2; continue; }
            if (ArabicScript.IsLetter(c)) break;
            if (char.IsLetterOrDigit(c) && !ArabicScript.IsArabicDigit(c)) { end++; continue; }
            var cat = char.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark && end > i) { end++; continue; }
            // An apostrophe or hyphen inside a word: "don't", "e-mail".
            if ((c == '\'' || c == '\u2019' || c == '-') && end + 1 < n && char.IsLetter(text[end + 1]) && !ArabicScript.IsLetter(text[end + 1]) && end > i) { end++; continue; }
            break;
        }
        return end;
    }

    private static bool IsLetterAt(string text, int i) =>
        i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) && char.IsLetter(text, i);

    private static bool TryScanUrl(string text, int i, out int end)
    {
        end = i;
        var rest = text.AsSpan(i);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
              rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
              rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return false;
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]))) return false;
        int e = i;
        while (e < text.Length && !char.IsWhiteSpace(text[e]) && !IsQuote(text[e]) && text[e] != '<' && text[e] != '>' && !ArabicScript.IsInvisible(text[e])) e++;
        while (e > i && IsUrlTrailer(text[e - 1])) e--;
        if (e - i <= 7) return false;
        end = e;
        return true;
    }

    private static bool IsUrlTrailer(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u060C' or '\u061B' or '\u061F';

    private static bool TryScanEmail(string text, int i, out int end)
    {
        end = i;
        if (i > 0 && (IsAsciiAlnum(text[i - 1]) || text[i - 1] is '.' or '_' or '+' or '-')) return false;
        int n = text.Length, e = i;
        while (e < n && (IsAsciiAlnum(text[e]) || text[e] is '.' or '_' or '%' or '+' or '-')) e++;
        if (e >= n || text[e] != '@' || e == i) return false;
        int domainStart = ++e, lastDot = -1;
        while (e < n && (IsAsciiAlnum(text[e]) || text[e] is '-' or '.'))
        {
            if (text[e] == '.')
            {
                if (e + 1 >= n || !IsAsciiAlnum(text[e + 1])) break;
                lastDot = e;
            }
            e++;
        }
        if (lastDot < 0 || lastDot == domainStart || e - lastDot < 3) return false;
        end = e;
        return true;
    }

    private static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool IsTagChar(char c) => c == '_' || ArabicScript.IsLetter(c) || ArabicScript.IsWordMark(c) || char.IsLetterOrDigit(c);

    public static bool IsQuote(char c) => c is '«' or '»' or '"' or '\u201C' or '\u201D' or '\u201E' or '\'' or '\u2018' or '\u2019' or '\u2039' or '\u203A';

    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '\u061F' or '\u2026' or '\u06D4';
}
