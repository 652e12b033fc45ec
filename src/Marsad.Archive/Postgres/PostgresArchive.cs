using System.Globalization;
using System.Text;
using Marsad.Analysis.Documents;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Archive.Postgres;

/// <summary>
/// The shared archive on PostgreSQL. Terms are stored as a tsvector written literally from
/// <see cref="SearchTerms"/> (no PostgreSQL parser or dictionary in between), so it matches exactly what SQLite
/// matches. Positions carry only the term frequency (1..tf), which BM25 needs and phrase search does not.
/// </summary>
public sealed class PostgresArchive : IArchive
{
    private readonly NpgsqlConnection _c;
    private readonly string _where;

    private PostgresArchive(NpgsqlConnection c, string where) { _c = c; _where = where; }

    public string Description => _where;

    public static PostgresArchive Open(string connectionString)
    {
        string where = PostgresConnection.Redact(connectionString);
        NpgsqlConnection c;
        try { c = new NpgsqlConnection(connectionString); }
        catch (ArgumentException e) { throw new ArchiveException($"not a PostgreSQL connection string: {e.Message}", e); }
        try
        {
            c.Open();
            PostgresSchema.Migrate(c, where);
            // The planner prices @@ as cheap and, for a common term, scans the table instead of the GIN index,
            // decompressing every article's tsvector: ten times slower than the index on a news archive.
            using (var cmd = new NpgsqlCommand("SET enable_seqscan = off", c)) cmd.ExecuteNonQuery();
            return new PostgresArchive(c, where);
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException or TimeoutException)
        {
            c.Dispose();
            throw new ArchiveException($"{where}: {e.Message}", e);
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    public WriteResult Write(IReadOnlyList<ArchiveRecord> batch)
    {
        if (batch.Count == 0) return default;
        using var tx = _c.BeginTransaction();
        using var b = new NpgsqlBatch(_c, tx);
        foreach (var r in batch)
        {
            var cmd = new NpgsqlBatchCommand("""
                WITH ins AS (
                    INSERT INTO articles(hash, external_id, url, source, category, published, term_count, terms)
                    VALUES($1, $2, $3, $4, $5, $8, $10, $11::tsvector)
                    ON CONFLICT (hash) DO NOTHING RETURNING id),
                body AS (
                    INSERT INTO article_texts(id, title, text, extra) SELECT ins.id, $6, $7, $9::jsonb FROM ins),
                ent AS (
                    INSERT INTO entities(article_id, start, "end", text, norm, type, score)
                    SELECT ins.id, e.s, e.e, e.t, e.n, e.y, e.c FROM ins, unnest($12::int[], $13::int[], $14::text[], $15::text[], $16::text[], $17::real[]) AS e(s, e, t, n, y, c))
                SELECT id FROM ins
                """);
            var p = cmd.Parameters;
            p.Add(new NpgsqlParameter { Value = r.Hash });
            p.Add(Text(r.ExternalId));
            p.Add(Text(r.Url));
            p.Add(Text(r.Source));
            p.Add(Text(r.Category));
            p.Add(Text(r.Title));
            p.Add(new NpgsqlParameter { Value = r.Text, NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = r.Published is { } d ? d : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            p.Add(Text(r.ExtraJson));
            p.Add(new NpgsqlParameter { Value = r.Terms.Count });
            p.Add(new NpgsqlParameter { Value = TsVectorLiteral(r.Terms), NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter { Value = r.Entities.Select(e => e.Start).ToArray() });
            p.Add(new NpgsqlParameter { Value = r.Entities.Select(e => e.End).ToArray() });
            p.Add(new NpgsqlParameter { Value = r.Entities.Select(e => e.Text).ToArray() });
            p.Add(new NpgsqlParameter { Value = r.Entities.Select(e => EntityKey.Of(e.Text)).ToArray() });
            p.Add(new NpgsqlParameter { Value = r.Entities.Select(e => e.Type).ToArray() });
            p.Add(new NpgsqlParameter { Value = r.Entities.Select(e => (float)e.Score).ToArray() });
            b.BatchCommands.Add(cmd);
        }
        int added = 0;
        using (var reader = b.ExecuteReader())
        {
            do { while (reader.Read()) added++; } while (reader.NextResult());
        }
        tx.Commit();
        return new WriteResult(added, batch.Count - added);
    }

    private static NpgsqlParameter Text(string? s) => new() { Value = (object?)s ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    /// <summary>The tsvector of a term sequence: each distinct term with positions 1..tf (capped).</summary>
    public static string TsVectorLiteral(IReadOnlyList<string> terms)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string t in terms) tf[t] = tf.GetValueOrDefault(t) + 1;
        var sb = new StringBuilder(tf.Count * 16);
        foreach (var (term, n) in tf)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append('\'').Append(Quote(term)).Append("':");
            int count = Math.Min(n, SearchTerms.MaxTermFrequency);
            for (int i = 1; i <= count; i++)
            {
                if (i > 1) sb.Append(',');
                sb.Append(i);
            }
        }
        return sb.ToString();
    }

    private static string Quote(string term) => term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal);

    private static string TsQueryLiteral(IReadOnlyList<IReadOnlyList<string>> groups) =>
        string.Join(" & ", groups.Select(g => "(" + string.Join(" | ", g.Select(t => "'" + Quote(t) + "'")) + ")"));

    public long Count() => Scalar("SELECT count(*) FROM articles");

    public CorpusStatistics Statistics(IReadOnlyCollection<string> terms)
    {
        long docs, total;
        using (var cmd = new NpgsqlCommand("SELECT count(*), coalesce(sum(term_count), 0)::bigint FROM articles", _c))
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            docs = r.GetInt64(0);
            total = r.GetInt64(1);
        }
        var df = new Dictionary<string, long>(StringComparer.Ordinal);
        var list = terms.ToList();
        if (list.Count > 0)
        {
            using var b = new NpgsqlBatch(_c);
            foreach (string t in list)
            {
                var cmd = new NpgsqlBatchCommand("SELECT count(*) FROM articles WHERE terms @@ $1::tsquery");
                cmd.Parameters.Add(new NpgsqlParameter { Value = "'" + Quote(t) + "'", NpgsqlDbType = NpgsqlDbType.Text });
                b.BatchCommands.Add(cmd);
            }
            using var r = b.ExecuteReader();
            int k = 0;
            do { while (r.Read()) df[list[k]] = r.GetInt64(0); k++; } while (r.NextResult());
        }
        return new CorpusStatistics(docs, total, df);
    }

    public IReadOnlyList<Candidate> Candidates(IReadOnlyList<IReadOnlyList<string>> groups, SearchFilter filter)
    {
        if (groups.Count == 0) return [];
        // setweight marks the query's lexemes, ts_filter keeps only them: each candidate yields its few query terms with their positions (= tf).
        var sql = new StringBuilder("""
            SELECT a.id, a.hash, a.term_count, u.lexeme, coalesce(array_length(u.positions, 1), 0)
            FROM articles a LEFT JOIN LATERAL unnest(ts_filter(setweight(a.terms, 'A', $2::text[]), '{a}')) u ON true
            WHERE a.terms @@ $1::tsquery
            """);
        var args = new List<NpgsqlParameter>
        {
            new() { Value = TsQueryLiteral(groups), NpgsqlDbType = NpgsqlDbType.Text },
            new() { Value = groups.SelectMany(g => g).Distinct(StringComparer.Ordinal).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
        };
        string Next(NpgsqlParameter p) { args.Add(p); return "$" + args.Count.ToString(CultureInfo.InvariantCulture); }
        if (filter.From is { } from) sql.Append(" AND a.published >= ").Append(Next(new() { Value = from, NpgsqlDbType = NpgsqlDbType.Date }));
        if (filter.To is { } to) sql.Append(" AND a.published <= ").Append(Next(new() { Value = to, NpgsqlDbType = NpgsqlDbType.Date }));
        if (filter.Source is { } source) sql.Append(" AND a.source = ").Append(Next(Text(source)));
        if (filter.EntityNorm is not null || filter.EntityType is not null)
        {
            sql.Append(" AND EXISTS(SELECT 1 FROM entities e WHERE e.article_id = a.id");
            if (filter.EntityNorm is { } en) sql.Append(" AND e.norm = ").Append(Next(Text(en)));
            if (filter.EntityType is { } et) sql.Append(" AND e.type = ").Append(Next(Text(et)));
            sql.Append(')');
        }
        using var cmd = new NpgsqlCommand(sql.ToString(), _c);
        cmd.Parameters.AddRange(args.ToArray());
        var byId = new Dictionary<long, (string Hash, int Length, Dictionary<string, int> Tf)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                long id = r.GetInt64(0);
                if (!byId.TryGetValue(id, out var c)) byId[id] = c = (r.GetString(1), r.GetInt32(2), new Dictionary<string, int>(StringComparer.Ordinal));
                if (!r.IsDBNull(3)) c.Tf[r.GetString(3)] = r.GetInt32(4);
            }
        }
        return byId.Select(p => new Candidate(p.Key, p.Value.Hash, p.Value.Length, p.Value.Tf)).ToList();
    }

    public IReadOnlyList<StoredArticle> Load(IReadOnlyList<long> ids)
    {
        if (ids.Count == 0) return [];
        var idArray = ids.ToArray();
        var entities = new Dictionary<long, List<EntityMention>>();
        using (var cmd = new NpgsqlCommand("""SELECT article_id, start, "end", text, type, score FROM entities WHERE article_id = ANY($1) ORDER BY article_id, start""", _c))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = idArray });
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long id = r.GetInt64(0);
                if (!entities.TryGetValue(id, out var list)) entities[id] = list = [];
                list.Add(new EntityMention(r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetFloat(5)));
            }
        }
        var byId = new Dictionary<long, StoredArticle>();
        using (var cmd = new NpgsqlCommand("SELECT a.id, a.hash, a.external_id, a.url, a.source, a.category, t.title, t.text, a.published FROM articles a JOIN article_texts t ON t.id = a.id WHERE a.id = ANY($1)", _c))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = idArray });
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long id = r.GetInt64(0);
                DateOnly? published = r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8);
                byId[id] = new StoredArticle(id, r.GetString(1), DbRows.Str(r, 2), DbRows.Str(r, 3), DbRows.Str(r, 4), DbRows.Str(r, 5), DbRows.Str(r, 6), r.GetString(7), published,
                    entities.TryGetValue(id, out var e) ? e : []);
            }
        }
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public IReadOnlyList<EntityCount> EntityFacets(IReadOnlyList<long> ids, string? type, int top)
    {
        if (ids.Count == 0) return [];
        using var cmd = new NpgsqlCommand("""
            SELECT min(text), type, count(DISTINCT article_id) AS n FROM entities
            WHERE article_id = ANY($1) AND ($2::text IS NULL OR type = $2)
            GROUP BY norm, type ORDER BY n DESC, norm COLLATE "C", type LIMIT $3
            """, _c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        cmd.Parameters.Add(Text(type));
        cmd.Parameters.Add(new NpgsqlParameter { Value = top });
        return DbRows.EntityCounts(cmd);
    }

    public ArchiveSummary Summary(int top)
    {
        using var entities = new NpgsqlCommand("""
            SELECT min(text), type, count(DISTINCT article_id) AS n FROM entities
            GROUP BY norm, type ORDER BY n DESC, norm COLLATE "C", type LIMIT $1
            """, _c);
        entities.Parameters.Add(new NpgsqlParameter { Value = top });
        return new ArchiveSummary(
            Count(), Scalar("SELECT count(*) FROM entities"),
            Groups("""SELECT coalesce(source, '(none)'), count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, coalesce(source, '(none)') COLLATE "C" """),
            Groups("SELECT coalesce(to_char(published, 'YYYY-MM'), '(undated)'), count(*) FROM articles GROUP BY 1 ORDER BY 1"),
            Groups("""SELECT coalesce(category, '(none)'), count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, coalesce(category, '(none)') COLLATE "C" """),
            DbRows.EntityCounts(entities));
    }

    private List<KeyValuePair<string, long>> Groups(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _c);
        return DbRows.Groups(cmd);
    }

    private long Scalar(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _c);
        return DbRows.Scalar(cmd);
    }

    public void Dispose() => _c.Dispose();
}
