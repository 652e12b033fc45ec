using Marsad.Analysis.Documents;
using Marsad.Extraction;

namespace Marsad.Cli.Commands;

/// <summary>The JSON shape of <c>marsad analyze</c> (documented in the README).</summary>
internal sealed record AnalysisView(
    string Text,
    string? Published,
    AnalysisView.SpanView? Headline,
    IReadOnlyList<AnalysisView.SentenceView> Sentences,
    IReadOnlyList<AnalysisView.TokenView> Tokens,
    IReadOnlyList<AnalysisView.EntityView> Entities,
    IReadOnlyList<Marsad.Extraction.Entities.ArticleEntity> EntityList,
    IReadOnlyList<Marsad.Extraction.Quotes.Quote> Quotes,
    IReadOnlyList<Marsad.Extraction.Numbers.NumberMention> Numbers,
    IReadOnlyList<Marsad.Extraction.Dates.DateMention> Dates)
{
    /// <summary>A mention with its article-level identity; <c>score</c> is the recogniser's confidence (absent for mentions found by rule).</summary>
    public sealed record EntityView(int Start, int End, string Text, string Type, double? Score, int Id, string Canonical, string? Title, string? Role, string Origin);
    public sealed record SpanView(int Start, int End, string Text);
    public sealed record SentenceView(int Start, int End, bool? Headline);
    public sealed record TokenView(int Start, int End, string Text, string Norm, IReadOnlyList<string> Segments, string Stem, string Kind);

    public static AnalysisView From(Marsad.Extraction.ArticleAnalysis analysis) => From(analysis.Document, analysis);

    private static AnalysisView From(Document doc, Marsad.Extraction.ArticleAnalysis a) => new(
        doc.Text,
        doc.Published?.ToString("yyyy-MM-dd"),
        doc.Headline is { } h ? new SpanView(h.Start, h.End, doc.Text[h.Start..h.End]) : null,
        doc.Sentences.Select(s => new SentenceView(s.Start, s.End, s.IsHeadline ? true : null)).ToList(),
        doc.Tokens.Select(t => new TokenView(t.Start, t.End, t.Text, t.Norm, t.Segments, t.Stem, KindName(t.Kind))).ToList(),
        a.Entities.Mentions.Select(m => new EntityView(m.Start, m.End, m.Text, m.Type, ScoreOf(doc, m.Start, m.End), m.Id, m.Canonical, m.Title, m.Role, m.Origin)).ToList(),
        a.Entities.Entities, a.Quotes, a.Numbers, a.Dates);

    private static double? ScoreOf(Document doc, int start, int end)
    {
        foreach (var e in doc.Entities)
            if (e.Start == start && e.End == end) return Math.Round(e.Score, 4);
        return null;
    }

    private static string KindName(Marsad.Text.Tokenization.TokenKind kind) => kind switch
    {
        Marsad.Text.Tokenization.TokenKind.ArabicWord => "arabic",
        Marsad.Text.Tokenization.TokenKind.LatinWord => "latin",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static void WriteText(AnalysisView view, TextWriter w)
    {
        if (view.Headline is { } h) w.WriteLine($"headline: {h.Text}");
        int n = 0;
        foreach (var s in view.Sentences)
        {
            if (s.Headline == true) continue;
            w.WriteLine($"[{++n}] {view.Text[s.Start..s.End]}");
        }
        w.WriteLine();
        w.WriteLine(string.Join(' ', view.Tokens.Select(t => string.Join('+', t.Segments))));
        if (view.Entities.Count > 0) w.WriteLine();
        foreach (var e in view.Entities) w.WriteLine($"{e.Type}\t{e.Text}\t[{e.Start},{e.End})\t{e.Score:F2}");
    }
}
