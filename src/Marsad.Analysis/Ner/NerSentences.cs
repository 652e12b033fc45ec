using Marsad.Analysis.Documents;

namespace Marsad.Analysis.Ner;

/// <summary>A document's tokens cut at its sentences, as the tagger reads them.</summary>
public static class NerSentences
{
    /// <summary>Each sentence as a range of token indices [From, To); the whole text is one sentence when none were found.</summary>
    public static List<(int From, int To)> Ranges(Document document)
    {
        var tokens = document.Tokens;
        var ranges = new List<(int From, int To)>();
        int next = 0;
        IEnumerable<(int Start, int End)> sentences = document.Sentences.Count > 0
            ? document.Sentences.Select(s => (s.Start, s.End))
            : [(0, document.Text.Length)];
        foreach (var (start, end) in sentences)
        {
            while (next < tokens.Count && tokens[next].Start < start) next++;
            int first = next;
            while (next < tokens.Count && tokens[next].End <= end) next++;
            if (next > first) ranges.Add((first, next));
        }
        return ranges;
    }

    public static NerToken[] Tokens(Document document, (int From, int To) range)
    {
        var sentence = new NerToken[range.To - range.From];
        for (int i = 0; i < sentence.Length; i++)
        {
            var token = document.Tokens[range.From + i];
            sentence[i] = NerToken.From(token.Text, token.Norm);
        }
        return sentence;
    }

    /// <summary>All sentences of a document as tagger tokens.</summary>
    public static IEnumerable<NerToken[]> Of(Document document) => Ranges(document).Select(r => Tokens(document, r));
}
