using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Text.Corpora;

/// <summary>
/// Reads news articles from JSON Lines, plain or gzip-compressed (id, url, source, title, text, published,
/// category or section). A malformed line is reported through <c>onReject</c> and skipped; reading goes on.
/// </summary>
public static class JsonlCorpus
{
    public static IEnumerable<CorpusArticle> Read(string path, Action<CorpusReject>? onReject = null)
    {
        using var stream = OpenMaybeGzip(path);
        foreach (var a in Read(stream, path, onReject)) yield return a;
    }

    public static Stream OpenMaybeGzip(string path)
    {
        Stream s = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(s, CompressionMode.Decompress) : s;
    }

    public static IEnumerable<CorpusArticle> Read(Stream stream, string name, Action<CorpusReject>? onReject = null)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        long lineNo = 0;
        while (true)
        {
            string? line;
            try { line = reader.ReadLine(); }
            catch (InvalidDataException e) { onReject?.Invoke(new CorpusReject(name, lineNo + 1, "corrupt compressed data: " + e.Message)); yield break; }
            if (line is null) yield break;
            lineNo++;
            if (line.Length == 0 || line.AsSpan().Trim().Length == 0) continue;
            var article = Parse(line, name, lineNo, out string? reason);
            if (article is null) onReject?.Invoke(new CorpusReject(name, lineNo, reason!));
            else yield return article;
        }
    }

    public static CorpusArticle? Parse(string line, string name, long lineNo, out string? reason)
    {
        reason = null;
        JsonObject? obj;
        try { obj = JsonNode.Parse(line) as JsonObject; }
        catch (JsonException e) { reason = "invalid JSON: " + e.Message; return null; }
        if (obj is null) { reason = "not a JSON object"; return null; }
        string? text = Str(obj, "text") ?? Str(obj, "body") ?? Str(obj, "content");
        if (string.IsNullOrWhiteSpace(text)) { reason = "empty text"; return null; }
        return new CorpusArticle(
            Str(obj, "id"), Str(obj, "url"), Str(obj, "source"), Str(obj, "title"), text,
            Str(obj, "published") ?? Str(obj, "date"), Str(obj, "category") ?? Str(obj, "section"), obj, lineNo);
    }

    private static string? Str(JsonObject obj, string key) =>
        obj.TryGetPropertyValue(key, out var node) && node is JsonValue v && v.TryGetValue(out string? s) ? s : node?.ToJsonString();
}
