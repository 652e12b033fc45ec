using Microsoft.Data.Sqlite;

namespace Marsad.Archive.Sqlite;

/// <summary>
/// The SQLite archive's tables, created and migrated on first use (version in <c>PRAGMA user_version</c>).
/// Search terms go to a contentless FTS5 table keyed by article id; the two fts5vocab views give document
/// frequencies and per-document term frequencies for the engine-neutral BM25. Texts live apart from the
/// article rows so that matching and statistics read narrow rows only.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    private const string V1 = """
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            external_id TEXT, url TEXT, source TEXT, category TEXT,
            published TEXT,
            term_count INTEGER NOT NULL,
            ingested TEXT NOT NULL);
        CREATE TABLE article_texts(
            id INTEGER PRIMARY KEY REFERENCES articles(id),
            title TEXT,
            text TEXT NOT NULL,
            extra TEXT);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source);
        CREATE TABLE entities(
            article_id INTEGER NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, norm TEXT NOT NULL, type TEXT NOT NULL, score REAL NOT NULL);
        CREATE INDEX entities_article ON entities(article_id);
        CREATE INDEX entities_norm ON entities(norm, type);
        CREATE VIRTUAL TABLE article_terms USING fts5(terms, content='', columnsize=0, detail=full, tokenize="unicode61 remove_diacritics 0");
        CREATE VIRTUAL TABLE article_terms_row USING fts5vocab(article_terms, row);
        CREATE VIRTUAL TABLE article_terms_instance USING fts5vocab(article_terms, instance);
        """;

    public static void Migrate(SqliteConnection c, string path)
    {
        int version = UserVersion(c);
        if (version == Version) return;
        if (version > Version) throw new ArchiveException($"{path}: archive schema version {version} is newer than this marsad understands ({Version})");
        using var tx = c.BeginTransaction();
        version = UserVersion(c, tx);
        if (version == 0)
        {
            if (HasTables(c, tx)) throw new ArchiveException($"{path}: an SQLite database that is not a Marsad archive");
            Exec(c, V1, tx);
            Exec(c, $"PRAGMA user_version = {Version}", tx);
        }
        tx.Commit();
    }

    private static int UserVersion(SqliteConnection c, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool HasTables(SqliteConnection c, SqliteTransaction tx)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT count(*) FROM sqlite_master";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public static void Exec(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
