using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text, bool withHeadline = false)
    {
        var tokens = new Tokenizer().Tokenize(text);
        return SentenceSplitter.Default.Split(text, tokens)
            .Where(s => withHeadline || !s.IsHeadline)
            .Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void Full_stops_question_and_exclamation_marks_end_sentences_but_commas_do_not()
    {
        Assert.Equal(
            ["قال الوزير، في بيان؛ إن الوضع مستقر.", "هل انتهت الأزمة؟", "لا!"],
            Sentences("قال الوزير، في بيان؛ إن الوضع مستقر. هل انتهت الأزمة؟ لا!"));
    }

    [Fact]
    public void Decimals_do_not_split_and_line_breaks_do()
    {
        Assert.Equal(["ارتفع المؤشر 3.5 في المئة.", "وتراجع الدولار", "ثم استقر."], Sentences("ارتفع المؤشر 3.5 في المئة.\nوتراجع الدولار\nثم استقر."));
    }

    [Fact]
    public void A_quotation_with_full_stops_inside_stays_whole()
    {
        Assert.Equal(
            ["وتابع: «المطاردة لم تنته.. سنطارد العدو. وبعدها سنرى»، معتبرا أن الأمر انتهى.", "ثم غادر."],
            Sentences("وتابع: «المطاردة لم تنته.. سنطارد العدو. وبعدها سنرى»، معتبرا أن الأمر انتهى. ثم غادر."));
    }

    [Fact]
    public void An_unclosed_quotation_does_not_swallow_the_rest_of_the_paragraph()
    {
        Assert.Equal(["قال «إن الأمر انتهى.", "ثم غادر."], Sentences("قال «إن الأمر انتهى. ثم غادر."));
    }

    [Fact]
    public void The_closing_quote_after_a_full_stop_stays_with_its_sentence()
    {
        Assert.Equal(["قال: «انتهى الأمر.»", "ثم غادر."], Sentences("قال: «انتهى الأمر.» ثم غادر."));
    }

    [Fact]
    public void A_headline_on_its_own_line_is_the_first_sentence_and_marked()
    {
        var all = Sentences("انفجار في بغداد\nقال مصدر أمني إن انفجارا وقع اليوم. وأضاف أن الشرطة طوقت المكان.", withHeadline: true);
        Assert.Equal(["انفجار في بغداد", "قال مصدر أمني إن انفجارا وقع اليوم.", "وأضاف أن الشرطة طوقت المكان."], all);
        Assert.Equal(2, Sentences("انفجار في بغداد\nقال مصدر أمني إن انفجارا وقع اليوم. وأضاف أن الشرطة طوقت المكان.").Count);
    }

    [Fact]
    public void A_headline_running_into_the_body_ends_where_the_lead_verb_starts_it()
    {
        const string text = "• الوزير: الاتفاق قريب.. وترحيب دولي بالخطوة أعلن وزير الخارجية أن الاتفاق بات قريبا. وأضاف أن المفاوضات مستمرة.";
        var tokens = new Tokenizer().Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        Assert.True(sentences[0].IsHeadline);
        Assert.Equal("الوزير: الاتفاق قريب.. وترحيب دولي بالخطوة", text[sentences[0].Start..sentences[0].End]);
        Assert.Equal(["أعلن وزير الخارجية أن الاتفاق بات قريبا.", "وأضاف أن المفاوضات مستمرة."], Sentences(text));
    }

    [Fact]
    public void Text_without_a_headline_has_none()
    {
        const string text = "قال مصدر أمني إن انفجارا وقع اليوم. وأضاف أن الشرطة طوقت المكان.";
        var sentences = SentenceSplitter.Default.Split(text, new Tokenizer().Tokenize(text));
        Assert.DoesNotContain(sentences, s => s.IsHeadline);
    }

    [Fact]
    public void A_headline_line_may_hold_a_quotation()
    {
        const string text = "«هيومن رايتس»: الوضع خطير\nقالت المنظمة إن الوضع خطير.";
        var sentences = SentenceSplitter.Default.Split(text, new Tokenizer().Tokenize(text));
        Assert.True(sentences[0].IsHeadline);
        Assert.Equal("«هيومن رايتس»: الوضع خطير", text[sentences[0].Start..sentences[0].End]);
    }
}
