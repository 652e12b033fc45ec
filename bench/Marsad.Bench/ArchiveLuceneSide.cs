using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Marsad.Bench;

/// <summary>The peer: Lucene.NET 4.8 with its ArabicAnalyzer, indexing the same contents on all cores, stored like the archive stores them.</summary>
public sealed class ArchiveLuceneSide : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly Analyzer _analyzer = new ArabicAnalyzer(Version);
    private readonly FSDirectory _dir;
    private DirectoryReader? _reader;

    public ArchiveLuceneSide(string path) => _dir = FSDirectory.Open(path);

    public double Index(ArchiveBenchCorpus corpus)
    {
        var clock = Stopwatch.StartNew();
        var config = new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 };
        using (var writer = new IndexWriter(_dir, config))
        {
            Parallel.ForEach(corpus.Articles, a => writer.AddDocument(new Document
            {
                new StringField("hash", a.Hash, Field.Store.YES),
                new TextField("text", a.Content, Field.Store.YES),
            }));
            writer.Commit();
        }
        double s = clock.Elapsed.TotalSeconds;
        _reader = DirectoryReader.Open(_dir);
        return s;
    }

    /// <summary>Articles matching every analysed term of the query.</summary>
    public HashSet<string> Find(string query)
    {
        var searcher = new IndexSearcher(_reader ?? throw new InvalidOperationException("index first"));
        var q = new BooleanQuery();
        using (var ts = _analyzer.GetTokenStream("text", query))
        {
            var term = ts.AddAttribute<ICharTermAttribute>();
            ts.Reset();
            while (ts.IncrementToken()) q.Add(new TermQuery(new Term("text", term.ToString())), Occur.MUST);
            ts.End();
        }
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (q.Clauses.Count == 0) return found;
        foreach (var hit in searcher.Search(q, Math.Max(1, _reader.MaxDoc)).ScoreDocs) found.Add(searcher.Doc(hit.Doc).Get("hash"));
        return found;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _dir.Dispose();
        _analyzer.Dispose();
    }
}
