using Marsad.Analysis.Documents;
using Marsad.Text;
using Marsad.Text.Normalization;

namespace Marsad.Analysis.Ner;

/// <summary>
/// A quoted stretch right after a word that names a work (برنامج «حوار من القلب»، رواية «أولاد حارتنا») is that
/// work's title, one MISC mention whatever the tagger made of its words: titles are ordinary words (حكايات،
/// مع نور) that no feature of the word itself can tell from running text, and the tagger found none of the
/// fourteen such titles in a held-out tenth of the training split.
/// </summary>
public sealed class QuotedWorkTitles
{
    public const string Path = "ner/work-titles.txt";
    /// <summary>Longer quoted stretches are sentences (بعنوان «بن لادن مصمم على مهاجمة الداخل الأمريكي») more than names.</summary>
    public const int MaxWords = 5;

    private static readonly Dictionary<string, string> Closing = new(StringComparer.Ordinal)
    {
        ["«"] = "»", ["\""] = "\"", ["''"] = "''", ["“"] = "”",
    };

    private readonly HashSet<string> _stems;
    private readonly HashSet<string> _forms;
    private readonly int _misc = NerTagSet.TypeIndex(EntityTypes.Misc);

    /// <summary>Lines as in <see cref="Path"/>: a stem, or "=" and an exact form.</summary>
    public QuotedWorkTitles(IEnumerable<string> lines)
    {
        var normalizer = ArabicNormalizer.Matching;
        _stems = new HashSet<string>(StringComparer.Ordinal);
        _forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.StartsWith('=')) _forms.Add(normalizer.Normalize(line[1..].Trim()));
            else _stems.Add(normalizer.Normalize(line.Trim()));
        }
    }

    private static readonly Lazy<QuotedWorkTitles> Shared = new(() =>
        new QuotedWorkTitles(ResourceFiles.Exists(Path) ? ResourceFiles.ReadLines(Path) : []));

    /// <summary>The list shipped under resources/ner.</summary>
    public static QuotedWorkTitles Default => Shared.Value;

    public bool NamesWork(NerToken token) => _forms.Contains(token.Norm) || (token.Shape == "A" && _stems.Contains(token.Stem));

    /// <summary>Rewrites <paramref name="tags"/> in place: each title becomes one MISC mention, its quotation marks O.</summary>
    public void Apply(IReadOnlyList<NerToken> tokens, int[] tags)
    {
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            // The quotation mark is the rarer condition and the cheaper one: it is tested first.
            if (!Closing.TryGetValue(tokens[i + 1].Norm, out var close) || !NamesWork(tokens[i])) continue;
            int end = -1;
            for (int j = i + 2; j < tokens.Count && j <= i + 2 + MaxWords; j++)
            {
                if (tokens[j].Norm == close) { end = j; break; }
                if (!IsWord(tokens[j])) break;
            }
            if (end <= i + 2) continue;
            tags[i + 1] = NerTagSet.Outside;
            tags[i + 2] = NerTagSet.Begin(_misc);
            for (int k = i + 3; k < end; k++) tags[k] = NerTagSet.Inside(_misc);
            tags[end] = NerTagSet.Outside;
            // A mention the tagger ran through the closing mark now starts after it.
            if (end + 1 < tags.Length && NerTagSet.IsInside(tags[end + 1])) tags[end + 1] = NerTagSet.Begin(NerTagSet.TypeOf(tags[end + 1]));
            i = end;
        }
    }

    private static bool IsWord(NerToken token) => token.Norm.Any(char.IsLetterOrDigit);
}
