using Marsad.Extraction.Dates;
using static Marsad.Extraction.Tests.Docs;

namespace Marsad.Extraction.Tests;

public sealed class DateTests
{
    private static DateMention One(string text, string? published)
    {
        DateOnly? p = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        return Assert.Single(Analyze(text, p).Dates);
    }

    [Theory]
    // Relative days across month and year boundaries.
    [InlineData("وقعت الاشتباكات أمس في المدينة.", "2017-03-15", "أمس", "2017-03-14")]
    [InlineData("وقعت الاشتباكات أمس في المدينة.", "2017-03-01", "أمس", "2017-02-28")]
    [InlineData("وقعت الاشتباكات أمس في المدينة.", "2016-03-01", "أمس", "2016-02-29")]
    [InlineData("وقعت الاشتباكات أمس في المدينة.", "2017-01-01", "أمس", "2016-12-31")]
    [InlineData("يصل الوفد غدا إلى القاهرة.", "2016-12-31", "غدا", "2017-01-01")]
    [InlineData("وصل الوفد أول أمس إلى القاهرة.", "2017-03-01", "أول أمس", "2017-02-27")]
    [InlineData("اندلعت المعارك منذ فجر أمس في المدينة.", "2017-03-15", "فجر أمس", "2017-03-14")]
    [InlineData("تظاهر الآلاف مساء اليوم في الميدان.", "2017-03-15", "مساء اليوم", "2017-03-15")]
    [InlineData("تستمر المواجهات منذ 3 أيام.", "2017-01-02", "منذ 3 أيام", "2016-12-30")]
    [InlineData("وصل قبل يومين إلى العاصمة.", "2017-03-01", "قبل يومين", "2017-02-27")]
    [InlineData("عاد منذ ثلاثة أشهر إلى بلده.", "2017-02-15", "منذ ثلاثة أشهر", "2016-11")]
    [InlineData("انعقد المؤتمر الشهر الماضي في تونس.", "2017-01-10", "الشهر الماضي", "2016-12")]
    [InlineData("تبدأ المفاوضات الأسبوع المقبل في جنيف.", "2017-12-28", "الأسبوع المقبل", "2018-W01")]
    [InlineData("ارتفعت الأسعار العام الماضي بشدة.", "2017-03-15", "العام الماضي", "2016")]
    // Weekdays: on or before publication; الماضي and المقبل move a week.
    [InlineData("عقد الاجتماع يوم الاثنين في الوزارة.", "2017-03-15", "يوم الاثنين", "2017-03-13")]
    [InlineData("عقد الاجتماع يوم الأربعاء في الوزارة.", "2017-03-15", "يوم الأربعاء", "2017-03-15")]
    [InlineData("يعقد الاجتماع الاثنين المقبل في الوزارة.", "2017-03-15", "الاثنين المقبل", "2017-03-20")]
    [InlineData("عقد الاجتماع الخميس الماضي في الوزارة.", "2017-03-15", "الخميس الماضي", "2017-03-09")]
    [InlineData("أعلن الجيش، الجمعة، انتهاء العملية.", "2017-01-03", "الجمعة", "2016-12-30")]
    [InlineData("قال الوزير اليوم الثلاثاء إن الطريق مفتوح.", "2013-02-26", "اليوم الثلاثاء", "2013-02-26")]
    // Absolute dates, every month-name system, and the year a date without one belongs to.
    [InlineData("وقع الهجوم في 15 مارس 2017 قرب الحدود.", null, "15 مارس 2017", "2017-03-15")]
    [InlineData("وقع الهجوم في 15/3/2017 قرب الحدود.", null, "15/3/2017", "2017-03-15")]
    [InlineData("وقع الهجوم في 2017-03-15 قرب الحدود.", null, "2017-03-15", "2017-03-15")]
    [InlineData("صدر القرار في آذار/مارس 2017 بعد نقاش.", null, "آذار/مارس 2017", "2017-03")]
    [InlineData("صدر القرار في كانون الثاني 2016 بعد نقاش.", null, "كانون الثاني 2016", "2016-01")]
    [InlineData("تنطلق الدورة في جانفي 2018 بتونس.", null, "جانفي 2018", "2018-01")]
    [InlineData("انطلقت الدورة يوم 3 شتنبر بالرباط.", "2017-09-10", "يوم 3 شتنبر", "2017-09-03")]
    [InlineData("جرت الانتخابات يومي 26 و27 يناير الماضي في البلاد.", "2017-01-05", "26 و27 يناير الماضي", "2016-01-26/2016-01-27")]
    [InlineData("جرت الانتخابات في 26 و27 ديسمبر الماضي في البلاد.", "2017-01-05", "26 و27 ديسمبر الماضي", "2016-12-26/2016-12-27")]
    [InlineData("تبدأ الدراسة في 15 يناير بالمدارس.", "2016-12-20", "15 يناير", "2017-01-15")]
    [InlineData("وقعت الحادثة في 20 ديسمبر بالمدينة.", "2017-01-05", "20 ديسمبر", "2016-12-20")]
    [InlineData("ولد الكاتب عام 1950 في القاهرة.", null, "عام 1950", "1950")]
    [InlineData("يعمل في الشركة منذ عام 2007 حتى الآن.", null, "عام 2007", "2007")]
    public void Dates_resolve_against_publication(string text, string? published, string span, string value)
    {
        var d = One(text, published);
        Assert.Equal(span, d.Text);
        Assert.Equal(value, d.Value);
    }

    [Theory]
    [InlineData("وقعت الاشتباكات أمس في المدينة.", "أمس", "-P1D")]
    [InlineData("تستمر المواجهات منذ 3 أيام.", "منذ 3 أيام", "-P3D")]
    [InlineData("تبدأ المفاوضات الشهر المقبل في جنيف.", "الشهر المقبل", "P1M")]
    [InlineData("عقد الاجتماع الخميس الماضي في الوزارة.", "الخميس الماضي", "last THU")]
    public void Without_a_publication_date_relative_dates_carry_their_offset(string text, string span, string offset)
    {
        var d = One(text, null);
        Assert.Equal(span, d.Text);
        Assert.Null(d.Value);
        Assert.Equal(offset, d.Offset);
    }

    [Fact]
    public void A_day_and_month_without_a_year_or_publication_keeps_no_guessed_year() =>
        Assert.Equal("--03-15", One("وقع الهجوم في 15 مارس قرب الحدود.", null).Value);

    [Theory]
    [InlineData("تجددت الاشتباكات لليوم الثالث على التوالي.")]
    [InlineData("وهو اليوم الذي انتظره الجميع.")]
    [InlineData("تقاسم الاثنين الجائزة.")]
    [InlineData("صلى المسلمون الجمعة في المسجد.")]
    public void Words_that_are_not_dates_here(string text) =>
        Assert.Empty(Analyze(text, new DateOnly(2017, 3, 15)).Dates);
}
