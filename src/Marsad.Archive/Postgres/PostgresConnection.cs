using Npgsql;

namespace Marsad.Archive.Postgres;

/// <summary>Accepts both an Npgsql key=value string and a <c>postgres://user:password@host:port/database?k=v</c> URI.</summary>
public static class PostgresConnection
{
    public static string ToConnectionString(string db)
    {
        if (!db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return db;
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri)) throw new ArchiveException($"not a PostgreSQL URI: {Redact(db)}");
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) b.Port = uri.Port;
        string database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0) b.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            string[] user = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length > 1) b.Password = Uri.UnescapeDataString(user[1]);
        }
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]);
            string value = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
            // libpq names that Npgsql spells differently.
            key = key switch { "sslmode" => "SSL Mode", "connect_timeout" => "Timeout", "application_name" => "Application Name", _ => key };
            try { b[key] = value; }
            catch (ArgumentException) { throw new ArchiveException($"unknown PostgreSQL connection parameter '{key}'"); }
        }
        return b.ConnectionString;
    }

    /// <summary>A connection string fit for a message: the password left out.</summary>
    public static string Redact(string connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(ToConnectionStringOrSelf(connectionString));
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException) { return "PostgreSQL"; }
        catch (ArchiveException) { return "PostgreSQL"; }
    }

    private static string ToConnectionStringOrSelf(string s) =>
        s.Contains("://", StringComparison.Ordinal) ? ToConnectionString(s) : s;
}
