using Marsad.Analysis.Documents;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction;

/// <summary>
/// The document's tokens with what every extractor asks of them: the sentence each lies in, the token at a
/// character, and readings of a word with its proclitics (و، ف، ب، ل، ك) taken off.
/// </summary>
internal sealed class TokenIndex
{
    public Document Doc { get; }
    public IReadOnlyList<Token> Tokens { get; }
    private readonly int[] _sentenceOf;
    private readonly int[] _sentenceEndToken;

    public TokenIndex(Document doc)
    {
        Doc = doc;
        Tokens = doc.Tokens;
        _sentenceOf = new int[Tokens.Count];
        _sentenceEndToken = new int[Math.Max(doc.Sentences.Count, 1)];
        int s = 0;
        for (int k = 0; k < Tokens.Count; k++)
        {
            while (s < doc.Sentences.Count - 1 && Tokens[k].Start >= doc.Sentences[s].End) s++;
            _sentenceOf[k] = s;
            if (s < _sentenceEndToken.Length) _sentenceEndToken[s] = k + 1;
        }
        PairQuotes();
    }

    public int Count => Tokens.Count;
    public Token this[int k] => Tokens[k];
    public string Norm(int k) => Tokens[k].Norm;
    public int SentenceOf(int k) => _sentenceOf[k];
    /// <summary>One past the last token of the sentence holding token k.</summary>
    public int SentenceEnd(int k) => _sentenceEndToken[_sentenceOf[k]];
    public int SentenceStart(int k)
    {
        int s = _sentenceOf[k];
        while (k > 0 && _sentenceOf[k - 1] == s) k--;
        return k;
    }

    public bool IsWord(int k) => k >= 0 && k < Count && Tokens[k].Kind == TokenKind.ArabicWord;
    public bool IsPunct(int k, params char[] marks) => k >= 0 && k < Count && Tokens[k].Kind == TokenKind.Punctuation && marks.Contains(Tokens[k].Text[0]);
    public bool IsComma(int k) => IsPunct(k, ',', '\u060C');
    public bool IsColon(int k) => IsPunct(k, ':');
    public bool IsQuoteMark(int k) => k >= 0 && k < Count && Tokens[k].Kind == TokenKind.Quote;
    /// <summary>A quotation mark that opens a quotation whose closing mark is known (<see cref="QuotationEnd"/>).</summary>
    public bool IsOpenQuote(int k) => k >= 0 && k < Count && _closeOf.ContainsKey(k);

    /// <summary>The closing mark of the quotation opened at k.</summary>
    public int? QuotationEnd(int open) => _closeOf.TryGetValue(open, out int c) ? c : null;

    /// <summary>The opening mark of the quotation closed at k.</summary>
    public int? QuotationStart(int close) => _openOf.TryGetValue(close, out int o) ? o : null;

    private readonly Dictionary<int, int> _closeOf = [];
    private readonly Dictionary<int, int> _openOf = [];

    /// <summary>
    /// Pairs quotation marks within a paragraph: « with », “ with ” (nesting), and the straight " in turn,
    /// the first opening and the next closing, so that a closing " is never taken for an opening one.
    /// </summary>
    private void PairQuotes()
    {
        var stack = new List<(int Index, char Close)>();
        int straight = -1;
        for (int k = 0; k < Count; k++)
        {
            if (k > 0 && Doc.Text.AsSpan(Tokens[k - 1].End, Tokens[k].Start - Tokens[k - 1].End).IndexOfAny('\n', '\r') >= 0)
            {
                stack.Clear();
                straight = -1;
            }
            if (Tokens[k].Kind != TokenKind.Quote) continue;
            char c = Tokens[k].Text[0];
            if (c is '«' or '\u201C') stack.Add((k, c == '«' ? '»' : '\u201D'));
            else if (c is '»' or '\u201D')
            {
                int at = stack.FindLastIndex(s => s.Close == c);
                if (at < 0) continue;
                Pair(stack[at].Index, k);
                stack.RemoveRange(at, stack.Count - at);
            }
            else if (c == '"')
            {
                if (straight < 0) straight = k;
                else { Pair(straight, k); straight = -1; }
            }
        }
    }

    private void Pair(int open, int close)
    {
        _closeOf[open] = close;
        _openOf[close] = open;
    }
    public bool IsBreak(int k) => k >= 0 && k < Count && Tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, '-', '(', ')', '/');

    /// <summary>The index of the first token starting at or after char position p.</summary>
    public int TokenAtOrAfter(int p)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Start < p) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first token ending after char position p: the token holding p, or the next one.</summary>
    public int FirstTokenEndingAfter(int p)
    {
        int k = TokenAtOrAfter(p);
        while (k > 0 && Tokens[k - 1].End > p) k--;
        return k;
    }

    /// <summary>
    /// Readings of a word with its proclitics taken off, each with how many normalised letters were cut:
    /// والجيش → (والجيش,0) (الجيش,1); للجيش → (الجيش,1) via لل = ل + ال; لحفتر → (حفتر,1).
    /// </summary>
    public static IEnumerable<(string Form, int Cut)> Readings(string norm)
    {
        yield return (norm, 0);
        int cut = 0;
        string w = norm;
        if (w.Length > 3 && w[0] is 'و' or 'ف')
        {
            w = w[1..];
            cut = 1;
            yield return (w, cut);
        }
        if (w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك')
        {
            if (w[0] == 'ل' && w[1] == 'ل') yield return ("ا" + w[1..], cut + 1);
            else yield return (w[1..], cut + 1);
        }
    }

    /// <summary>The original-text position of the n-th normalised letter of token k.</summary>
    public int OriginalOffset(int k, int normLetters)
    {
        var t = Tokens[k];
        int seen = 0;
        for (int i = 0; i < t.Text.Length; i++)
        {
            if (seen == normLetters) return t.Start + i;
            if (!ArabicNormalizer.Matching.Removes(t.Text[i])) seen++;
        }
        return t.End;
    }

    public string Text(int start, int end) => Doc.Text[start..end];

    /// <summary>The matching forms of the words overlapping [start, end), each cut to the span (a clitic outside it is dropped).</summary>
    public string[] WordsIn(int start, int end)
    {
        var words = new List<string>();
        for (int k = FirstTokenEndingAfter(start); k < Count && Tokens[k].Start < end; k++)
        {
            var tok = Tokens[k];
            if (tok.End <= start || tok.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol) continue;
            int a = Math.Max(tok.Start, start), b = Math.Min(tok.End, end);
            string n = ArabicNormalizer.Matching.Normalize(Doc.Text.AsSpan(a, b - a));
            if (n.Length > 0) words.Add(n);
        }
        return [.. words];
    }
}
