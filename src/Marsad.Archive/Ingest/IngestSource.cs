using System.Text.Json.Nodes;
using Marsad.Text.Corpora;
using Marsad.Text.Decoding;

namespace Marsad.Archive.Ingest;

/// <summary>
/// Reads what <c>marsad ingest</c> is given: .jsonl and .jsonl.gz corpora (one article a line), .txt and .html
/// files (one article each), directories (recursively, those kinds only) and "-" for standard input (JSON Lines
/// when it starts with '{', else one article). Unreadable records go to <c>onReject</c>; reading goes on.
/// </summary>
public sealed class IngestSource(IReadOnlyList<string> paths, string? source = null)
{
    private static readonly string[] Known = [".jsonl", ".jsonl.gz", ".txt", ".html", ".htm"];
    private static readonly HashSet<string> Stored = ["id", "url", "source", "category", "section", "title", "text", "body", "content", "published", "date"];

    private long _doneBytes;
    private Stream? _current;

    /// <summary>Total size of the input files, for a progress bar (0 when unknown, as for standard input).</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Bytes consumed so far (compressed bytes for .gz).</summary>
    public long BytesRead
    {
        get
        {
            try { return _doneBytes + (_current?.CanSeek == true ? _current.Position : 0); }
            catch (ObjectDisposedException) { return _doneBytes; }
        }
    }

    public IEnumerable<IncomingArticle> Read(Action<IngestReject> onReject)
    {
        var files = new List<string>();
        foreach (string p in paths)
        {
            if (p == "-") { files.Add(p); continue; }
            if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => Known.Any(k => f.EndsWith(k, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(p)) files.Add(p);
            else onReject(new IngestReject(p, "no such file or directory"));
        }
        TotalBytes = files.Where(f => f != "-").Sum(f => new FileInfo(f).Length);
        foreach (string f in files)
        {
            IEnumerable<IncomingArticle> articles = f == "-" ? ReadStdin(onReject)
                : IsJsonl(f) ? ReadJsonl(f, onReject)
                : ReadDocument(f, onReject);
            foreach (var a in articles) yield return a;
            if (f != "-") _doneBytes += new FileInfo(f).Length;
        }
    }

    private static bool IsJsonl(string f) =>
        f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<IncomingArticle> ReadJsonl(string path, Action<IngestReject> onReject)
    {
        Stream file;
        try { file = File.OpenRead(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { onReject(new IngestReject(path, e.Message)); yield break; }
        _current = file;
        try
        {
            Stream s = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : file;
            foreach (var a in JsonlCorpus.Read(s, path, r => onReject(new IngestReject($"{r.File}:{r.LineNumber}", r.Reason))))
                yield return FromCorpus(a, path);
        }
        finally
        {
            _current = null;
            file.Dispose();
        }
    }

    private IEnumerable<IncomingArticle> ReadStdin(Action<IngestReject> onReject)
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        byte[] bytes = buffer.ToArray();
        int i = 0;
        while (i < bytes.Length && (bytes[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' || (i < 3 && bytes[i] is 0xEF or 0xBB or 0xBF))) i++;
        if (i < bytes.Length && bytes[i] == (byte)'{')
        {
            foreach (var a in JsonlCorpus.Read(new MemoryStream(bytes), "<stdin>", r => onReject(new IngestReject($"<stdin>:{r.LineNumber}", r.Reason))))
                yield return FromCorpus(a, "<stdin>");
            yield break;
        }
        var doc = Decode(() => TextDecoder.Decode(bytes, "<stdin>"), "<stdin>", onReject);
        if (doc is not null) yield return new IncomingArticle("<stdin>", null, null, source, null, doc.Title, doc.Text, null, null);
    }

    private IEnumerable<IncomingArticle> ReadDocument(string path, Action<IngestReject> onReject)
    {
        var doc = Decode(() => TextDecoder.DecodeFile(path), path, onReject);
        if (doc is null) yield break;
        yield return new IncomingArticle(path, Path.GetFileName(path), null, source, null, doc.Title, doc.Text, null, null);
    }

    private static DecodedText? Decode(Func<DecodedText> decode, string origin, Action<IngestReject> onReject)
    {
        try { return decode(); }
        catch (InputException e) { onReject(new IngestReject(origin, e.Reason)); return null; }
    }

    private IncomingArticle FromCorpus(CorpusArticle a, string file)
    {
        var extra = new JsonObject();
        foreach (var (key, value) in a.Fields)
            if (!Stored.Contains(key)) extra[key] = value?.DeepClone();
        // PostgreSQL's jsonb has no room for U+0000; no news field needs it.
        string? extraJson = extra.Count == 0 ? null : extra.ToJsonString().Replace("\\u0000", "", StringComparison.Ordinal);
        return new IncomingArticle($"{file}:{a.LineNumber}", a.Id, a.Url, a.Source ?? source, a.Category, a.Title, a.Text, a.Published, extraJson);
    }
}
