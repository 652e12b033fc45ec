using System.Diagnostics;
using Npgsql;

namespace Marsad.Bench;

/// <summary>The peer inside PostgreSQL: its built-in <c>arabic</c> text-search configuration (Snowball stemmer) with a GIN index.</summary>
public sealed class ArchivePostgresArabicSide(NpgsqlConnection c)
{
    public double Index(ArchiveBenchCorpus corpus)
    {
        Exec("""
            CREATE TABLE bench_arabic(hash text NOT NULL, text text NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('arabic', text)) STORED);
            CREATE INDEX bench_arabic_tsv ON bench_arabic USING gin(tsv);
            """);
        var clock = Stopwatch.StartNew();
        using (var copy = c.BeginBinaryImport("COPY bench_arabic(hash, text) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in corpus.Articles)
            {
                copy.StartRow();
                copy.Write(a.Hash);
                copy.Write(a.Content);
            }
            copy.Complete();
        }
        return clock.Elapsed.TotalSeconds;
    }

    public HashSet<string> Find(string query)
    {
        using var cmd = new NpgsqlCommand("SELECT hash FROM bench_arabic WHERE tsv @@ plainto_tsquery('arabic', $1)", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = query });
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var r = cmd.ExecuteReader();
        while (r.Read()) found.Add(r.GetString(0));
        return found;
    }

    private void Exec(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
