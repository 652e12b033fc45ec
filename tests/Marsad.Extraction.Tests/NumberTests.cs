using Marsad.Extraction.Lexicons;
using Marsad.Extraction.Numbers;
using static Marsad.Extraction.Tests.Docs;

namespace Marsad.Extraction.Tests;

public sealed class NumberTests
{
    [Theory]
    [InlineData("1,500", 1500)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("3.5", 3.5)]
    [InlineData("٣٫٥", 3.5)]
    [InlineData("٢٠١٧", 2017)]
    [InlineData("۱۲۳", 123)]
    [InlineData("1.000.000", 1000000)]
    [InlineData("2,5", 2.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1.234,5", 1234.5)]
    public void Digits_in_every_script_with_separators(string written, double value)
    {
        Assert.True(NumberParser.TryParseDigits(written, out double v));
        Assert.Equal(value, v, 6);
    }

    [Theory]
    [InlineData("واحد", 1, false)]
    [InlineData("ثلاثة", 3, false)]
    [InlineData("ثلاث", 3, false)]
    [InlineData("اثنين", 2, false)]
    [InlineData("أحد عشر", 11, false)]
    [InlineData("إحدى عشرة", 11, false)]
    [InlineData("اثنا عشر", 12, false)]
    [InlineData("خمسة عشر", 15, false)]
    [InlineData("عشرون", 20, false)]
    [InlineData("عشرين", 20, false)]
    [InlineData("ثلاثة وعشرون", 23, false)]
    [InlineData("خمسة وأربعين", 45, false)]
    [InlineData("مائة", 100, false)]
    [InlineData("مئتين", 200, false)]
    [InlineData("مائتين وخمسين", 250, false)]
    [InlineData("ثلاثمائة", 300, false)]
    [InlineData("ثلاث مئة", 300, false)]
    [InlineData("ألف", 1000, false)]
    [InlineData("ألفين", 2000, false)]
    [InlineData("خمسة آلاف", 5000, false)]
    [InlineData("ألفين وخمسمائة", 2500, false)]
    [InlineData("ثلاثة ملايين", 3000000, false)]
    [InlineData("مليون ونصف", 1500000, false)]
    [InlineData("مليار", 1000000000, false)]
    [InlineData("نصف", 0.5, false)]
    [InlineData("ثلثي", 0.666667, false)]
    [InlineData("عدة", 3, true)]
    [InlineData("بضعة", 3, true)]
    [InlineData("عشرات", 20, true)]
    [InlineData("مئات", 200, true)]
    [InlineData("آلاف", 1000, true)]
    [InlineData("عشرات الآلاف", 20000, true)]
    public void Number_words_and_their_compounds(string words, double value, bool approximate)
    {
        var parser = new NumberParser(ExtractionLexicon.Default);
        var norms = words.Split(' ').Select(ExtractionLexicon.Norm).ToList();
        double? v = parser.ParseWords(norms, out int used, out bool approx);
        Assert.NotNull(v);
        Assert.Equal(norms.Count, used);
        Assert.Equal(value, v.Value, 4);
        Assert.Equal(approximate, approx);
    }

    [Theory]
    [InlineData("ثلاثة أربعة")]
    [InlineData("الحكومة")]
    public void Words_that_do_not_make_one_number(string words)
    {
        var parser = new NumberParser(ExtractionLexicon.Default);
        var norms = words.Split(' ').Select(ExtractionLexicon.Norm).ToList();
        double? v = parser.ParseWords(norms, out int used, out _);
        Assert.True(v is null || used < norms.Count);
    }

    [Theory]
    [InlineData("سقط قتيل في الاشتباكات.", "قتيل", 1, false)]
    [InlineData("أصيب شخصين في الحادث.", "شخصين", 2, false)]
    [InlineData("ولقي قتيلان حتفهما.", "قتيلان", 2, false)]
    [InlineData("استمرت المواجهات منذ 3 أيام.", "3 أيام", 3, false)]
    [InlineData("وأصيب عدة جرحى مدنيين.", "عدة جرحى", 3, true)]
    [InlineData("قتل نحو 30 شخصا.", "نحو 30 شخصا", 30, true)]
    [InlineData("بلغت الخسائر 3 ملايين دولار.", "3 ملايين دولار", 3000000, false)]
    [InlineData("ارتفعت النسبة إلى 45%.", "45%", 45, false)]
    [InlineData("وصل ٢٥ شخصا.", "٢٥ شخصا", 25, false)]
    [InlineData("أصيب ثلاثة وعشرون طالبا.", "ثلاثة وعشرون طالبا", 23, false)]
    [InlineData("تظاهر عشرات الآلاف في الساحة.", "عشرات الآلاف", 20000, true)]
    [InlineData("وسمع دوي عدد من الانفجارات.", "عدد من الانفجارات", 3, true)]
    public void Quantities_in_text_take_the_noun_they_count(string text, string span, double value, bool approximate)
    {
        var n = Assert.Single(Analyze(text).Numbers);
        Assert.Equal(span, n.Text);
        Assert.Equal(value, n.Value, 4);
        Assert.Equal(approximate, n.Approximate);
    }

    [Theory]
    [InlineData("وقال سبع من المشاركين.")]
    [InlineData("الست الكبيرة في البيت.")]
    public void Ambiguous_number_words_alone_are_not_numbers(string text) =>
        Assert.DoesNotContain(Analyze(text).Numbers, n => n.Text is "سبع" or "الست");

    [Fact]
    public void A_conjunction_before_a_number_is_left_out_of_its_span()
    {
        var n = Assert.Single(Analyze("سقط قتيل وعدة جرحى.").Numbers, x => x.Approximate);
        Assert.Equal("عدة جرحى", n.Text);
    }
}
