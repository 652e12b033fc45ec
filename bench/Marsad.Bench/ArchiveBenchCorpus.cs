using Marsad.Archive;
using Marsad.Archive.Ingest;
using Marsad.Text.Tokenization;

namespace Marsad.Bench;

/// <summary>
/// The benchmark's view of the corpus, read once: every article's composed content and hash, its title words
/// (for queries) and its word forms (for the recall check). Peers index exactly these contents.
/// </summary>
public sealed class ArchiveBenchCorpus
{
    public required IReadOnlyList<(string Hash, string Content, string? Title)> Articles { get; init; }
    /// <summary>Tokens of every kind over all contents: the common denominator of words/s.</summary>
    public long Tokens { get; init; }
    /// <summary>Word form (as written) → hashes of the articles that contain it as a whole token.</summary>
    public required Dictionary<string, HashSet<string>> ArticlesWithWord { get; init; }

    public static ArchiveBenchCorpus Load(string path)
    {
        var list = new List<(string, string, string?)>();
        var byWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        long tokens = 0;
        var spans = new List<TokenSpan>();
        foreach (var a in new IngestSource([path]).Read(_ => { }))
        {
            if (string.IsNullOrWhiteSpace(a.Text)) continue;
            string content = ArticleContent.Compose(a.Title, a.Text);
            string hash = ArticleContent.Hash(content);
            list.Add((hash, content, a.Title));
            spans.Clear();
            Tokenizer.Default.Tokenize(content, spans);
            tokens += spans.Count;
            foreach (var s in spans)
            {
                if (s.Kind != TokenKind.ArabicWord) continue;
                string w = s.TextOf(content);
                if (!byWord.TryGetValue(w, out var set)) byWord[w] = set = [];
                set.Add(hash);
            }
        }
        return new ArchiveBenchCorpus { Articles = list, Tokens = tokens, ArticlesWithWord = byWord };
    }
}
