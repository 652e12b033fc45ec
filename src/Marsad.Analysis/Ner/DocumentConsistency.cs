using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Ner;

/// <summary>
/// One name, one label within a document: once the tagger has found a mention, later (or earlier) untagged
/// occurrences of the same words in the same article get the same type, and a person's family name
/// alone (المسماري after أحمد المسماري) is a person too. Words are compared in their proclitic-free form,
/// so لحفتر matches حفتر; single common words and trigger words never spread.
/// </summary>
public sealed class DocumentConsistency(NerLexicon lexicon, WordLexicon frequencies)
{
    private const int MaxWords = 5;
    /// <summary>A single word this frequent in the news corpus is too ambiguous to label everywhere it occurs.</summary>
    public int CommonWordCount { get; init; } = 20_000;

    public void Apply(IReadOnlyList<IReadOnlyList<NerToken>> sentences, IReadOnlyList<int[]> tags)
    {
        var memory = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++)
            foreach (var span in TagScheme.ToSpans(tags[s]))
            {
                int type = NerTagSet.TypeIndex(span.Type);
                if (span.End - span.Start > MaxWords) continue;
                Remember(memory, NerToken.NameKey(sentences[s], span.Start, span.End), type);
                if (span.Type == Documents.EntityTypes.Person && span.End - span.Start >= 2)
                    Remember(memory, NerToken.NameKey(sentences[s], span.End - 1, span.End), type);
            }
        if (memory.Count == 0) return;
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, counts) in memory)
        {
            if (key.Contains(' ') || Spreads(key)) best[key] = NerTagSet.MostCounted(counts);
        }
        if (best.Count == 0) return;
        var firstWords = new HashSet<string>(best.Keys.Select(k => k.Contains(' ') ? k[..k.IndexOf(' ')] : k), StringComparer.Ordinal);

        for (int s = 0; s < sentences.Count; s++)
        {
            var toks = sentences[s];
            var tg = tags[s];
            for (int i = 0; i < toks.Count; i++)
            {
                if (tg[i] != NerTagSet.Outside || !firstWords.Contains(toks[i].Core)) continue;
                for (int len = Math.Min(MaxWords, toks.Count - i); len >= 1; len--)
                {
                    bool free = true;
                    for (int k = i; k < i + len; k++) free &= tg[k] == NerTagSet.Outside;
                    // The words after the match must not continue an entity of their own.
                    if (!free || (i + len < toks.Count && NerTagSet.IsInside(tg[i + len]))) continue;
                    if (!best.TryGetValue(NerToken.NameKey(toks, i, i + len), out int type)) continue;
                    tg[i] = NerTagSet.Begin(type);
                    for (int k = i + 1; k < i + len; k++) tg[k] = NerTagSet.Inside(type);
                    i += len - 1;
                    break;
                }
            }
        }
    }

    private bool Spreads(string word) =>
        word.Length >= 3
        && frequencies.Frequency(word) < CommonWordCount
        && (lexicon.Word(word) & (LexiconFlags.PersonTrigger | LexiconFlags.LocationTrigger | LexiconFlags.OrganizationTrigger)) == 0;

    private static void Remember(Dictionary<string, int[]> memory, string key, int type)
    {
        if (!memory.TryGetValue(key, out var counts)) memory[key] = counts = new int[NerTagSet.Types.Length];
        counts[type]++;
    }
}
