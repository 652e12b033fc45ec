using Marsad.Archive.Postgres;
using Marsad.Archive.Sqlite;

namespace Marsad.Archive;

/// <summary>Opens the archive named by <c>--db</c>: a file path is SQLite; <c>Host=…</c> or <c>postgres://…</c> is PostgreSQL.</summary>
public static class ArchiveFactory
{
    public const string DefaultPath = "marsad.db";

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (db.Contains('=') && db.Contains("host", StringComparison.OrdinalIgnoreCase));

    public static IArchive Open(string? db)
    {
        db = string.IsNullOrWhiteSpace(db) ? DefaultPath : db;
        return IsPostgres(db) ? PostgresArchive.Open(PostgresConnection.ToConnectionString(db)) : SqliteArchive.Open(db);
    }
}

/// <summary>The archive cannot be opened or used (no server, wrong schema version…): one line for the user.</summary>
public sealed class ArchiveException(string message, Exception? inner = null) : Exception(message, inner);
