using Marsad.Analysis.Documents;
using Marsad.Extraction.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Numbers;

/// <summary>
/// Finds quantities: digits (with a scale word after them: "3 ملايين"), number words and their compounds,
/// duals that carry the count (قتيلين), a casualty noun standing alone (سقط قتيل = 1), vague quantities,
/// and approximators before any of them (نحو، أكثر من). The noun counted is taken into the span.
/// </summary>
public sealed class NumberExtractor
{
    private const int MaxNumberWords = 8;
    /// <summary>Unit words that are as often something else (ست "lady", سبع "lion", خمس "a fifth"): numbers only before a noun they count.</summary>
    private static readonly HashSet<string> AmbiguousAlone = new(StringComparer.Ordinal) { "ست", "سبع", "خمس", "عشر", "تسع", "ثمان", "واحد", "واحده", "ربع", "ثلث", "نصف", "عدد" };

    private readonly ExtractionLexicon _lexicon;
    private readonly NumberParser _parser;

    public NumberExtractor(ExtractionLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? ExtractionLexicon.Default;
        _parser = new NumberParser(_lexicon);
    }

    /// <param name="exclude">Spans already taken (dates): numbers inside them are left out.</param>
    public IReadOnlyList<NumberMention> Extract(Document doc, IReadOnlyList<(int Start, int End)>? exclude = null)
    {
        var t = new TokenIndex(doc);
        var w = new WordClasses(t, _lexicon);
        var found = new List<NumberMention>();
        for (int k = 0; k < t.Count; k++)
        {
            if (exclude is not null && exclude.Any(e => t[k].Start >= e.Start && t[k].Start < e.End)) continue;
            int approxLen = ApproximatorAt(t, k);
            int n = k + approxLen;
            if (TryNumber(t, w, n, out double value, out bool approximate, out int end, out int? countedToken))
            {
                if (approxLen > 0 && n >= end) { continue; }
                int start = t[k].Start, stop = t[end - 1].End;
                // وعدة جرحى، وثلاثة: the conjunction is not part of the number.
                if (approxLen == 0 && t.IsWord(k) && t.Norm(k).Length > 2 && t.Norm(k)[0] == 'و' && StartsAfterConjunction(t.Norm(k)))
                    start = t.OriginalOffset(k, 1);
                found.Add(new NumberMention(start, stop, t.Text(start, stop), value, approximate || approxLen > 0,
                    countedToken is int c ? t[c].Text : null));
                k = end - 1;
            }
        }
        return found;
    }

    private bool StartsAfterConjunction(string norm) =>
        _parser.Word(norm, false) is null && !_lexicon.CountedNouns.ContainsKey(norm)
        && (_parser.Word(norm[1..], false) is not null || norm[1..] == "عدد" || _lexicon.CountedNouns.ContainsKey(norm[1..]) || _lexicon.CountedNouns.ContainsKey("dual:" + norm[1..]));

    private int ApproximatorAt(TokenIndex t, int k)
    {
        foreach (var a in _lexicon.Approximators)
        {
            if (k + a.Length > t.Count) continue;
            bool ok = true;
            for (int i = 0; i < a.Length && ok; i++)
                ok = t.IsWord(k + i) && TokenIndex.Readings(t.Norm(k + i)).Any(r => r.Form == a[i] && (i == 0 || r.Cut == 0));
            if (ok) return a.Length;
        }
        return 0;
    }

    private bool TryNumber(TokenIndex t, WordClasses w, int k, out double value, out bool approximate, out int end, out int? counted)
    {
        value = 0;
        approximate = false;
        end = k;
        counted = null;
        if (k >= t.Count) return false;
        if (t[k].Kind == TokenKind.Number)
        {
            if (!NumberParser.TryParseDigits(t[k].Text, out value)) return false;
            end = k + 1;
            // 3 ملايين، 2.5 مليار: a scale word after the digits.
            if (t.IsWord(end) && _parser.Word(t.Norm(end), false) is { Kind: NumberWordKind.Scale or NumberWordKind.ScalePlural } scale)
            {
                value *= Math.Pow(10, Math.Floor(Math.Log10(scale.Value)));
                end++;
            }
            if (end < t.Count && t[end].Text is "%" or "٪") end++;
            else if (t.IsWord(end) && t.Norm(end) is "بالمائه" or "بالمئه") end++;
            else if (t.IsWord(end + 1) && t.Norm(end) is "في" or "فى" && t.Norm(end + 1) is "المائه" or "المئه") end += 2;
            else AttachCounted(t, w, ref end, ref counted);
            return true;
        }
        if (!t.IsWord(k)) return false;
        string norm = t.Norm(k);

        // عدد من الانفجارات: "a number of", vague.
        if (norm is "عدد" or "وعدد")
        {
            if (!(t.IsWord(k + 1) && t.Norm(k + 1) == "من" && t.IsWord(k + 2))) return false;
            value = 3;
            approximate = true;
            end = k + 3;
            counted = k + 2;
            return true;
        }

        var words = new List<string>();
        for (int j = k; j < t.Count && j - k < MaxNumberWords && t.IsWord(j); j++) words.Add(t.Norm(j));
        if (words.Count > 0 && words[0].Length > 2 && words[0][0] == 'و' && _parser.Word(words[0], false) is null && _parser.Word(words[0][1..], false) is not null)
            words[0] = words[0][1..];
        if (_parser.ParseWords(words, out int used, out bool vague) is double v && used > 0)
        {
            end = k + used;
            int before = end;
            AttachCounted(t, w, ref end, ref counted);
            if (used == 1 && end == before && AmbiguousAlone.Contains(words[0])) return false;
            value = v;
            approximate = vague;
            return true;
        }

        // قتيلين، شخصين، يومين: a dual carries the count; سقط قتيل: a casualty noun alone counts one.
        foreach (var (form, cut) in TokenIndex.Readings(norm))
        {
            if (cut > 0 && form.StartsWith("ال", StringComparison.Ordinal)) break;
            if (_lexicon.CountedNouns.ContainsKey("dual:" + form) && !form.StartsWith("ال", StringComparison.Ordinal) && !_lexicon.CountedNouns.ContainsKey(form))
            {
                value = 2;
                end = k + 1;
                counted = k;
                return true;
            }
            if (_lexicon.CountedNouns.TryGetValue(form, out var noun) && noun.CountsOne && cut == 0 && !PrecededByNumber(t, k))
            {
                value = 1;
                end = k + 1;
                counted = k;
                if (t.IsWord(end) && t.Norm(end) is "واحد" or "واحده") end++;
                return true;
            }
        }
        return false;
    }

    private static bool PrecededByNumber(TokenIndex t, int k) => k > 0 && t[k - 1].Kind == TokenKind.Number;

    /// <summary>Takes the noun right after a number into its span: "3 أيام"، "عدة جرحى"، "خمسة قتلى".</summary>
    private static void AttachCounted(TokenIndex t, WordClasses w, ref int end, ref int? counted)
    {
        if (!t.IsWord(end) || w.IsFunction(end) || w.IsComplementizer(end) || w.IsNumberWord(end) || w.IsMonthOrWeekday(end)) return;
        string n = t.Norm(end);
        if (n.StartsWith("ال", StringComparison.Ordinal) || n[0] == 'و' && n.Length > 3 && n[1] == 'ا' && n[2] == 'ل') return;
        counted = end;
        end++;
    }
}
