using Marsad.Analysis;
using Marsad.Analysis.Documents;

namespace Marsad.Extraction.Tests;

/// <summary>Builds documents for tests: the text core's analysis plus NER mentions given as (text, type), found in order.</summary>
internal static class Docs
{
    public static Document Make(string text, DateOnly? published = null, params (string Text, string Type)[] mentions)
    {
        var doc = TextAnalyzer.Default.Analyze(text, published);
        var list = new List<EntityMention>();
        int from = 0;
        foreach (var (m, type) in mentions)
        {
            int at = text.IndexOf(m, from, StringComparison.Ordinal);
            if (at < 0) at = text.IndexOf(m, StringComparison.Ordinal);
            Assert.True(at >= 0, $"mention '{m}' is not in the text");
            list.Add(new EntityMention(at, at + m.Length, m, type, 1.0));
            from = at + m.Length;
        }
        return doc with { Entities = list.OrderBy(e => e.Start).ToList() };
    }

    public static ArticleAnalysis Analyze(string text, DateOnly? published = null, params (string Text, string Type)[] mentions) =>
        new ArticleAnalyzer().Extract(Make(text, published, mentions));

    public const string Per = EntityTypes.Person;
    public const string Org = EntityTypes.Organization;
    public const string Loc = EntityTypes.Location;
}
