namespace Marsad.Bench;

/// <summary>
/// The recall check's query words: corpus words written in another inflected or spelled form, as a reader
/// would type them: a clitic added (و/ب), final ي↔ى, final ة→ه, hamza dropped from alef (أ/إ/آ→ا).
/// </summary>
public static class ArchiveRecallWords
{
    public sealed record Probe(string Word, string Variant, string Rule, IReadOnlySet<string> Truth);

    private static readonly (string Name, Func<string, string?> Vary)[] Rules =
    [
        ("clitic", w => w[0] is 'و' or 'ب' or 'ف' or 'ل' or 'ك' ? null : (w.StartsWith("ال", StringComparison.Ordinal) ? "و" : "ب") + w),
        ("ya/alef maqsura", w => w[^1] == 'ي' ? w[..^1] + "ى" : w[^1] == 'ى' ? w[..^1] + "ي" : null),
        ("ta marbuta", w => w[^1] == 'ة' ? w[..^1] + "ه" : null),
        ("hamza", w => w.IndexOfAny(['أ', 'إ', 'آ']) is int i and >= 0 ? w[..i] + "ا" + w[(i + 1)..] : null),
    ];

    /// <summary><paramref name="count"/> probes, shared evenly over the rules, from words found in 20–3000 articles.</summary>
    public static List<Probe> Choose(ArchiveBenchCorpus corpus, int count)
    {
        var pool = corpus.ArticlesWithWord
            .Where(p => p.Key.Length >= 4 && p.Value.Count is >= 20 and <= 3000 && p.Key.All(c => c is >= '\u0621' and <= '\u064A'))
            .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var probes = new List<Probe>();
        for (int r = 0; r < Rules.Length; r++)
        {
            int want = count / Rules.Length + (r < count % Rules.Length ? 1 : 0);
            var applicable = pool.Select(p => (p.Key, p.Value, Variant: Rules[r].Vary(p.Key))).Where(x => x.Variant is not null).ToList();
            // Spread over the frequency range rather than taking only the most common words.
            int step = Math.Max(1, applicable.Count / Math.Max(1, want));
            for (int i = 0; i < applicable.Count && probes.Count(p => p.Rule == Rules[r].Name) < want; i += step)
                probes.Add(new Probe(applicable[i].Key, applicable[i].Variant!, Rules[r].Name, applicable[i].Value));
        }
        return probes;
    }
}
