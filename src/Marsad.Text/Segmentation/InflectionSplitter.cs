using Marsad.Text.Lexicons;

namespace Marsad.Text.Segmentation;

/// <summary>
/// Cuts the inflectional suffixes the Farasa scheme separates from a base word that has lost its clitics:
/// ة (and ة written ت before a pronoun), the sound plurals and duals ات ين ون ان, the dual of ة-nouns تين تان,
/// the past-tense person endings ت وا, the accusative ا of tanween, and the ي و of a sound plural in construct.
/// ة is cut always; every other cut needs the lexicon to know the remaining stem as a word (for ات and the
/// accusative also with the article or with ة, for the ة-dual with ة, for a defective verb with its last radical),
/// and for the endings that also close many plain words (ين ون ان ت ا) the stem must be common enough against
/// the whole form that the ending, not the word, explains it. Verb endings and the accusative are refused to
/// words that take the article or a preposition themselves (البيت، بتركيا): verbs and adverbs never do.
/// </summary>
internal sealed class InflectionSplitter(WordLexicon lexicon, FixedSegmentations fixedWords)
{
    /// <summary>Fewest corpus occurrences that make a stem a word.</summary>
    private const int MinStem = 3;
    /// <summary>Fewest occurrences of the full plural behind a construct form in ي or و.</summary>
    private const int ConstructPluralMin = 20;
    /// <summary>Fewest occurrences of an accusative's stem: names in ا (كورونا، جوليا) have rare look-alike stems.</summary>
    private const int MinAccusativeStem = 10;
    /// <summary>count(stem) / count(stem+ين|ون) needed: plurals are rarer than their singular, names in ين/ون are not.</summary>
    private const double SoundPluralRatio = 0.25;
    /// <summary>As above for ان, which ends many names and nouns (لبنان، بيان).</summary>
    private const double DualRatio = 0.6;
    /// <summary>count(verb stem) / count(verb+ت): the feminine past is about as common as the masculine.</summary>
    private const double PastRatio = 0.3;
    /// <summary>count(stem) / count(stem+ا): adverbs in ـًا are common, their stems often only with ال (الخصوص).</summary>
    private const double AccusativeRatio = 0.02;
    /// <summary>count(ال|ب|ل + word) / count(word) from which the word is a noun: سوريا، تركيا، البيت.</summary>
    private const double NounShare = 0.02;

    /// <summary>Appends the segments of <paramref name="o"/> (letters as written; <paramref name="f"/> its matching form).</summary>
    public void Split(string o, string f, bool taMarbutaBeforePronoun, bool beforeEnclitic, List<string> into)
    {
        int n = f.Length;
        if (taMarbutaBeforePronoun && n >= 2)
        {
            Cut(o, 1, into);
            return;
        }
        if (n >= 3 && o[^1] == 'ة')
        {
            Cut(o, 1, into);
            return;
        }
        if (n >= 4 && o[^1] is 'ي' or 'و' && o[0] != 'ي' && IsConstructPlural(f))
        {
            Cut(o, 1, into);
            return;
        }
        // Every other ending closes with ن، ا or ت.
        if (o[^1] is not ('ن' or 'ا' or 'ت'))
        {
            into.Add(o);
            return;
        }
        int whole = lexicon.Frequency(f);
        if (n >= 5 && (o.EndsWith("تين", StringComparison.Ordinal) || o.EndsWith("تان", StringComparison.Ordinal))
            && WithLast(f.AsSpan(0, n - 3), 'ه', replace: false) >= Math.Max(MinStem, whole * SoundPluralRatio))
        {
            into.Add(o[..^3]);
            into.Add(o.Substring(n - 3, 1));
            into.Add(o[^2..]);
            return;
        }
        if (n >= 4 && o.EndsWith("ات", StringComparison.Ordinal) && PluralStem(f.AsSpan(0, n - 2)) >= MinStem)
        {
            Cut(o, 2, into);
            return;
        }
        if (n >= 5 && (o.EndsWith("ين", StringComparison.Ordinal) || o.EndsWith("ون", StringComparison.Ordinal)))
        {
            var stem = f.AsSpan(0, n - 2);
            int count = Math.Max(lexicon.Frequency(stem), stem[0] is 'ي' or 'ت' or 'ن' ? Defective(stem) : 0);
            if (count >= Math.Max(MinStem, whole * SoundPluralRatio))
            {
                Cut(o, 2, into);
                return;
            }
        }
        bool noun = NounCount(f) >= Math.Max(MinStem, whole * NounShare);
        // The dual ان is cut from verbs only (يشعر+ان): on nouns it ends too many names (سليمان، اليابان، أرسلان).
        if (!noun && n >= 5 && o[0] is 'ي' or 'ت' && o.EndsWith("ان", StringComparison.Ordinal)
            && VerbStem(f.AsSpan(0, n - 2)) >= Math.Max(MinStem, whole * DualRatio))
        {
            Cut(o, 2, into);
            return;
        }
        // وا loses its alif before a pronoun (ضربوه), so before one it is ى written ا (مستوا+ه).
        if (!noun && !beforeEnclitic && n >= 4 && o.EndsWith("وا", StringComparison.Ordinal) && VerbStem(f.AsSpan(0, n - 2)) >= Math.Max(MinStem, whole * PastRatio))
        {
            Cut(o, 2, into);
            return;
        }
        if (!noun && n >= 3 && o[^1] == 'ت' && VerbStem(f.AsSpan(0, n - 1)) >= Math.Max(MinStem, whole * PastRatio))
        {
            Cut(o, 1, into);
            return;
        }
        // Tanween and a pronoun exclude each other: إحدا+هما is إحدى, not an accusative.
        if (!noun && !beforeEnclitic && n >= 3 && o[^1] == 'ا'
            && Accusative(f.AsSpan(0, n - 1)) >= Math.Max(MinAccusativeStem, whole * AccusativeRatio))
        {
            Cut(o, 1, into);
            return;
        }
        into.Add(o);
    }

    /// <summary>
    /// A sound plural or dual in construct, which drops its ن (مسؤول+ي، متطوع+و، منافس+ي+ه): the full plural is
    /// a word and the form never takes the article, as a nisba adjective in ي does (العالمي).
    /// </summary>
    private bool IsConstructPlural(string f)
    {
        var stem = f.AsSpan(0, f.Length - 1);
        int plural = WithSuffix(stem, f[^1] == 'و' ? "ون" : "ين");
        if (plural < ConstructPluralMin) return false;
        int definite = WithArticle(f, "ال");
        return definite <= NounShare * lexicon.Frequency(f);
    }

    private int WithSuffix(ReadOnlySpan<char> stem, string suffix) => Joined(stem, suffix);

    private static void Cut(string o, int suffix, List<string> into)
    {
        into.Add(o[..^suffix]);
        into.Add(o[^suffix..]);
    }

    /// <summary>A stem as a word, bare or with the article (adjectives and nouns are often seen only definite).</summary>
    private int Stem(ReadOnlySpan<char> stem) => lexicon.Frequency(stem) + WithArticle(stem, "ال");

    /// <summary>The stem of a plural in ات: itself, its singular in ة, or a nisba stem (أربعيني+ات of أربعين).</summary>
    private int PluralStem(ReadOnlySpan<char> stem)
    {
        if (fixedWords.IsWhole(stem)) return 0;
        int count = Math.Max(Stem(stem), WithLast(stem, 'ه', replace: false));
        if (count < MinStem && stem.Length >= 4 && stem[^1] == 'ي') count = Stem(stem[..^1]);
        return count;
    }

    /// <summary>A past stem as a word: itself, or a defective verb whose last radical the ending hides (نف+ت of نفى).</summary>
    private int VerbStem(ReadOnlySpan<char> stem) =>
        stem.Length >= 3 ? Math.Max(lexicon.Frequency(stem), Defective(stem)) : Defective(stem);

    private int Defective(ReadOnlySpan<char> stem) =>
        Math.Max(WithLast(stem, 'ي', replace: false), WithLast(stem, 'ا', replace: false));

    /// <summary>The stem before tanween ا, bare, definite or feminine (متأثر+ا: متأثرة); a final ئ is the hamza ء seated for the ending (شيئ+ا of شيء).</summary>
    private int Accusative(ReadOnlySpan<char> stem)
    {
        int count = Stem(stem) + WithLast(stem, 'ه', replace: false);
        if (stem.Length > 0 && stem[^1] == 'ئ') count = Math.Max(count, WithLast(stem, 'ء', replace: true));
        return count;
    }

    private int NounCount(ReadOnlySpan<char> word) => WithArticle(word, "ال") + WithArticle(word, "ب") + WithArticle(word, "ل");

    private int WithArticle(ReadOnlySpan<char> word, string prefix) => Joined(prefix, word);

    /// <summary>The corpus count of two pieces written as one word; none past 64 letters, which no word reaches.</summary>
    private int Joined(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        int length = first.Length + second.Length;
        if (length > 64) return 0;
        Span<char> buffer = stackalloc char[length];
        first.CopyTo(buffer);
        second.CopyTo(buffer[first.Length..]);
        return lexicon.Frequency(buffer);
    }

    private int WithLast(ReadOnlySpan<char> stem, char c, bool replace)
    {
        int length = replace ? stem.Length : stem.Length + 1;
        if (length == 0 || length > 64) return 0;
        Span<char> buffer = stackalloc char[length];
        stem[..(replace ? stem.Length - 1 : stem.Length)].CopyTo(buffer);
        buffer[^1] = c;
        return lexicon.Frequency(buffer);
    }
}
