using System.Text;

namespace Marsad.Analysis.Ner;

/// <summary>One sentence of a CoNLL file: its tokens and their gold labels as written.</summary>
public sealed record ConllSentence(string[] Tokens, string[] Labels)
{
    /// <summary>The gold entities, with types folded to PER/LOC/ORG/MISC; unknown types are dropped.</summary>
    public List<EntitySpan> Entities()
    {
        var spans = new List<EntitySpan>();
        foreach (var s in TagScheme.ToSpans(Labels))
            if (NerTagSet.CanonicalType(s.Type) is { } t) spans.Add(s with { Type = t });
        return spans;
    }

    public int[] TagIds() => TagScheme.ToTags(Entities(), Tokens.Length);
}

/// <summary>
/// Reads CoNLL-style NER files: one <c>token TAG</c> per line (the tag is the last column), blank lines
/// between sentences. A line without a tag is reported and skipped; reading goes on.
/// </summary>
public static class ConllCorpus
{
    /// <summary>
    /// These files have no article boundaries; training and scoring read each run of this many sentences as one
    /// article (30 was chosen on a dev slice of the ANERcorp train split).
    /// </summary>
    public const int SentencesPerArticle = 30;

    public static List<ConllSentence> Read(string path, Action<string>? onReject = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var labels = new List<string>();
        int lineNo = 0;
        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            int cut = line.LastIndexOfAny([' ', '\t']);
            if (cut <= 0)
            {
                onReject?.Invoke($"{path}:{lineNo}: no tag column in '{line}'");
                continue;
            }
            string token = line[..cut].Trim();
            int tokenEnd = token.IndexOfAny([' ', '\t']);
            if (tokenEnd > 0) token = token[..tokenEnd];
            tokens.Add(token);
            labels.Add(line[(cut + 1)..]);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence([.. tokens], [.. labels]));
            tokens.Clear();
            labels.Clear();
        }
    }
}
