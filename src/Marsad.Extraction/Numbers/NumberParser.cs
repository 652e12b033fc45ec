using System.Globalization;
using Marsad.Extraction.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Numbers;

/// <summary>Values of written numbers: digits in any script with separators, and Arabic number words.</summary>
public sealed class NumberParser(ExtractionLexicon lexicon)
{
    public static NumberParser Default { get; } = new(ExtractionLexicon.Default);

    /// <summary>
    /// Digits in Western, Arabic-Indic or Persian script. Thousands are grouped by "," "٬" or several dots
    /// ("1,500"، "1.000.000"); a single "." "٫" or a "," not followed by groups of three is the decimal mark.
    /// </summary>
    public static bool TryParseDigits(string written, out double value)
    {
        string s = ArabicNormalizer.Matching.Normalize(written);
        value = 0;
        if (s.Length == 0 || !char.IsAsciiDigit(s[0])) return false;
        int dots = s.Count(c => c == '.'), commas = s.Count(c => c == ',');
        string plain;
        if (dots > 0 && commas > 0)
            plain = s.LastIndexOf('.') > s.LastIndexOf(',') ? s.Replace(",", "") : s.Replace(".", "").Replace(',', '.');
        else if (commas > 0)
            plain = GroupsOfThree(s, ',') ? s.Replace(",", "") : commas == 1 ? s.Replace(',', '.') : s.Replace(",", "");
        else if (dots > 1)
            plain = s.Replace(".", "");
        else plain = s;
        return double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool GroupsOfThree(string s, char sep)
    {
        var parts = s.Split(sep);
        return parts.Skip(1).All(p => p.Length == 3) && parts[0].Length is >= 1 and <= 3;
    }

    /// <summary>A number word in matching form, with a leading "و" accepted on all but the first.</summary>
    public NumberWord? Word(string norm, bool allowConjunction)
    {
        if (lexicon.NumberWords.TryGetValue(norm, out var w)) return w;
        if (allowConjunction && norm.Length > 2 && norm[0] == 'و' && lexicon.NumberWords.TryGetValue(norm[1..], out w)) return w;
        return null;
    }

    /// <summary>
    /// The value of a run of number words in matching form ("ثلاثه", "وعشرون"), or null where they do not form
    /// a number. <paramref name="used"/> is how many words the number takes; <paramref name="approximate"/> is set
    /// for vague quantities (عدة، عشرات، آلاف alone).
    /// </summary>
    public double? ParseWords(IReadOnlyList<string> words, out int used, out bool approximate)
    {
        used = 0;
        approximate = false;
        double total = 0, current = 0, lastScale = 0;
        bool any = false;
        NumberWordKind? previous = null;
        for (int i = 0; i < words.Count; i++)
        {
            var w = Word(words[i], allowConjunction: i > 0);
            if (w is null) break;
            bool conj = i > 0 && words[i][0] == 'و' && !lexicon.NumberWords.ContainsKey(words[i]);
            // Two numbers side by side without و are two numbers ("ثلاثة أربعة"), except the compounds below.
            if (i > 0 && !conj && !(w.Kind is NumberWordKind.Teen or NumberWordKind.Scale or NumberWordKind.ScalePlural
                || w.Kind == NumberWordKind.Hundred && previous == NumberWordKind.Unit)) break;
            if (i > 0 && conj && w.Kind is NumberWordKind.Teen or NumberWordKind.Vague) break;
            switch (w.Kind)
            {
                case NumberWordKind.UnitCompound:
                    if (i + 1 >= words.Count || Word(words[i + 1], false)?.Kind != NumberWordKind.Teen) goto stop;
                    current += w.Value;
                    break;
                case NumberWordKind.Unit:
                case NumberWordKind.Ten:
                    current += w.Value;
                    break;
                case NumberWordKind.Teen:
                    current += 10;
                    break;
                case NumberWordKind.Hundred:
                    if (!conj && previous == NumberWordKind.Unit && current is >= 1 and <= 9) current *= 100;
                    else current += w.Value;
                    break;
                case NumberWordKind.Scale:
                case NumberWordKind.ScalePlural:
                {
                    double scale = Math.Pow(10, Math.Floor(Math.Log10(w.Value)));
                    if (current == 0 && !conj && w.Kind == NumberWordKind.ScalePlural && i == 0)
                    {
                        // آلاف alone: thousands, vague.
                        approximate = true;
                        current = w.Value;
                    }
                    else if (current == 0) current = w.Value; // ألف، ألفين، مليون
                    else current *= scale;
                    total += current;
                    lastScale = scale;
                    current = 0;
                    break;
                }
                case NumberWordKind.Fraction:
                    if (i == 0) current = w.Value;
                    else if (conj && lastScale > 0 && current == 0) total += w.Value * lastScale; // مليون ونصف
                    else if (conj) current += w.Value;                                            // ثلاث ساعات ونصف
                    else goto stop;
                    break;
                case NumberWordKind.Vague:
                    if (i > 0) goto stop;
                    approximate = true;
                    current = w.Value;
                    // عشرات الآلاف: a vague count of a scale.
                    if (i + 1 < words.Count && Word(words[i + 1], false) is { Kind: NumberWordKind.Vague or NumberWordKind.ScalePlural } s && s.Value >= 1000)
                    {
                        total += w.Value * Math.Pow(10, Math.Floor(Math.Log10(s.Value)));
                        current = 0;
                        used = i + 2;
                        any = true;
                        return total;
                    }
                    break;
            }
            previous = w.Kind;
            used = i + 1;
            any = true;
        }
    stop:
        return any ? total + current : null;
    }
}
