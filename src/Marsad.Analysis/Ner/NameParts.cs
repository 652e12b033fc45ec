using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// How often each word (matching form, with and without its proclitics) was seen inside a PER, LOC, ORG or
/// MISC entity of the training split, and in all. A word becomes a name part of a type when at least half
/// of its occurrences were inside entities of that type.
/// </summary>
public sealed class NameParts
{
    public const LexiconFlags AllFlags = LexiconFlags.PersonPart | LexiconFlags.LocationPart | LexiconFlags.OrganizationPart | LexiconFlags.MiscPart;
    private static readonly LexiconFlags[] TypeFlags = [LexiconFlags.PersonPart, LexiconFlags.LocationPart, LexiconFlags.OrganizationPart, LexiconFlags.MiscPart];

    // counts[0] = all occurrences, counts[1 + type] = occurrences inside an entity of that type.
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public int Count => _counts.Count;

    public void Add(IReadOnlyList<NerToken> tokens, ReadOnlySpan<int> tags)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            int type = NerTagSet.TypeOf(tags[i]);
            Bump(tokens[i].Norm, type);
            if (tokens[i].Core != tokens[i].Norm) Bump(tokens[i].Core, type);
        }
    }

    private void Bump(string word, int type)
    {
        ref int[]? c = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, word, out _);
        c ??= new int[1 + NerTagSet.Types.Length];
        c[0]++;
        if (type >= 0) c[1 + type]++;
    }

    public IEnumerable<(string Word, LexiconFlags Flags)> Flags()
    {
        foreach (var (w, c) in _counts)
        {
            var f = LexiconFlags.None;
            for (int t = 0; t < TypeFlags.Length; t++)
                if (c[1 + t] > 0 && 2 * c[1 + t] >= c[0]) f |= TypeFlags[t];
            if (f != LexiconFlags.None) yield return (w, f);
        }
    }

    /// <summary>Saves the words seen in an entity at least once: <c>word TAB all TAB PER TAB LOC TAB ORG TAB MISC</c>.</summary>
    public void Save(string path, string header)
    {
        using var w = Marsad.Text.ResourceFiles.CreateCompressedText(path, header);
        foreach (var (word, c) in _counts.Where(p => p.Value.Skip(1).Any(x => x > 0)).OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Write($"{word}\t{string.Join('\t', c)}\n");
    }

    public static NameParts Load(Stream stream)
    {
        var parts = new NameParts();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 2 + NerTagSet.Types.Length) continue;
            var c = new int[1 + NerTagSet.Types.Length];
            bool ok = true;
            for (int k = 0; k < c.Length; k++) ok &= int.TryParse(cols[1 + k], out c[k]);
            if (ok) parts._counts[cols[0]] = c;
        }
        return parts;
    }
}
