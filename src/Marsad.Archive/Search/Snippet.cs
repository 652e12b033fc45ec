using Marsad.Analysis.Documents;

namespace Marsad.Archive.Search;

/// <summary>A passage of the original text [Start, End) with the query's matches as spans relative to <see cref="Text"/>.</summary>
public sealed record Snippet(int Start, int End, string Text, IReadOnlyList<Highlight> Highlights, bool CutBefore, bool CutAfter);

public readonly record struct Highlight(int Start, int End);

/// <summary>
/// Picks the passage with the most distinct query words and marks them, on the original text: every match is a
/// token whose search terms meet the query's, so وطرابلس is marked for a query طرابلس.
/// </summary>
public static class SnippetMaker
{
    public const int WindowTokens = 36;
    private const int ContextBefore = 8;

    public static Snippet Make(Document doc, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var tokens = doc.Tokens;
        var matches = new List<(int Token, int Group)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var terms = SearchTerms.Of(tokens[i]).ToList();
            if (terms.Count == 0) continue;
            for (int g = 0; g < groups.Count; g++)
                if (groups[g].Any(terms.Contains)) { matches.Add((i, g)); break; }
        }
        // The title is shown on its own: prefer a passage of the body when the body has a match.
        int bodyFrom = doc.Headline is { } h ? tokens.TakeWhile(t => t.End <= h.End).Count() : 0;
        if (matches.Any(m => m.Token >= bodyFrom)) matches.RemoveAll(m => m.Token < bodyFrom);
        else bodyFrom = 0;

        int first = bodyFrom;
        if (matches.Count > 0)
        {
            int best = -1, bestStart = matches[0].Token;
            for (int i = 0; i < matches.Count; i++)
            {
                int distinct = matches.Skip(i).TakeWhile(m => m.Token < matches[i].Token + WindowTokens - ContextBefore).Select(m => m.Group).Distinct().Count();
                if (distinct > best) { best = distinct; bestStart = matches[i].Token; }
            }
            first = Math.Max(bodyFrom, bestStart - ContextBefore);
        }
        if (tokens.Count == 0) return new Snippet(0, Math.Min(doc.Text.Length, 200), doc.Text[..Math.Min(doc.Text.Length, 200)], [], false, doc.Text.Length > 200);
        int last = Math.Min(tokens.Count - 1, first + WindowTokens - 1);
        int start = tokens[first].Start, end = tokens[last].End;
        var highlights = matches.Where(m => m.Token >= first && m.Token <= last)
            .Select(m => new Highlight(tokens[m.Token].Start - start, tokens[m.Token].End - start)).ToList();
        string text = doc.Text[start..end].ReplaceLineEndings(" ");
        return new Snippet(start, end, text, highlights, first > bodyFrom, last < tokens.Count - 1);
    }
}
