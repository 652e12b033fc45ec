using Marsad.Text.Lexicons;

namespace Marsad.Text.Segmentation;

/// <summary>
/// Chooses where the proclitics end and the pronoun enclitic starts. Every legal reading
/// (proclitics + base + enclitic) is scored by how often its base occurs as a word of its own, less the cost of
/// its clitics (<see cref="Clitics"/>), against how often the word occurs whole; so وقال cuts (قال is common)
/// while وزير، والد، كتاب، فلسطين، بريطانيا stay whole (زير، الد، تاب، لسطين، ريطانيا are rare or absent).
/// A word that itself takes the article (الوحدة، الفكرة، الواحد) is a noun of its own and is not cut at all:
/// a clitic-bearing form never takes ال. A base that is a fixed function word (و+أن، ل+كن+ه) is exempt: ال+word
/// may then be another word folded (الوان of ألوان).
/// </summary>
internal sealed class CliticChooser(WordLexicon lexicon, FixedSegmentations fixedWords)
{
    /// <summary>Fewest occurrences that make a base a word.</summary>
    private const int MinBase = 3;
    /// <summary>count(ال+word)/count(word) from which the word is taken for a noun of its own.</summary>
    private const double DefiniteShare = 0.02;
    /// <summary>count(ال+word)/count(word) for a word ending in ه, where ال+word also counts nouns in ة (الكتابة).</summary>
    private const double DefiniteShareBeforeHa = 0.5;
    /// <summary>The share θ for proclitics before the article: و، ب، ل before ال are nearly always clitics (بالإضافة).</summary>
    private static readonly double BeforeArticle = Math.Log(0.01);
    /// <summary>Extra cost of a base of one or two letters, which match by chance (و+حد+ة، ف+كر+ة).</summary>
    private static readonly double ShortBase = Math.Log(3);

    /// <summary>A chosen reading. <see cref="TaMarbuta"/>: the base ended in ة, written ت before the enclitic.</summary>
    public readonly record struct Reading(Proclitic? Proclitic, Enclitic? Enclitic, int BaseStart, int BaseEnd, bool TaMarbuta);

    public Reading Choose(string o, string f)
    {
        int wholeCount = lexicon.Frequency(f);
        double best = wholeCount > 0 ? Math.Log(wholeCount) : double.NegativeInfinity;
        var chosen = new Reading(null, null, 0, f.Length, false);
        // Costly tests run only for a reading that would win: -1 unknown, 0 false, 1 true.
        int noun = -1, nounBeforeHa = -1, inner = -1;
        var proclitics = Clitics.Proclitics;
        var enclitics = Clitics.Enclitics;

        for (int pi = -1; pi < proclitics.Length; pi++)
        {
            var p = pi < 0 ? null : proclitics[pi];
            if (p is not null && !o.StartsWith(p.Written, StringComparison.Ordinal)) continue;
            int start = p?.Written.Length ?? 0;
            for (int ei = -1; ei < enclitics.Length; ei++)
            {
                var e = ei < 0 ? null : enclitics[ei];
                if (p is null && e is null) continue;
                if (e is not null && !o.EndsWith(e.Written, StringComparison.Ordinal)) continue;
                int end = f.Length - (e?.Written.Length ?? 0);
                int length = end - start;
                if (length < 0) continue;
                if (length == 0)
                {
                    // لها، به، ولهم: a preposition carrying a pronoun has no base at all.
                    if (p is { IsPreposition: true } && e is { OnlyAfterTaMarbuta: false, Written: not ("كن" or "ني") }
                        && !ThroughFixedWord(f, p, start, end, enclitic: true))
                        return new Reading(p, e, start, end, false);
                    continue;
                }
                if (length < 2 || (length < 3 && p is not null && e is not null)) continue;
                if (p is { BeforeLam: true } && f[start] != 'ل') continue;
                if (p is { BeforeImperfect: true } && (length < 3 || o[start] is not ('ي' or 'ت' or 'ن' or 'أ') || o[end - 1] == 'ة')) continue;
                bool articleNext = o.AsSpan(start).StartsWith("ال");
                // The article and a possessive pronoun exclude each other.
                if (e is not null && (p is { HasArticle: true } || articleNext)) continue;
                var (count, taMarbuta) = Evidence(f.AsSpan(start, length), e is not null);
                // ل+ال written لل: the base is attested by its definite form as well (للحفاظ: الحفاظ).
                if (p is { HasArticle: true }) count += WithPrefix(f.AsSpan(start, length), "ال");
                if (count < MinBase || (e is { OnlyAfterTaMarbuta: true } && !taMarbuta)) continue;
                double proclitic = p is null ? 0 : p.HasArticle || articleNext ? BeforeArticle : p.Cost;
                double score = Math.Log(count) - proclitic - (e?.Cost ?? 0) - (length <= 2 ? ShortBase : 0);
                if (score <= best) continue;

                bool fixedBase = fixedWords.Contains(f.AsSpan(start, length));
                if (!fixedBase && (p is not null || e is { Written: not "ه" }))
                {
                    if (noun < 0) noun = IsNoun(f, wholeCount, DefiniteShare) ? 1 : 0;
                    if (noun == 1) continue;
                }
                if (!fixedBase && e is { Written: "ه" })
                {
                    if (nounBeforeHa < 0) nounBeforeHa = IsNoun(f, wholeCount, DefiniteShareBeforeHa) ? 1 : 0;
                    if (nounBeforeHa == 1) continue;
                }
                if (p is { Written.Length: > 1 })
                {
                    // Two proclitics need the inner form attested (ولادته is no و+ل+أدت+ه: لادته is unseen).
                    if (inner < 0) inner = wholeCount == 0 || lexicon.Frequency(f.AsSpan(1)) > 0 ? 1 : 0;
                    if (inner == 0) continue;
                }
                if (ThroughFixedWord(f, p, start, end, e is not null)) continue;
                best = score;
                chosen = new Reading(p, e, start, end, taMarbuta);
            }
        }
        if (chosen.Proclitic is null && chosen.Enclitic is null && wholeCount == 0) return Unknown(o, f);
        return chosen;
    }

    /// <summary>
    /// True when the reading would cut into a function word that must stay whole: و+ك+ان through كان,
    /// ل+دي+هم through لدي.
    /// </summary>
    private bool ThroughFixedWord(string f, Proclitic? p, int start, int end, bool enclitic)
    {
        if (p is null) return false;
        if (enclitic && fixedWords.IsWhole(f.AsSpan(0, end))) return true;
        for (int at = 1; at < start; at++)
        {
            if (fixedWords.IsWhole(f.AsSpan(at))) return true;
            if (enclitic && fixedWords.IsWhole(f.AsSpan(at, end - at))) return true;
        }
        return false;
    }

    /// <summary>
    /// A word the lexicon has never seen, nor any of its bases: proclitics are cut only before the article,
    /// as foreign names and rare words still take ال (والكوونوتوري، للكوونوتوري).
    /// </summary>
    private static Reading Unknown(string o, string f)
    {
        Proclitic? longest = null;
        foreach (var p in Clitics.Proclitics)
        {
            if (p.BeforeImperfect || p.BeforeLam || !o.StartsWith(p.Written, StringComparison.Ordinal)) continue;
            int rest = f.Length - p.Written.Length;
            bool beforeArticle = p.HasArticle ? rest >= 3 : rest >= 5 && o.AsSpan(p.Written.Length).StartsWith("ال");
            if (beforeArticle && (longest is null || p.Written.Length > longest.Written.Length)) longest = p;
        }
        return new Reading(longest, null, longest?.Written.Length ?? 0, f.Length, false);
    }

    /// <summary>A noun of its own: the word takes the article often enough.</summary>
    private bool IsNoun(string f, int wholeCount, double share)
    {
        int definite = WithPrefix(f, "ال");
        return definite >= MinBase && definite >= share * wholeCount;
    }

    private int WithPrefix(ReadOnlySpan<char> f, string prefix)
    {
        if (f.Length > 62) return 0;
        Span<char> buffer = stackalloc char[f.Length + prefix.Length];
        prefix.CopyTo(buffer);
        f.CopyTo(buffer[prefix.Length..]);
        return lexicon.Frequency(buffer);
    }

    /// <summary>How often the base occurs as a word, undoing the spelling changes an enclitic causes.</summary>
    private (int Count, bool TaMarbuta) Evidence(ReadOnlySpan<char> b, bool beforeEnclitic)
    {
        int count = lexicon.Frequency(b);
        if (!beforeEnclitic || b.Length > 64) return (count, false);
        Span<char> buffer = stackalloc char[b.Length];
        b.CopyTo(buffer);
        bool taMarbuta = false;
        switch (b[^1])
        {
            case 'ت':
                // ة is written ت before a pronoun: ولادته is ولادة + ه.
                buffer[^1] = 'ه';
                int asTa = lexicon.Frequency(buffer);
                if (asTa > count) { count = asTa; taMarbuta = true; }
                break;
            case 'ا':
                // ى is written ا before a pronoun: مستواه is مستوى + ه.
                buffer[^1] = 'ي';
                count = Math.Max(count, lexicon.Frequency(buffer));
                break;
            case 'ئ' or 'ؤ':
                // A final hamza takes a seat before a pronoun: أبنائه is أبناء + ه.
                buffer[^1] = 'ء';
                count = Math.Max(count, lexicon.Frequency(buffer));
                break;
        }
        return (count, taMarbuta);
    }
}
