using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Analysis.Ner;

/// <summary>
/// The word lists behind the tagger's lexicon features, all keyed by matching-normalised forms:
/// place and country names (phrases of one or more words, compiled from GeoNames, world-cities and the
/// country list), trigger words (the project's own list) and name parts counted in the training split.
/// </summary>
public sealed class NerLexicon
{
    public const string PlacesPath = "ner/places.tsv.gz";
    public const string TriggersPath = "ner/triggers.tsv";
    public const string NamePartsPath = "ner/name-parts.tsv.gz";

    private readonly Dictionary<string, LexiconFlags> _phrases;
    private readonly Dictionary<string, LexiconFlags>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly Dictionary<string, int> _firstWords;
    private readonly Dictionary<string, LexiconFlags> _words;
    private readonly Dictionary<string, LexiconFlags>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    public NerLexicon(Dictionary<string, LexiconFlags> phrases, Dictionary<string, LexiconFlags> words)
    {
        _phrases = phrases;
        _phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in phrases.Keys)
        {
            int space = phrase.IndexOf(' ');
            string first = space < 0 ? phrase : phrase[..space];
            int words1 = phrase.Count(c => c == ' ') + 1;
            ref int max = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstWords, first, out _);
            if (words1 > max) max = words1;
        }
        MaxPhraseWords = _firstWords.Count == 0 ? 0 : _firstWords.Values.Max();
    }

    public static NerLexicon Empty { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    public int PhraseCount => _phrases.Count;
    public int WordCount => _words.Count;
    public int MaxPhraseWords { get; }

    /// <summary>Flags of a single word (triggers, name parts).</summary>
    public LexiconFlags Word(ReadOnlySpan<char> norm) => _wordLookup.TryGetValue(norm, out var f) ? f : LexiconFlags.None;

    /// <summary>The number of words of the longest phrase that starts with <paramref name="first"/>; 0 when none does.</summary>
    public int PhraseWordsFrom(string first) => _firstWords.TryGetValue(first, out int max) ? max : 0;

    /// <summary>
    /// The longest phrase that starts with <paramref name="first"/> and goes on with <paramref name="next"/>, as (words, flags);
    /// <paramref name="max"/> is <see cref="PhraseWordsFrom"/> of <paramref name="first"/>, looked up once per word by the caller.
    /// </summary>
    public (int Words, LexiconFlags Flags) LongestPhrase(string first, int max, ReadOnlySpan<string> next)
    {
        if (max == 0) return (0, LexiconFlags.None);
        Span<char> buffer = stackalloc char[256];
        int best = 0;
        var flags = LexiconFlags.None;
        int length = 0;
        if (!PhraseKey.Append(buffer, ref length, first)) return (0, LexiconFlags.None);
        if (_phraseLookup.TryGetValue(buffer[..length], out var f1)) { best = 1; flags = f1; }
        for (int k = 0; k < next.Length && k + 2 <= max; k++)
        {
            if (!PhraseKey.Append(buffer, ref length, " ") || !PhraseKey.Append(buffer, ref length, next[k])) break;
            if (_phraseLookup.TryGetValue(buffer[..length], out var f)) { best = k + 2; flags = f; }
        }
        return (best, flags);
    }

    /// <summary>A copy with other name parts (the training folds each see parts counted without themselves).</summary>
    public NerLexicon WithNameParts(NameParts parts)
    {
        var words = new Dictionary<string, LexiconFlags>(StringComparer.Ordinal);
        foreach (var (w, f) in _words)
        {
            var kept = f & ~NameParts.AllFlags;
            if (kept != LexiconFlags.None) words[w] = kept;
        }
        foreach (var (w, f) in parts.Flags())
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(words, w, out _);
            slot |= f;
        }
        return new NerLexicon(_phrases, words);
    }

    /// <summary>The lexicons shipped under resources/ner (the recogniser loads them once).</summary>
    public static NerLexicon LoadDefault()
    {
        var phrases = new Dictionary<string, LexiconFlags>(StringComparer.Ordinal);
        foreach (var line in ResourceLines(PlacesPath))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2 && Enum.TryParse<LexiconFlags>(cols[1], out var f)) phrases[cols[0]] = f;
        }
        var words = LoadTriggers(ResourceLines(TriggersPath));
        var lexicon = new NerLexicon(phrases, words);
        return Marsad.Text.ResourceFiles.Exists(NamePartsPath)
            ? lexicon.WithNameParts(NameParts.Load(Marsad.Text.ResourceFiles.Open(NamePartsPath)))
            : lexicon;
    }

    private static IEnumerable<string> ResourceLines(string path) =>
        Marsad.Text.ResourceFiles.Exists(path) ? Marsad.Text.ResourceFiles.ReadLines(path) : [];

    /// <summary>Trigger lines are <c>word TAB PER|LOC|ORG</c>; the word is normalised here.</summary>
    public static Dictionary<string, LexiconFlags> LoadTriggers(IEnumerable<string> lines)
    {
        var words = new Dictionary<string, LexiconFlags>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var cols = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cols.Length < 2) continue;
            var flag = cols[1] switch
            {
                "PER" => LexiconFlags.PersonTrigger,
                "LOC" => LexiconFlags.LocationTrigger,
                "ORG" => LexiconFlags.OrganizationTrigger,
                _ => LexiconFlags.None,
            };
            if (flag == LexiconFlags.None) continue;
            string w = ArabicNormalizer.Matching.Normalize(cols[0]);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(words, w, out _);
            slot |= flag;
        }
        return words;
    }

    /// <summary>Writes compiled place phrases as <c>phrase TAB flags</c>, gzip-compressed, sorted for stable diffs.</summary>
    public static void SavePhrases(IReadOnlyDictionary<string, LexiconFlags> phrases, string path, string header)
    {
        using var w = Marsad.Text.ResourceFiles.CreateCompressedText(path, header);
        foreach (var (p, f) in phrases.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Write($"{p}\t{f.ToString().Replace(" ", "")}\n");
    }
}
