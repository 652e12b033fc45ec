namespace Marsad.Analysis.Ner;

/// <summary>
/// Training copies of labelled sentences with their names swapped for other names of the same type (mention
/// replacement): a context that announces a person keeps doing so whoever is named, so the tagger learns the
/// context rather than the few thousand names the split happens to hold.
/// </summary>
public static class MentionReplacement
{
    /// <summary>
    /// One copy of each sentence of <paramref name="ids"/> that names something, each name replaced with probability
    /// <paramref name="rate"/> by a name of the same type drawn from the sentences of <paramref name="ids"/> in the
    /// same <paramref name="groupOf"/> group (the training folds: a name must not reach a fold whose features are
    /// computed without it). Names with proclitics (لحفتر) are neither replaced nor drawn: the clitic would not move with the name.
    /// </summary>
    /// <param name="extraNames">Names per type for a group beyond its labelled sentences (those the corpus tagger of its fold was sure of), or null.</param>
    /// <param name="extraShare">The share of replacements drawn from <paramref name="extraNames"/> where it has names of the type.</param>
    public static List<(int Origin, NerToken[] Tokens, int[] Gold)> Copies(IReadOnlyList<int> ids, NerToken[][] tokens, int[][] gold, double rate, int seed, Func<int, int> groupOf,
        Func<int, IReadOnlyList<NerToken[]>[]>? extraNames = null, double extraShare = 0)
    {
        var pools = new Dictionary<int, List<NerToken[]>[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (int s in ids)
            foreach (var span in TagScheme.ToSpans(gold[s]))
            {
                if (!Replaceable(tokens[s], span)) continue;
                int type = NerTagSet.TypeIndex(span.Type), group = groupOf(s);
                if (!seen.Add($"{group}\t{span.Type}\t{NerToken.NameKey(tokens[s], span.Start, span.End)}")) continue;
                if (!pools.TryGetValue(group, out var byType))
                {
                    pools[group] = byType = new List<NerToken[]>[NerTagSet.Types.Length];
                    for (int t = 0; t < byType.Length; t++) byType[t] = [];
                }
                byType[type].Add(tokens[s][span.Start..span.End]);
            }
        var random = new Random(seed);
        var copies = new List<(int, NerToken[], int[])>();
        foreach (int s in ids)
        {
            var spans = TagScheme.ToSpans(gold[s]);
            int group = groupOf(s);
            if (spans.Count == 0 || !pools.TryGetValue(group, out var pool)) continue;
            var extra = extraNames?.Invoke(group);
            var newTokens = new List<NerToken>(tokens[s].Length + 4);
            var newSpans = new List<EntitySpan>(spans.Count);
            int at = 0;
            bool changed = false;
            foreach (var span in spans)
            {
                for (; at < span.Start; at++) newTokens.Add(tokens[s][at]);
                int type = NerTagSet.TypeIndex(span.Type);
                IEnumerable<NerToken> name = tokens[s][span.Start..span.End];
                if (Replaceable(tokens[s], span) && pool[type].Count > 1 && random.NextDouble() < rate)
                {
                    name = extra?[type] is { Count: > 0 } more && random.NextDouble() < extraShare ? more[random.Next(more.Count)] : pool[type][random.Next(pool[type].Count)];
                    changed = true;
                }
                int start = newTokens.Count;
                newTokens.AddRange(name);
                newSpans.Add(new EntitySpan(start, newTokens.Count, span.Type));
                at = span.End;
            }
            for (; at < tokens[s].Length; at++) newTokens.Add(tokens[s][at]);
            if (changed) copies.Add((s, [.. newTokens], TagScheme.ToTags(newSpans, newTokens.Count)));
        }
        return copies;
    }

    private static bool Replaceable(NerToken[] sentence, EntitySpan span) => sentence[span.Start].Proclitics.Length == 0;
}
