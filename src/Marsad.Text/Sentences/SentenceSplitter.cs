using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Sentences;

/// <summary>
/// Splits news text into sentences over its tokens. . ! ? ؟ … and line breaks end a sentence;
/// a « » quotation that closes within its paragraph is never split; ، and ؛ never split.
/// The headline — the first line, or the text up to a ".." and the clause after it — comes first, marked.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>A quotation longer than this without its closing mark is taken to be unbalanced.</summary>
    private const int MaxQuoteLength = 1500;
    private const int MaxHeadlineTokens = 45;
    private const int MaxHeadlineTailTokens = 15;

    private readonly HashSet<string> _leadVerbs;

    public SentenceSplitter(IEnumerable<string> leadVerbs)
    {
        _leadVerbs = new HashSet<string>(leadVerbs.Select(v => ArabicNormalizer.Matching.Normalize(v)), StringComparer.Ordinal);
    }

    public static SentenceSplitter Default { get; } = new(
        ResourceFiles.Exists("lexicon/lead-verbs.txt") ? ResourceFiles.ReadLines("lexicon/lead-verbs.txt") : []);

    public List<SentenceSpan> Split(string text, IReadOnlyList<TokenSpan> tokens)
    {
        var sentences = new List<SentenceSpan>();
        if (tokens.Count == 0) return sentences;
        bool[] quoteOpensBalanced = FindBalancedQuotes(text, tokens);

        int first = 0;
        int headlineEnd = FindHeadlineEnd(text, tokens);
        if (headlineEnd > 0)
        {
            int hs = FirstContentToken(tokens, 0, headlineEnd);
            if (hs < headlineEnd) sentences.Add(new SentenceSpan(tokens[hs].Start, tokens[headlineEnd - 1].End, true));
            first = headlineEnd;
        }

        int start = first, depth = 0;
        for (int k = first; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Quote)
            {
                char q = text[t.Start];
                if (q is '«' or '\u201C' && quoteOpensBalanced[k]) depth++;
                else if (q is '»' or '\u201D' && depth > 0) depth--;
            }
            bool boundary = false;
            int end = k + 1;
            if (t.Kind == TokenKind.Quote && depth == 0 && EndsQuotedSentence(text, tokens, k))
            {
                // «… انتهى الأمر.» ثم: the full stop inside the quotation ends the sentence once the quotation closes.
                boundary = true;
            }
            else if (t.Kind == TokenKind.Punctuation && depth == 0 && IsTerminal(text, t) && !IsAbbreviationDot(text, tokens, k))
            {
                boundary = true;
                // A closing quote or bracket right after the full stop belongs to the sentence.
                while (end < tokens.Count && tokens[end].Start == tokens[end - 1].End && IsCloser(text[tokens[end].Start])) end++;
            }
            else if (k + 1 < tokens.Count && HasLineBreak(text, t.End, tokens[k + 1].Start))
            {
                boundary = true;
                depth = 0;
            }
            if (boundary || end >= tokens.Count)
            {
                Add(sentences, tokens, start, Math.Min(end, tokens.Count));
                start = end;
                k = end - 1;
            }
        }
        if (start < tokens.Count) Add(sentences, tokens, start, tokens.Count);
        return sentences;
    }

    private static void Add(List<SentenceSpan> sentences, IReadOnlyList<TokenSpan> tokens, int from, int to)
    {
        if (from >= to) return;
        // A sentence of bullets and stray marks alone is no sentence: fold it into the one before.
        bool content = false;
        for (int k = from; k < to && !content; k++)
            content = tokens[k].Kind is not (TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Quote);
        if (!content && sentences.Count > 0 && !sentences[^1].IsHeadline)
        {
            sentences[^1] = sentences[^1] with { End = tokens[to - 1].End };
            return;
        }
        sentences.Add(new SentenceSpan(tokens[from].Start, tokens[to - 1].End));
    }

    private static bool EndsQuotedSentence(string text, IReadOnlyList<TokenSpan> tokens, int k)
    {
        char q = text[tokens[k].Start];
        if (q is not ('»' or '\u201D') || k == 0) return false;
        var prev = tokens[k - 1];
        if (prev.Kind != TokenKind.Punctuation || !IsTerminal(text, prev)) return false;
        return k + 1 >= tokens.Count || tokens[k + 1].Kind is not (TokenKind.Punctuation or TokenKind.Quote);
    }

    /// <summary>The index of the first token after the headline, or 0 when the text has no headline of its own.</summary>
    public int FindHeadlineEnd(string text, IReadOnlyList<TokenSpan> tokens)
    {
        int limit = Math.Min(tokens.Count, MaxHeadlineTokens);
        bool inQuote = false;
        for (int k = 0; k < limit; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Quote) inQuote = text[t.Start] is '«' or '\u201C' || (inQuote && text[t.Start] is not ('»' or '\u201D'));
            if (k + 1 < tokens.Count && HasLineBreak(text, t.End, tokens[k + 1].Start))
            {
                // A first line that ends like a sentence is the first sentence, not a headline.
                bool endsSentence = t.Kind == TokenKind.Punctuation && IsTerminal(text, t) && !IsEllipsis(text, t);
                return endsSentence ? 0 : k + 1;
            }
            if (t.Kind != TokenKind.Punctuation || !IsTerminal(text, t)) continue;
            if (!IsEllipsis(text, t) || inQuote) return 0;
            // "headline.. second clause" then the body, often with no mark between them: the body starts at a lead verb.
            for (int j = k + 1; j < tokens.Count && j <= k + MaxHeadlineTailTokens; j++)
            {
                var u = tokens[j];
                if (u.Kind == TokenKind.Punctuation && IsTerminal(text, u)) return j + 1 < tokens.Count ? j + 1 : 0;
                if (u.Kind == TokenKind.ArabicWord && j > k + 1 && _leadVerbs.Contains(ArabicNormalizer.Matching.Normalize(u.SpanOf(text))))
                    return j;
            }
            return k + 1;
        }
        return 0;
    }

    private static int FirstContentToken(IReadOnlyList<TokenSpan> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].Kind is not (TokenKind.Symbol or TokenKind.Punctuation)) return k;
        return to;
    }

    private static bool[] FindBalancedQuotes(string text, IReadOnlyList<TokenSpan> tokens)
    {
        var balanced = new bool[tokens.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Quote) continue;
            char open = text[tokens[k].Start];
            if (open is not ('«' or '\u201C')) continue;
            char close = open == '«' ? '»' : '\u201D';
            int nest = 0;
            for (int j = k + 1; j < tokens.Count && tokens[j].Start - tokens[k].Start < MaxQuoteLength; j++)
            {
                if (HasLineBreak(text, tokens[j - 1].End, tokens[j].Start)) break;
                if (tokens[j].Kind != TokenKind.Quote) continue;
                char c = text[tokens[j].Start];
                if (c == open) nest++;
                else if (c == close && nest-- == 0) { balanced[k] = true; break; }
            }
        }
        return balanced;
    }

    private static bool IsTerminal(string text, TokenSpan t)
    {
        foreach (char c in t.SpanOf(text))
            if (Tokenizer.IsSentenceFinal(c)) return true;
        return false;
    }

    private static bool IsEllipsis(string text, TokenSpan t)
    {
        var s = t.SpanOf(text);
        return s.Length >= 2 && s.IndexOfAnyExcept('.') < 0 || s.Contains('\u2026');
    }

    // "د." and "أ.د." stand before names: a one-letter word followed by a single full stop is an abbreviation.
    private static bool IsAbbreviationDot(string text, IReadOnlyList<TokenSpan> tokens, int k)
    {
        if (tokens[k].Length != 1 || text[tokens[k].Start] != '.' || k == 0 || k + 1 >= tokens.Count) return false;
        var prev = tokens[k - 1];
        return prev.Length == 1 && prev.End == tokens[k].Start && prev.Kind is TokenKind.ArabicWord or TokenKind.LatinWord
            && tokens[k + 1].Kind is TokenKind.ArabicWord or TokenKind.LatinWord;
    }

    private static bool IsCloser(char c) => c is '»' or '\u201D' or '"' or ')' or ']';

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        return false;
    }
}
