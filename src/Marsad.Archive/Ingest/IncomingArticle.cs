namespace Marsad.Archive.Ingest;

/// <summary>One record as read, before analysis. <see cref="Origin"/> names it in messages (file:line).</summary>
public sealed record IncomingArticle(
    string Origin, string? Id, string? Url, string? Source, string? Category, string? Title, string Text, string? Published, string? ExtraJson);

/// <summary>A record that was not stored, and why.</summary>
public sealed record IngestReject(string Origin, string Reason);

/// <summary>The tally of an ingest run.</summary>
public sealed record IngestCounts(long Added, long Duplicates, long Rejected)
{
    public long Processed => Added + Duplicates + Rejected;
}
