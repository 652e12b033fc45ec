using System.Text.Json.Nodes;

namespace Marsad.Extraction.Evaluation;

/// <summary>
/// A hand-made reference analysis in the format of ../shared/examples/libya-oil-crescent.expected.json:
/// <c>input</c> names the article (<c>file</c> beside the reference, or <c>corpus</c> + <c>id</c> under ../shared)
/// and its <c>published</c> date; <c>quotes</c>, <c>dates</c> and <c>entities</c> each have <c>must</c> and
/// <c>should</c> lists. Only what scoring needs is read; other fields (events, topic) are left alone.
/// </summary>
public sealed record ExtractionReference(
    string Path,
    string? File,
    string? Corpus,
    string? Id,
    DateOnly? Published,
    IReadOnlyList<ReferenceQuote> MustQuotes,
    IReadOnlyList<ReferenceQuote> ShouldQuotes,
    IReadOnlyList<ReferenceDate> MustDates,
    IReadOnlyList<ReferenceDate> ShouldDates,
    IReadOnlyList<ReferenceEntity> MustEntities)
{
    public static ExtractionReference Load(string path)
    {
        JsonObject root;
        try { root = JsonNode.Parse(System.IO.File.ReadAllText(path)) as JsonObject ?? throw new FormatException("not a JSON object"); }
        catch (System.Text.Json.JsonException e) { throw new FormatException($"{path}: invalid JSON: {e.Message}", e); }
        var input = root["input"] as JsonObject;
        DateOnly? published = null;
        string? pub = Str(input, "published") ?? Str(root["dates"] as JsonObject, "published");
        if (pub is not null)
        {
            if (!DateOnly.TryParseExact(pub, "yyyy-MM-dd", out var d)) throw new FormatException($"{path}: published '{pub}' is not YYYY-MM-DD");
            published = d;
        }
        return new ExtractionReference(path, Str(input, "file"), Str(input, "corpus"), Str(input, "id"), published,
            Quotes(root, "must"), Quotes(root, "should"), Dates(root, "must"), Dates(root, "should"), Entities(root));
    }

    private static IReadOnlyList<ReferenceQuote> Quotes(JsonObject root, string level) =>
        Items(root["quotes"], level).Select(q => new ReferenceQuote(Str(q, "speaker") ?? "", Str(q, "cue"), Str(q, "kind"), Str(q, "starts") ?? "", Str(q, "via"))).ToList();

    private static IReadOnlyList<ReferenceDate> Dates(JsonObject root, string level) =>
        Items(root["dates"], level).Select(d => new ReferenceDate(Str(d, "text") ?? "", Str(d, "resolves_to") ?? "")).ToList();

    private static IReadOnlyList<ReferenceEntity> Entities(JsonObject root) =>
        Items(root["entities"], "must").Select(e => new ReferenceEntity(Str(e, "type") ?? "", Str(e, "canonical") ?? "",
            (e["mentions"] as JsonArray)?.Select(m => m?.GetValue<string>() ?? "").Where(m => m.Length > 0).ToList() ?? [])).ToList();

    private static IEnumerable<JsonObject> Items(JsonNode? section, string level) =>
        (section as JsonObject)?[level] is JsonArray a ? a.OfType<JsonObject>() : [];

    private static string? Str(JsonObject? o, string key) => o?[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}

public sealed record ReferenceQuote(string Speaker, string? Cue, string? Kind, string Starts, string? Via);
public sealed record ReferenceDate(string Text, string ResolvesTo);
public sealed record ReferenceEntity(string Type, string Canonical, IReadOnlyList<string> Mentions);
