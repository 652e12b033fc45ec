using Marsad.Extraction.Quotes;
using static Marsad.Extraction.Tests.Docs;

namespace Marsad.Extraction.Tests;

public sealed class QuoteTests
{
    [Fact]
    public void Reported_speech_with_a_titled_speaker_resolves_to_the_person()
    {
        var a = Analyze("وأكد وزير الخارجية سامح شكري أن مصر لن تتخلى عن حقوقها المائية.", null, ("سامح شكري", Per));
        var q = Assert.Single(a.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.StartsWith("مصر لن تتخلى", q.Text);
        Assert.Equal("وأكد", q.Cue.Text);
        Assert.Equal("سامح شكري", q.Speaker!.Canonical);
        Assert.NotNull(q.Speaker.Id);
    }

    [Theory]
    [InlineData("وقالت الوزيرة منى عمر إن الحكومة ستدعم المزارعين هذا العام.", "منى عمر", "قالت")]
    [InlineData("ويرى الباحث كريم سعيد أن الأزمة ستطول.", "كريم سعيد", "يرى")]
    [InlineData("وشددوا على أن الحوار هو الحل الوحيد.", null, "وشددوا")]
    [InlineData("وأشار المدير حسن فؤاد إلى أن المشروع تأخر بسبب التمويل.", "حسن فؤاد", "وأشار")]
    public void Cue_verbs_in_every_person_and_tense_with_clitics(string text, string? speaker, string cue)
    {
        var a = Analyze(text);
        var q = Assert.Single(a.Quotes);
        Assert.Contains(cue, q.Cue.Text);
        if (speaker is not null) Assert.Equal(speaker, q.Speaker!.Canonical);
    }

    [Fact]
    public void Direct_quote_after_a_colon_in_guillemets()
    {
        var a = Analyze("وتابع رئيس الوزراء هشام قنديل: «لن نسمح بأي تجاوز بعد اليوم».", null, ("هشام قنديل", Per));
        var q = Assert.Single(a.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("لن نسمح بأي تجاوز بعد اليوم", q.Text);
        Assert.Equal("هشام قنديل", q.Speaker!.Canonical);
    }

    [Fact]
    public void A_participle_takes_the_speaker_of_the_statement_before()
    {
        var a = Analyze("وأضاف المحافظ عادل لبيب أن الطرق ستفتح غدا، مشيرا إلى أن «العمل لن يتوقف»، ومؤكدا أن الميزانية كافية.", null, ("عادل لبيب", Per));
        Assert.Equal(3, a.Quotes.Count);
        Assert.All(a.Quotes, q => Assert.Equal("عادل لبيب", q.Speaker!.Canonical));
        Assert.Equal(QuoteKind.Direct, a.Quotes[1].Kind);
        Assert.Equal("العمل لن يتوقف", a.Quotes[1].Text);
        Assert.Equal("مشيرا", a.Quotes[1].Cue.Text);
        Assert.Equal(QuoteKind.Indirect, a.Quotes[2].Kind);
    }

    [Fact]
    public void A_verb_with_no_written_subject_speaks_for_the_last_speaker()
    {
        var a = Analyze("قال الوزير طارق عامر إن الاحتياطي ارتفع. وأوضح أن الدولار سيستقر.", null, ("طارق عامر", Per));
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("طارق عامر", a.Quotes[1].Speaker!.Canonical);
    }

    [Fact]
    public void Relayed_speech_names_the_source_and_the_channel()
    {
        var a = Analyze("ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم أسفر عن سقوط قتلى.");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("مسؤول أمني", q.Speaker!.Text);
        Assert.Null(q.Speaker.Id);
        Assert.Equal("قوله", q.Cue.Text);
        Assert.Equal("وكالة رويترز", q.Via!.Text);
        Assert.StartsWith("الهجوم أسفر", q.Text);
    }

    [Fact]
    public void A_described_source_is_kept_as_written_even_when_it_names_an_organisation()
    {
        var a = Analyze("وقال مصدر مقرب من «حركة النهضة» إن الاجتماع تأجل.", null, ("حركة النهضة", Org));
        var q = Assert.Single(a.Quotes);
        Assert.Equal("مصدر مقرب من «حركة النهضة»", q.Speaker!.Text);
        Assert.Null(q.Speaker.Canonical);
    }

    [Fact]
    public void A_short_quoted_name_in_the_speaker_phrase_is_the_channel_not_a_quote()
    {
        var a = Analyze("وأضاف الخبير سمير فرج في تصريحات لصحيفة «الأهرام» أن الجيش مستعد.", null, ("سمير فرج", Per));
        var q = Assert.Single(a.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Contains("الأهرام", q.Via!.Text);
        Assert.Equal("سمير فرج", q.Speaker!.Canonical);
    }

    [Fact]
    public void A_headline_speaker_before_a_colon_resolves_through_the_role()
    {
        var a = Analyze("المتحدث باسم الوزارة: لا زيادة في الأسعار\nقال المتحدث باسم الوزارة الدكتور خالد مجاهد إن الأسعار ثابتة.", null, ("خالد مجاهد", Per));
        Assert.Equal(2, a.Quotes.Count);
        var headline = a.Quotes[0];
        Assert.Equal(":", headline.Cue.Text);
        Assert.Equal("لا زيادة في الأسعار", headline.Text);
        Assert.Equal("خالد مجاهد", headline.Speaker!.Canonical);
    }

    [Fact]
    public void A_quotation_before_its_verb()
    {
        var a = Analyze("«سنواصل العمل حتى آخر يوم في الولاية»، قال الرئيس ماكي سال.", null, ("ماكي سال", Per));
        var q = Assert.Single(a.Quotes);
        Assert.Equal("سنواصل العمل حتى آخر يوم في الولاية", q.Text);
        Assert.Equal("ماكي سال", q.Speaker!.Canonical);
    }

    [Theory]
    [InlineData("وقال الرئيس كلمة قصيرة في حفل الافتتاح.")]
    [InlineData("وتبين أن الأوراق سليمة.")]
    [InlineData("وأعلنت الشركة عن أرباحها السنوية.")]
    public void No_quote_without_reported_content_or_with_an_impersonal_verb(string text) =>
        Assert.Empty(Analyze(text).Quotes);
}
