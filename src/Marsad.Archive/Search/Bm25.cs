namespace Marsad.Archive.Search;

/// <summary>
/// Okapi BM25 with Lucene's non-negative idf, computed once here for every engine: engines only supply
/// candidates and statistics, so the same archive ranks the same way in SQLite and PostgreSQL.
/// </summary>
public sealed class Bm25(double k1 = 1.2, double b = 0.75)
{
    public double Score(Candidate c, CorpusStatistics stats)
    {
        double avgdl = stats.Documents == 0 ? 1 : Math.Max(1.0, (double)stats.TotalTerms / stats.Documents);
        double norm = k1 * (1 - b + b * c.Length / avgdl);
        double score = 0;
        // Ordinal order of terms makes the floating-point sum identical whatever order an engine returned them in.
        foreach (var (term, rawTf) in c.TermFrequency.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            int tf = Math.Min(rawTf, SearchTerms.MaxTermFrequency);
            if (tf <= 0) continue;
            long df = stats.DocumentFrequency.GetValueOrDefault(term);
            double idf = Math.Log(1 + (stats.Documents - df + 0.5) / (df + 0.5));
            score += idf * tf * (k1 + 1) / (tf + norm);
        }
        return score;
    }
}
