using System.Text;
using Marsad.Analysis.Documents;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Archive;

/// <summary>
/// The one definition of what is searchable: for each Arabic word its light stem and its matching form (so
/// طرابلس finds وطرابلس and الليبى matches الليبي); Latin words lower-cased; numbers; the words of hashtags.
/// Terms hold only letters and digits, so every engine's tokenizer sees exactly these terms and nothing else.
/// </summary>
public static class SearchTerms
{
    public const int MaxTermLength = 48;

    /// <summary>Term frequency is counted up to here in ranking: PostgreSQL keeps at most 256 positions per lexeme, and BM25 has long saturated.</summary>
    public const int MaxTermFrequency = 255;

    /// <summary>The terms of one token, stem first, without repeats.</summary>
    public static IEnumerable<string> Of(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.ArabicWord:
                string? stem = Clean(token.Stem);
                string? norm = Clean(token.Norm);
                if (stem is not null) yield return stem;
                if (norm is not null && norm != stem) yield return norm;
                break;
            case TokenKind.LatinWord:
            case TokenKind.Number:
                if (Clean(token.Norm) is { } t) yield return t;
                break;
            case TokenKind.Hashtag:
                foreach (var part in token.Text.TrimStart('#').Split('_', StringSplitOptions.RemoveEmptyEntries))
                    if (Clean(ArabicNormalizer.Matching.Normalize(part)) is { } p) yield return p;
                break;
        }
    }

    /// <summary>The term sequence of a document, in text order (its length is the document length for BM25).</summary>
    public static List<string> OfDocument(Document doc)
    {
        var terms = new List<string>(doc.Tokens.Count * 2);
        foreach (var t in doc.Tokens) terms.AddRange(Of(t));
        return terms;
    }

    /// <summary>A query's terms grouped by word: a document matches when it has a term of every group.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> OfQuery(Document query)
    {
        var groups = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in query.Tokens)
        {
            var group = Of(t).Distinct().ToList();
            if (group.Count == 0) continue;
            if (seen.Add(string.Join(' ', group))) groups.Add(group);
        }
        return groups;
    }

    private static string? Clean(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool keep = char.IsLetterOrDigit(c) && !char.IsSurrogate(c);
            if (keep && !char.IsUpper(c)) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(s, 0, i, s.Length);
            if (keep) sb.Append(char.ToLowerInvariant(c));
        }
        string r = sb?.ToString() ?? s;
        return r.Length == 0 || r.Length > MaxTermLength ? null : r;
    }
}
