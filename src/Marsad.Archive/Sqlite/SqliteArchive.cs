using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Analysis.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Archive.Sqlite;

/// <summary>
/// The embedded archive: one SQLite file in WAL mode. Each <see cref="Write"/> is one transaction, so a killed
/// ingest leaves every earlier batch whole and the interrupted one absent.
/// </summary>
public sealed class SqliteArchive : IArchive
{
    private readonly SqliteConnection _c;
    private readonly string _path;

    private SqliteArchive(SqliteConnection c, string path) { _c = c; _path = path; }

    public string Description => $"SQLite {_path}";

    public static SqliteArchive Open(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ArchiveException($"{path}: is a directory, not an archive file");
        string? dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir)) throw new ArchiveException($"{path}: no such directory {dir}");
        var cs = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 60 };
        var c = new SqliteConnection(cs.ToString());
        try
        {
            c.Open();
            SqliteSchema.Exec(c, "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
            SqliteSchema.Migrate(c, path);
            return new SqliteArchive(c, path);
        }
        catch (SqliteException e)
        {
            c.Dispose();
            throw new ArchiveException($"{path}: cannot open as an SQLite archive: {e.Message}", e);
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    public WriteResult Write(IReadOnlyList<ArchiveRecord> batch)
    {
        int added = 0, duplicates = 0;
        using var tx = _c.BeginTransaction();
        using var article = Command(tx, """
            INSERT INTO articles(hash, external_id, url, source, category, published, term_count, ingested)
            VALUES($hash, $eid, $url, $source, $category, $published, $terms, $ingested)
            ON CONFLICT(hash) DO NOTHING RETURNING id
            """, "$hash", "$eid", "$url", "$source", "$category", "$published", "$terms", "$ingested");
        using var body = Command(tx, "INSERT INTO article_texts(id, title, text, extra) VALUES($id, $title, $text, $extra)", "$id", "$title", "$text", "$extra");
        using var terms = Command(tx, "INSERT INTO article_terms(rowid, terms) VALUES($id, $terms)", "$id", "$terms");
        using var entity = Command(tx, """
            INSERT INTO entities(article_id, start, "end", text, norm, type, score) VALUES($id, $start, $end, $text, $norm, $type, $score)
            """, "$id", "$start", "$end", "$text", "$norm", "$type", "$score");
        string now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        foreach (var r in batch)
        {
            Set(article, r.Hash, r.ExternalId, r.Url, r.Source, r.Category,
                r.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Terms.Count, now);
            object? id = article.ExecuteScalar();
            if (id is null) { duplicates++; continue; }
            added++;
            Set(body, id, r.Title, r.Text, r.ExtraJson);
            body.ExecuteNonQuery();
            Set(terms, id, string.Join(' ', r.Terms));
            terms.ExecuteNonQuery();
            foreach (var e in r.Entities)
            {
                Set(entity, id, e.Start, e.End, e.Text, EntityKey.Of(e.Text), e.Type, e.Score);
                entity.ExecuteNonQuery();
            }
        }
        tx.Commit();
        return new WriteResult(added, duplicates);
    }

    public long Count() => Scalar("SELECT count(*) FROM articles");

    public CorpusStatistics Statistics(IReadOnlyCollection<string> terms)
    {
        long docs, total;
        using (var cmd = Command(null, "SELECT count(*), coalesce(sum(term_count), 0) FROM articles"))
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            docs = r.GetInt64(0);
            total = r.GetInt64(1);
        }
        var df = new Dictionary<string, long>(StringComparer.Ordinal);
        using var q = Command(null, "SELECT doc FROM article_terms_row WHERE term = $t", "$t");
        foreach (string t in terms)
        {
            q.Parameters[0].Value = t;
            df[t] = q.ExecuteScalar() is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
        }
        return new CorpusStatistics(docs, total, df);
    }

    public IReadOnlyList<Candidate> Candidates(IReadOnlyList<IReadOnlyList<string>> groups, SearchFilter filter)
    {
        if (groups.Count == 0) return [];
        var sql = new StringBuilder("""
            SELECT a.id, a.hash, a.term_count FROM article_terms f JOIN articles a ON a.id = f.rowid
            WHERE article_terms MATCH $match
            """);
        var args = new List<(string, object)> { ("$match", MatchExpression(groups)) };
        if (filter.From is { } from) { sql.Append(" AND a.published >= $from"); args.Add(("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))); }
        if (filter.To is { } to) { sql.Append(" AND a.published <= $to"); args.Add(("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))); }
        if (filter.Source is { } source) { sql.Append(" AND a.source = $source"); args.Add(("$source", source)); }
        if (filter.EntityNorm is not null || filter.EntityType is not null)
        {
            sql.Append(" AND EXISTS(SELECT 1 FROM entities e WHERE e.article_id = a.id");
            if (filter.EntityNorm is { } en) { sql.Append(" AND e.norm = $enorm"); args.Add(("$enorm", en)); }
            if (filter.EntityType is { } et) { sql.Append(" AND e.type = $etype"); args.Add(("$etype", et)); }
            sql.Append(')');
        }
        var found = new List<(long Id, string Hash, int Length)>();
        using (var cmd = Command(null, sql.ToString()))
        {
            foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
            using var r = cmd.ExecuteReader();
            while (r.Read()) found.Add((r.GetInt64(0), r.GetString(1), r.GetInt32(2)));
        }
        if (found.Count == 0) return [];

        var wanted = found.Select(f => f.Id).ToHashSet();
        var tf = found.ToDictionary(f => f.Id, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        using (var cmd = Command(null, "SELECT doc, count(*) FROM article_terms_instance WHERE term = $t GROUP BY doc", "$t"))
        {
            foreach (string term in groups.SelectMany(g => g).Distinct(StringComparer.Ordinal))
            {
                cmd.Parameters[0].Value = term;
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    long doc = r.GetInt64(0);
                    if (wanted.Contains(doc)) tf[doc][term] = r.GetInt32(1);
                }
            }
        }
        return found.Select(f => new Candidate(f.Id, f.Hash, f.Length, tf[f.Id])).ToList();
    }

    /// <summary>FTS5 syntax: every group is an OR of quoted terms, groups joined by AND.</summary>
    private static string MatchExpression(IReadOnlyList<IReadOnlyList<string>> groups) =>
        string.Join(" AND ", groups.Select(g => "(" + string.Join(" OR ", g.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + ")"));

    public IReadOnlyList<StoredArticle> Load(IReadOnlyList<long> ids)
    {
        if (ids.Count == 0) return [];
        string idJson = JsonSerializer.Serialize(ids);
        var entities = new Dictionary<long, List<EntityMention>>();
        using (var cmd = Command(null, """
            SELECT article_id, start, "end", text, type, score FROM entities
            WHERE article_id IN (SELECT value FROM json_each($ids)) ORDER BY article_id, start
            """, "$ids"))
        {
            cmd.Parameters[0].Value = idJson;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long id = r.GetInt64(0);
                if (!entities.TryGetValue(id, out var list)) entities[id] = list = [];
                list.Add(new EntityMention(r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetDouble(5)));
            }
        }
        var byId = new Dictionary<long, StoredArticle>();
        using (var cmd = Command(null, """
            SELECT a.id, a.hash, a.external_id, a.url, a.source, a.category, t.title, t.text, a.published
            FROM articles a JOIN article_texts t ON t.id = a.id
            WHERE a.id IN (SELECT value FROM json_each($ids))
            """, "$ids"))
        {
            cmd.Parameters[0].Value = idJson;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long id = r.GetInt64(0);
                DateOnly? published = r.IsDBNull(8) ? null : DateOnly.ParseExact(r.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                byId[id] = new StoredArticle(id, r.GetString(1), DbRows.Str(r, 2), DbRows.Str(r, 3), DbRows.Str(r, 4), DbRows.Str(r, 5), DbRows.Str(r, 6), r.GetString(7), published,
                    entities.TryGetValue(id, out var e) ? e : []);
            }
        }
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public IReadOnlyList<EntityCount> EntityFacets(IReadOnlyList<long> ids, string? type, int top)
    {
        if (ids.Count == 0) return [];
        using var cmd = Command(null, """
            SELECT min(text), type, count(DISTINCT article_id) AS n FROM entities
            WHERE article_id IN (SELECT value FROM json_each($ids)) AND ($type IS NULL OR type = $type)
            GROUP BY norm, type ORDER BY n DESC, norm, type LIMIT $top
            """, "$ids", "$type", "$top");
        Set(cmd, JsonSerializer.Serialize(ids), type, top);
        return DbRows.EntityCounts(cmd);
    }

    public ArchiveSummary Summary(int top)
    {
        using var entities = Command(null, """
            SELECT min(text), type, count(DISTINCT article_id) AS n FROM entities
            GROUP BY norm, type ORDER BY n DESC, norm, type LIMIT $top
            """, "$top");
        entities.Parameters[0].Value = top;
        return new ArchiveSummary(
            Count(), Scalar("SELECT count(*) FROM entities"),
            Groups("SELECT coalesce(source, '(none)'), count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1"),
            Groups("SELECT coalesce(substr(published, 1, 7), '(undated)'), count(*) FROM articles GROUP BY 1 ORDER BY 1"),
            Groups("SELECT coalesce(category, '(none)'), count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1"),
            DbRows.EntityCounts(entities));
    }

    private List<KeyValuePair<string, long>> Groups(string sql)
    {
        using var cmd = Command(null, sql);
        return DbRows.Groups(cmd);
    }

    private long Scalar(string sql)
    {
        using var cmd = Command(null, sql);
        return DbRows.Scalar(cmd);
    }

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params string[] parameters)
    {
        var cmd = _c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        return cmd;
    }

    private static void Set(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _c.Dispose();
}
