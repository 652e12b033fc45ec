using Npgsql;

namespace Marsad.Archive.Postgres;

/// <summary>
/// The PostgreSQL archive's tables, created and migrated on first use under an advisory lock, so several
/// workers starting together create them once. Terms are a tsvector with a GIN index.
/// </summary>
internal static class PostgresSchema
{
    public const int Version = 1;
    private const long LockKey = 0x4D61727361640001; // "Marsad" + schema lock

    private const string V1 = """
        CREATE TABLE articles(
            id bigserial PRIMARY KEY,
            hash text NOT NULL UNIQUE,
            external_id text, url text, source text, category text,
            published date,
            term_count integer NOT NULL,
            terms tsvector NOT NULL,
            ingested timestamptz NOT NULL DEFAULT now());
        CREATE TABLE article_texts(
            id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            title text,
            text text NOT NULL,
            extra jsonb);
        CREATE INDEX articles_terms ON articles USING gin(terms);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source);
        CREATE TABLE entities(
            article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start integer NOT NULL, "end" integer NOT NULL,
            text text NOT NULL, norm text NOT NULL, type text NOT NULL, score real NOT NULL);
        CREATE INDEX entities_article ON entities(article_id);
        CREATE INDEX entities_norm ON entities(norm, type);
        """;

    public static void Migrate(NpgsqlConnection c, string where)
    {
        using var tx = c.BeginTransaction();
        Exec(c, tx, $"SELECT pg_advisory_xact_lock({LockKey})");
        Exec(c, tx, "CREATE TABLE IF NOT EXISTS marsad_schema(version integer NOT NULL)");
        using var read = new NpgsqlCommand("SELECT max(version) FROM marsad_schema", c, tx);
        int version = read.ExecuteScalar() is int v ? v : 0;
        if (version > Version) throw new ArchiveException($"{where}: archive schema version {version} is newer than this marsad understands ({Version})");
        if (version == 0)
        {
            Exec(c, tx, V1);
            Exec(c, tx, $"INSERT INTO marsad_schema(version) VALUES({Version})");
        }
        tx.Commit();
    }

    private static void Exec(NpgsqlConnection c, NpgsqlTransaction tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c, tx);
        cmd.ExecuteNonQuery();
    }
}
