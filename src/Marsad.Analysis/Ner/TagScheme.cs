namespace Marsad.Analysis.Ner;

/// <summary>
/// Turns a column of labels into entity spans and back. Reads IOB2, IOB1 (I- may open an entity) and
/// BIOES/BILOU (S-/U- single, E-/L- last), the way conlleval reads chunks.
/// </summary>
public static class TagScheme
{
    public static List<EntitySpan> ToSpans(IReadOnlyList<string> labels)
    {
        var spans = new List<EntitySpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i < labels.Count; i++)
        {
            var (prefix, t) = Split(labels[i]);
            bool startsHere = prefix is 'B' or 'S' or 'U' || (prefix is 'I' or 'E' or 'L' && t != type);
            if (type is not null && (prefix == 'O' || startsHere))
            {
                spans.Add(new EntitySpan(start, i, type));
                type = null;
            }
            if (prefix != 'O' && (startsHere || type is null))
            {
                start = i;
                type = t;
            }
            if (prefix is 'S' or 'U' or 'E' or 'L' && type is not null)
            {
                spans.Add(new EntitySpan(start, i + 1, type));
                type = null;
            }
        }
        if (type is not null) spans.Add(new EntitySpan(start, labels.Count, type));
        return spans;
    }

    /// <summary>Spans of tag ids of <see cref="NerTagSet"/> (an I- that cannot continue opens an entity).</summary>
    public static List<EntitySpan> ToSpans(ReadOnlySpan<int> tags)
    {
        var labels = new string[tags.Length];
        for (int i = 0; i < tags.Length; i++) labels[i] = NerTagSet.Names[tags[i]];
        return ToSpans(labels);
    }

    /// <summary>IOB2 tag ids for spans over <paramref name="length"/> tokens.</summary>
    public static int[] ToTags(IEnumerable<EntitySpan> spans, int length)
    {
        var tags = new int[length];
        foreach (var s in spans)
        {
            int type = NerTagSet.TypeIndex(s.Type);
            if (type < 0) continue;
            tags[s.Start] = NerTagSet.Begin(type);
            for (int i = s.Start + 1; i < s.End; i++) tags[i] = NerTagSet.Inside(type);
        }
        return tags;
    }

    private static (char Prefix, string Type) Split(string label)
    {
        if (label.Length == 0 || label == "O" || label == "-") return ('O', "");
        int dash = label.IndexOf('-');
        if (dash == 1) return (char.ToUpperInvariant(label[0]), label[2..]);
        // A bare type (IO scheme) continues or opens a chunk of that type.
        return ('I', label);
    }
}
