using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Analysis.Documents;
using Marsad.Archive;
using Marsad.Archive.Search;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad search QUERY</c>: BM25 over the archive's analysed terms, with snippets and entity facets.</summary>
internal static class SearchCommand
{
    private static readonly string[] Types = [EntityTypes.Person, EntityTypes.Location, EntityTypes.Organization, EntityTypes.Misc];

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find; every word must occur, in any inflected form the analysis folds together" };
        var db = ArchiveOptions.Db();
        var from = new Option<string?>("--from") { Description = "Published on or after YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Published on or before YYYY-MM-DD" };
        var source = new Option<string?>("--source") { Description = "Only this source" };
        var entity = new Option<string?>("--entity") { Description = "Only articles that mention this entity" };
        var type = new Option<string?>("--type") { Description = "Only articles with an entity of this type (PER, LOC, ORG, MISC); facets of this type" };
        type.AcceptOnlyFromAmong(Types);
        var limit = new Option<int>("--limit") { Description = "How many results", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "JSON output" };
        var cmd = new Command("search", "Search the archive: the query is analysed like the articles, ranked by BM25, with highlighted snippets and entity facets.")
        {
            query, db, from, to, source, entity, type, limit, json,
        };
        cmd.SetAction(r => ArchiveOptions.Run(() =>
        {
            if (r.GetValue(limit) < 1) throw new CliException("--limit must be at least 1");
            var filter = new SearchFilter(
                Date(r.GetValue(from), "--from"), Date(r.GetValue(to), "--to"), r.GetValue(source),
                r.GetValue(entity) is { } e ? EntityKey.Of(e) : null, r.GetValue(type));
            using var archive = ArchiveFactory.Open(r.GetValue(db));
            var search = new ArchiveSearch(archive);
            var results = search.Search(new SearchRequest(r.GetValue(query)!, filter, r.GetValue(limit)));
            if (results.Terms.Count == 0) throw new CliException($"the query '{r.GetValue(query)}' has no searchable words");
            if (r.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(SearchView.From(results), JsonOutput.Options));
            else WriteText(results, Console.Out);
            return 0;
        }));
        return cmd;
    }

    private static DateOnly? Date(string? value, string option)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new CliException($"{option} '{value}' is not a date of the form YYYY-MM-DD");
    }

    private static void WriteText(SearchResults results, TextWriter w)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Matches} matches ({results.Milliseconds:F0} ms); terms: {string.Join(" & ", results.Terms.Select(g => string.Join('|', g)))}"));
        int n = 0;
        foreach (var h in results.Hits)
        {
            w.WriteLine();
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{++n}. {h.Title ?? "(untitled)"}  [{h.Score:F2}]"));
            w.WriteLine($"   {h.Source ?? "-"} · {h.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"} · {h.Url ?? h.ExternalId ?? "#" + h.Id}");
            w.WriteLine("   " + Marked(h.Snippet));
        }
        if (results.Facets.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("entities: " + string.Join(", ", results.Facets.Select(f => $"{f.Text} ({f.Type}) {f.Articles}")));
        }
    }

    /// <summary>The snippet with each match between ⟦ ⟧: visible in any terminal, and not a character Arabic news uses.</summary>
    private static string Marked(Snippet s)
    {
        var sb = new StringBuilder();
        if (s.CutBefore) sb.Append("… ");
        int at = 0;
        foreach (var h in s.Highlights)
        {
            sb.Append(s.Text, at, h.Start - at).Append('⟦').Append(s.Text, h.Start, h.End - h.Start).Append('⟧');
            at = h.End;
        }
        sb.Append(s.Text, at, s.Text.Length - at);
        if (s.CutAfter) sb.Append(" …");
        return sb.ToString();
    }
}

/// <summary>The JSON shape of <c>marsad search --json</c>.</summary>
internal sealed record SearchView(string Query, IReadOnlyList<IReadOnlyList<string>> Terms, int Matches, double TookMs, IReadOnlyList<SearchView.Hit> Hits, IReadOnlyList<EntityCount> Facets)
{
    public sealed record Hit(long Id, string? ExternalId, double Score, string? Title, string? Source, string? Category, string? Published, string? Url, SnippetView Snippet);
    public sealed record SnippetView(int Start, int End, string Text, IReadOnlyList<Highlight> Highlights);

    public static SearchView From(SearchResults r) => new(
        r.Query, r.Terms, r.Matches, Math.Round(r.Milliseconds, 1),
        r.Hits.Select(h => new Hit(h.Id, h.ExternalId, Math.Round(h.Score, 4), h.Title, h.Source, h.Category,
            h.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Url,
            new SnippetView(h.Snippet.Start, h.Snippet.End, h.Snippet.Text, h.Snippet.Highlights))).ToList(),
        r.Facets);
}
