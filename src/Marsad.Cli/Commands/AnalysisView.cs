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
    IReadOnlyList<Marsad.Extraction.Entities.ResolvedMention> Entities,
    IReadOnlyList<Marsad.Extraction.Entities.ArticleEntity> EntityList,
    IReadOnlyList<Marsad.Extraction.Quotes.Quote> Quotes,
    IReadOnlyList<Marsad.Extraction.Numbers.NumberMention> Numbers,
    IReadOnlyList<Marsad.Extraction.Dates.DateMention> Dates)
{
    public sealed record SpanView(int Start, int End, string Text);
    public sealed record SentenceView(int Start, int End, bool? Headline);
    public sealed record TokenView(int Start, int End, string Text, string Norm, IReadOnlyList<string> Segments, string Stem, string Kind);

    public static AnalysisView From(ArticleAnalysis analysis) => From(analysis.Document, analysis);

    private static AnalysisView From(Document doc, ArticleAnalysis a) => new(
        doc.Text,
        doc.Published?.ToString("yyyy-MM-dd"),
        doc.Headline is { } h ? new SpanView(h.Start, h.End, doc.Text[h.Start..h.End]) : null,
        doc.Sentences.Select(s => new SentenceView(s.Start, s.End, s.IsHeadline ? true : null)).ToList(),
        doc.Tokens.Select(t => new TokenView(t.Start, t.End, t.Text, t.Norm, t.Segments, t.Stem, KindName(t.Kind))).ToList(),
        a.Entities.Mentions, a.Entities.Entities, a.Quotes, a.Numbers, a.Dates);

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
    }
}
