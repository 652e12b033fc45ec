using System.Globalization;
using System.Threading.Channels;

namespace Marsad.Archive.Ingest;

/// <summary>
/// Read → analyse in parallel on all cores → write, one batch per transaction through a single writer.
/// Batches keep input order, so a re-run after a crash meets the same articles in the same order: the committed
/// ones come back as duplicates and the rest are added. A bad record is rejected with its reason and never
/// stops the batch it is in.
/// </summary>
public sealed class IngestPipeline(IArchive archive, DocumentAnalysis analysis, Action<IngestReject> onReject, int batchSize = 500)
{
    /// <summary>Longer texts are rejected: they are not news articles, and their analysis would take gigabytes.</summary>
    public const int MaxTextLength = 1_000_000;

    private long _added, _duplicates, _rejected;
    private readonly Lock _rejectLock = new();

    public IngestCounts Counts => new(Interlocked.Read(ref _added), Interlocked.Read(ref _duplicates), Interlocked.Read(ref _rejected));

    /// <summary>Words analysed so far (tokens of every kind), for throughput figures.</summary>
    public long Tokens => Interlocked.Read(ref _tokens);
    private long _tokens;

    /// <summary>Counts and reports a rejected record; the reader of the input reports its own rejects here too.</summary>
    public void Reject(IngestReject r)
    {
        Interlocked.Increment(ref _rejected);
        lock (_rejectLock) onReject(r);
    }

    public IngestCounts Run(IEnumerable<IncomingArticle> input, Action<IngestCounts>? onBatch = null, CancellationToken cancel = default)
    {
        var channel = Channel.CreateBounded<ArchiveRecord[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var raw in Batches(input, batchSize))
                {
                    cancel.ThrowIfCancellationRequested();
                    var prepared = new ArchiveRecord?[raw.Count];
                    var reasons = new string?[raw.Count];
                    Parallel.For(0, raw.Count, new ParallelOptions { CancellationToken = cancel }, i =>
                    {
                        try { prepared[i] = Prepare(raw[i], out reasons[i]); }
                        catch (Exception e) when (e is not OperationCanceledException) { reasons[i] = "analysis failed: " + e.Message; }
                    });
                    for (int i = 0; i < raw.Count; i++)
                        if (prepared[i] is null) Reject(new IngestReject(raw[i].Origin, reasons[i] ?? "not analysed"));
                    var records = prepared.Where(p => p is not null).Select(p => p!).ToArray();
                    if (records.Length > 0) channel.Writer.WriteAsync(records, cancel).AsTask().GetAwaiter().GetResult();
                }
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, cancel);

        try
        {
            var reader = channel.Reader;
            while (reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var batch))
                {
                    WriteBatch(batch, Reject);
                    onBatch?.Invoke(Counts);
                }
            }
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
        producer.GetAwaiter().GetResult();
        return Counts;
    }

    private void WriteBatch(ArchiveRecord[] batch, Action<IngestReject> reject)
    {
        try
        {
            Add(archive.Write(batch));
        }
        catch (Exception e) when (IsRecordError(e))
        {
            // One record the database refuses must not cost the others: write them one by one to find it.
            foreach (var r in batch)
            {
                try { Add(archive.Write([r])); }
                catch (Exception one) when (IsRecordError(one))
                {
                    reject(new IngestReject(r.ExternalId ?? r.Hash[..12], "refused by the database: " + one.Message.ReplaceLineEndings(" ")));
                }
            }
        }
    }

    /// <summary>Errors about the data (a value too large, a bad encoding); a lost connection is not one and stops the run.</summary>
    private static bool IsRecordError(Exception e) => e switch
    {
        Npgsql.PostgresException pg => pg.SqlState.StartsWith("22", StringComparison.Ordinal) || pg.SqlState.StartsWith("54", StringComparison.Ordinal),
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode is 18 /* SQLITE_TOOBIG */ or 20 /* SQLITE_MISMATCH */,
        _ => false,
    };

    private void Add(WriteResult w)
    {
        Interlocked.Add(ref _added, w.Added);
        Interlocked.Add(ref _duplicates, w.Duplicates);
    }

    private ArchiveRecord? Prepare(IncomingArticle a, out string? reason)
    {
        reason = null;
        string text = Clean(a.Text);
        string? title = a.Title is null ? null : Clean(a.Title);
        if (string.IsNullOrWhiteSpace(text)) { reason = "empty text"; return null; }
        string content = ArticleContent.Compose(title, text);
        if (content.Length > MaxTextLength)
        {
            reason = $"text too long: {content.Length.ToString("N0", CultureInfo.InvariantCulture)} characters (at most {MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)})";
            return null;
        }
        DateOnly? published = ParseDate(a.Published);
        var doc = analysis.Analyze(content, published, a.Source);
        Interlocked.Add(ref _tokens, doc.Tokens.Count);
        var terms = SearchTerms.OfDocument(doc);
        if (terms.Count == 0) { reason = "no searchable words"; return null; }
        return new ArchiveRecord(ArticleContent.Hash(content), a.Id, a.Url, a.Source, a.Category, title, text, published, a.ExtraJson, terms, doc.Entities);
    }

    /// <summary>U+0000 has no place in news text and PostgreSQL cannot store it.</summary>
    private static string Clean(string s) => s.Contains('\0', StringComparison.Ordinal) ? s.Replace("\0", "", StringComparison.Ordinal) : s;

    /// <summary>The date part of an ISO date or timestamp (2018-02-18T21:35:43+04:00 → 2018-02-18); anything else is left undated.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 10) return null;
        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static IEnumerable<List<IncomingArticle>> Batches(IEnumerable<IncomingArticle> input, int size)
    {
        var batch = new List<IncomingArticle>(size);
        foreach (var a in input)
        {
            batch.Add(a);
            if (batch.Count >= size) { yield return batch; batch = new List<IncomingArticle>(size); }
        }
        if (batch.Count > 0) yield return batch;
    }
}
