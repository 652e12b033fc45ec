using Marsad.Text.Tokenization;
using System.Collections.Concurrent;
using Marsad.Text.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Text.Segmentation;

/// <summary>
/// Cuts Arabic words into proclitics, stem and suffixes in the Farasa WikiNews scheme (و+ال+مؤتمر، ثقاف+ة،
/// ترشيح+ات+ها), guided by the word lexicon so that words such as والد، فلسطين، كتاب، بريطانيا stay whole.
/// Results are cached per written form (thread-safe), so a word seen before costs one hash lookup and no allocation.
/// The scheme's conventions were read off the WikiNews gold, which serves only to measure (nothing is fitted to it
/// word by word): ال is cut from nearly every word, ل+ال is written لل, ة is cut always and written ت before a
/// pronoun (ولاد+ت+ه), sound plurals, duals and verb person endings are cut (ترشيح+ات، أعلن+ت، يعيش+ون), so is
/// the accusative alif (عام+ا), من+ما is written مما, hamza seats and ى are kept as written, and numbers,
/// punctuation and Latin words stay whole.
/// </summary>
public sealed class CliticSegmenter
{
    /// <summary>Forms beyond this many are segmented without being remembered, so memory stays bounded.</summary>
    private const int CacheLimit = 1 << 19;

    private static readonly ArabicNormalizer Letters =
        ArabicNormalizer.For(Folds.Diacritics | Folds.Tatweel | Folds.InvisibleMarks | Folds.PresentationForms);
    private static readonly ArabicNormalizer Matching = ArabicNormalizer.Matching;

    private readonly WordLexicon _lexicon;
    private readonly FixedSegmentations _fixed;
    private readonly CliticChooser _chooser;
    private readonly InflectionSplitter _inflections;
    private readonly WordFormTable<Segmentation> _cache = new();

    private readonly GluedWordSplitter? _glued;

    public CliticSegmenter(WordLexicon lexicon, FixedSegmentations fixedWords, GluedWordSplitter? glued = null)
    {
        _glued = glued;
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(fixedWords);
        _fixed = fixedWords;
        _chooser = new CliticChooser(lexicon, fixedWords);
        _lexicon = lexicon;
        _inflections = new InflectionSplitter(lexicon, fixedWords);
    }

    private static readonly Lazy<CliticSegmenter> Shared = new(() => new CliticSegmenter(WordLexicon.Default, FixedSegmentations.LoadDefault(), GluedWordSplitter.Default));

    /// <summary>The segmenter over the shipped lexicon and fixed words, built once.</summary>
    public static CliticSegmenter Default => Shared.Value;

    /// <summary>Segments one word as written; diacritics, tatweel and invisible marks are dropped from the segments.</summary>
    public Segmentation Segment(ReadOnlySpan<char> word)
    {
        if (_cache.TryGetValue(word, out var known)) return known;
        var segmentation = WithSpellingFreeStem(Compute(word), Matching.Normalize(word), GluedCutOf(word));
        return _cache.Count < CacheLimit ? _cache.GetOrAdd(word, segmentation) : segmentation;
    }

    /// <summary>
    /// The light stem is what search and features match on, so it must not depend on spelling: it is taken from
    /// the word's matching form (the same for الليبى/الليبي, مدينة/مدينه, أعلن/اعلن), with a final ه that is no
    /// pronoun read as ة so that the feminine ending still comes off. The segments themselves stay those of the word as written.
    /// </summary>
    private Segmentation WithSpellingFreeStem(Segmentation written, string norm, int gluedCut)
    {
        if (norm.Length == 0) return written.WithNorm(norm);
        var plain = Compute(norm);
        string lightStem = plain.LightStem;
        // A final ه the segmenter does not take for a pronoun (مستوا+ه) is read as ة: مدينه is مدينة.
        bool pronoun = plain.Segments.Count > 1 && plain.StemIndex < plain.Segments.Count - 1 && plain.Segments[^1] == "\u0647";
        if (norm[^1] == '\u0647' && !pronoun)
            lightStem = Compute(string.Concat(norm.AsSpan(0, norm.Length - 1), "\u0629")).LightStem;
        return new Segmentation([.. written.Segments], written.StemIndex, lightStem, norm, gluedCut);
    }

    private int GluedCutOf(ReadOnlySpan<char> word)
    {
        if (_glued is null) return -1;
        string w = word.ToString();
        return _glued.FindCut(w, 0, w.Length);
    }

    private Segmentation Compute(ReadOnlySpan<char> word)
    {
        string o = Letters.Normalize(word);
        if (o.Length == 0) return Segmentation.Whole(word.ToString());
        foreach (char c in o)
            if (!IsArabicLetter(c)) return Segmentation.Whole(o);
        string f = Matching.Normalize(o);
        // The matching folds left are one letter for one letter; anything else is no word this segmenter knows.
        if (f.Length != o.Length) return Segmentation.Whole(o);

        var segments = new List<string>(4);
        int stemIndex;
        string? lightStem = null;
        if (_fixed.Segments(o, f) is { } fixedSegments)
        {
            segments.AddRange(fixedSegments);
            stemIndex = 0;
            for (int k = 1; k < segments.Count; k++)
                if (segments[k].Length > segments[stemIndex].Length) stemIndex = k;
        }
        else
        {
            var reading = _chooser.Choose(o, f);
            if (reading.Proclitic is { } p) segments.AddRange(p.Segments);
            int start = reading.BaseStart, end = reading.BaseEnd;
            if (reading.Proclitic is not { HasArticle: true } && HasArticle(o, f, start, end))
            {
                segments.Add("ال");
                start += 2;
            }
            stemIndex = segments.Count;
            if (end > start && _fixed.Segments(o[start..end], f.AsSpan(start, end - start)) is { } fixedBase)
                segments.AddRange(fixedBase);
            else if (end > start)
                _inflections.Split(o[start..end], f[start..end], reading.TaMarbuta, reading.Enclitic is not null, segments);
            else stemIndex = Math.Max(0, stemIndex - 1);
            if (reading.Enclitic is not null)
            {
                segments.Add(o[end..]);
                if (stemIndex == segments.Count - 2) lightStem = UnseatBeforeEnclitic(Matching.Normalize(segments[stemIndex]));
            }
        }
        return new Segmentation([.. segments], stemIndex, lightStem ?? Matching.Normalize(segments[stemIndex]));
    }

    /// <summary>
    /// The search stem of a stem written for an enclitic: ى written ا and a hamza seated on ئ or ؤ go back to
    /// the spelling of the bare word where the lexicon knows it better (مستوا+ه → مستوي، أبنائ+ه → ابناء).
    /// </summary>
    private string UnseatBeforeEnclitic(string stem)
    {
        if (stem.Length < 2) return stem;
        char replacement = stem[^1] switch { 'ا' => 'ي', 'ئ' or 'ؤ' => 'ء', _ => '\0' };
        if (replacement == '\0') return stem;
        string bare = string.Concat(stem.AsSpan(0, stem.Length - 1), [replacement]);
        return _lexicon.Frequency(bare) > _lexicon.Frequency(stem) ? bare : stem;
    }

    /// <summary>
    /// The scheme cuts the article from nearly every word that starts with it, known or not (ال+متحد+ة،
    /// ال+أزهر). It stays on function words (الذي، التي) and on the verbal nouns of form VIII whose root starts
    /// with ل (التزام، التقى، التقط: ال, ت, a radical, then nothing or ا and one more): there what follows
    /// ال is no word while the whole is one.
    /// </summary>
    private bool HasArticle(string o, string f, int start, int end)
    {
        if (end - start < 4 || !o.AsSpan(start).StartsWith("ال")) return false;
        if (_fixed.IsWhole(f.AsSpan(start, end - start))) return false;
        var rest = f.AsSpan(start + 2, end - start - 2);
        bool formEight = rest[0] == 'ت' && rest[1] != 'ا' && (rest.Length == 3 || rest.Length == 4 && rest[2] == 'ا');
        return !(formEight && _lexicon.Frequency(rest) < 3 && _lexicon.Frequency(f.AsSpan(start, end - start)) >= 3);
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}
