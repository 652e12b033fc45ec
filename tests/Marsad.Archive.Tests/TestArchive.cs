using Marsad.Archive;
using Npgsql;

namespace Marsad.Archive.Tests;

/// <summary>
/// An empty archive for one test: a temp SQLite file, or a fresh schema in the PostgreSQL named by
/// MARSAD_TEST_PG. Without that variable PostgreSQL tests skip, except under CI=true where that is a failure.
/// </summary>
internal sealed class TestArchive : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? _dir;
    private readonly string? _schema;
    private readonly string? _admin;

    /// <summary>The value for --db.</summary>
    public string Db { get; }
    public string Engine { get; }

    private TestArchive(string engine, string db, string? dir, string? schema, string? admin)
    {
        Engine = engine; Db = db; _dir = dir; _schema = schema; _admin = admin;
    }

    public static TestArchive Create(string engine)
    {
        if (engine == Sqlite)
        {
            string dir = Directory.CreateTempSubdirectory("marsad-archive-test-").FullName;
            return new TestArchive(engine, Path.Combine(dir, "test.db"), dir, null, null);
        }
        string admin = PostgresOrSkip();
        string schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(admin))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        var b = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
        return new TestArchive(engine, b.ConnectionString, null, schema, admin);
    }

    public static string PostgresOrSkip()
    {
        string? pg = Environment.GetEnvironmentVariable("MARSAD_TEST_PG");
        if (!string.IsNullOrWhiteSpace(pg)) return pg;
        const string why = "MARSAD_TEST_PG is not set: no PostgreSQL to test against (source .ci/postgres.sh && pg_start)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(why);
        Assert.Skip(why);
        return "";
    }

    public IArchive Open() => ArchiveFactory.Open(Db);

    public void Dispose()
    {
        if (_dir is not null)
        {
            try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        }
        if (_schema is not null && _admin is not null)
        {
            using var c = new NpgsqlConnection(_admin);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", c);
            cmd.ExecuteNonQuery();
        }
    }
}
