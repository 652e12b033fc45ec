using CsCheck;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests;

/// <summary>Properties that must hold for any Unicode input, with a bias towards Arabic and the characters the folds touch.</summary>
public class TextPropertyTests
{
    private static readonly Gen<string> AnyText = Gen.Frequency(
            (3, Gen.Char),
            (6, Gen.Char['\u0600', '\u06FF']),
            (2, Gen.Char[" \n.،؛؟!«»\"'0123456789٠١٢٣٤٥٦٧٨٩٫٬%@#:/-_"]),
            (1, Gen.Char['\uFB50', '\uFEFF']),
            (1, Gen.Char["\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u0640\u0670"]),
            (2, Gen.Char['a', 'z']))
        .Array[0, 80]
        .Select(chars => new string(chars));

    [Fact]
    public void Tokens_lie_inside_the_text_in_order_and_normalise_to_their_norm()
    {
        var tokenizer = Tokenizer.Default;
        var normalizer = ArabicNormalizer.Matching;
        AnyText.Sample(text =>
        {
            var tokens = tokenizer.Tokenize(text);
            var whole = normalizer.NormalizeWithMap(text);
            int last = 0;
            foreach (var t in tokens)
            {
                Assert.True(t.Start >= last && t.End > t.Start && t.End <= text.Length, $"token [{t.Start},{t.End}) out of place");
                last = t.End;
                // The token's own normal form is exactly the part of the whole text's normal form that came from it.
                var fromToken = new System.Text.StringBuilder();
                for (int i = 0; i < whole.Text.Length; i++)
                {
                    int origin = whole.Map.OriginalStart(i);
                    if (origin >= t.Start && origin < t.End) fromToken.Append(whole.Text[i]);
                }
                Assert.Equal(fromToken.ToString(), normalizer.Normalize(t.SpanOf(text)));
            }
            var sentences = SentenceSplitter.Default.Split(text, tokens);
            foreach (var s in sentences) Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End);
        }, iter: 3000);
    }

    [Fact]
    public void Normalisation_is_idempotent_for_every_fold()
    {
        foreach (var folds in new[] { Folds.Matching, Folds.All, Folds.Display, Folds.PresentationForms, Folds.Alef | Folds.Diacritics })
        {
            var n = ArabicNormalizer.For(folds);
            AnyText.Sample(text =>
            {
                string once = n.NormalizeWithMap(text).Text;
                Assert.Equal(once, n.NormalizeWithMap(once).Text);
                Assert.Equal(once, n.Normalize(text.AsSpan()));
            }, iter: 1500);
        }
    }

    [Fact]
    public void Every_normalised_span_maps_to_an_original_span_that_normalises_to_it()
    {
        var n = ArabicNormalizer.Matching;
        Gen.Select(AnyText, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, a, b) =>
        {
            var result = n.NormalizeWithMap(text);
            if (result.Text.Length == 0) return;
            int s = a % (result.Text.Length + 1), e = b % (result.Text.Length + 1);
            if (s > e) (s, e) = (e, s);
            var (os, oe) = result.ToOriginal(s, e);
            Assert.InRange(os, 0, text.Length);
            Assert.InRange(oe, os, text.Length);
            // The original span covers the normalised one: its own normal form contains it.
            Assert.Contains(result.Text[s..e], n.Normalize(text.AsSpan(os, oe - os)), StringComparison.Ordinal);
        }, iter: 3000);
    }
}
