using Marsad.Text.Normalization;

namespace Marsad.Text.Tests;

public class NormalizerTests
{
    [Theory]
    [InlineData(Folds.Diacritics, "كَتَبَ الطَّالِبُ", "كتب الطالب")]
    [InlineData(Folds.Tatweel, "جميـــل", "جميل")]
    [InlineData(Folds.Alef, "أحمد إلى آخر ٱلكتاب", "احمد الى اخر الكتاب")]
    [InlineData(Folds.Alef, "هٰذا", "هذا")]
    [InlineData(Folds.AlefMaksura, "على مستوى", "علي مستوي")]
    [InlineData(Folds.TehMarbuta, "مدينة", "مدينه")]
    [InlineData(Folds.HamzaCarriers, "مؤتمر رئيس", "مءتمر رءيس")]
    [InlineData(Folds.PersianLetters, "کتاب یوم", "كتاب يوم")]
    [InlineData(Folds.PresentationForms, "ﻻ ﷲ", "لا الله")]
    [InlineData(Folds.Digits, "٢٠١٧ و۱۲ و٣٫٥", "2017 و12 و3.5")]
    [InlineData(Folds.InvisibleMarks, "ليبيا\u200F\u202Bطرابلس\u2069", "ليبياطرابلس")]
    [InlineData(Folds.Punctuation, "نعم، لا؛ لماذا؟ «قال»", "نعم, لا; لماذا? \"قال\"")]
    public void Each_fold_does_its_own_job(Folds fold, string input, string expected)
    {
        var n = ArabicNormalizer.For(fold | (fold == Folds.PresentationForms ? Folds.Diacritics : Folds.None));
        Assert.Equal(expected, n.NormalizeWithMap(input).Text);
        Assert.Equal(expected, n.Normalize(input.AsSpan()));
    }

    [Fact]
    public void Matching_folds_leave_hamza_carriers_alone()
    {
        Assert.Equal("مؤتمر", ArabicNormalizer.Matching.Normalize("مؤتمر"));
        Assert.Equal("الليبي", ArabicNormalizer.Matching.Normalize("الليبى"));
    }

    [Fact]
    public void Spans_map_back_to_the_exact_original_characters()
    {
        const string original = "قالَ \u200Fالرَّئِيسُ ﻻ";
        var n = ArabicNormalizer.Matching.NormalizeWithMap(original);
        Assert.Equal("قال الرييس لا", n.Text.Replace("ئ", "ي"));
        int at = n.Text.IndexOf("الر", StringComparison.Ordinal);
        int end = n.Text.IndexOf(' ', at);
        var (s, e) = n.ToOriginal(at, end);
        Assert.Equal("الرَّئِيسُ", original[s..e]);
        var (ls, le) = n.ToOriginal(n.Text.Length - 2, n.Text.Length);
        Assert.Equal("ﻻ", original[ls..le]);
    }
}
