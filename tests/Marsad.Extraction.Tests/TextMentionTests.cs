using static Marsad.Extraction.Tests.Docs;

namespace Marsad.Extraction.Tests;

/// <summary>Names the text itself marks, found beside (or despite) what NER tagged.</summary>
public sealed class TextMentionTests
{
    private static List<(string Text, string Type)> Found(string text, params (string Text, string Type)[] ner) =>
        Analyze(text, null, ner).Entities.Mentions.Select(m => (m.Text, m.Type)).ToList();

    [Fact]
    public void A_quoted_name_after_an_organisation_noun_takes_in_the_place_inside_it()
    {
        var found = Found("اندلعت اشتباكات مع ميليشيا «فجر ليبيا» في طرابلس.", ("ليبيا", Loc), ("طرابلس", Loc));
        Assert.Contains(("فجر ليبيا", Org), found);
        Assert.DoesNotContain(("ليبيا", Loc), found);
        Assert.Contains(("طرابلس", Loc), found);
    }

    [Fact]
    public void A_name_the_tagger_started_inside_quotation_marks_runs_to_the_closing_mark()
    {
        var found = Found("قال مصدر مقرب من «كتائب الدفاع عن حلب» إن القتال توقف.", ("كتائب", Org), ("حلب", Loc));
        Assert.Contains(("كتائب الدفاع عن حلب", Org), found);
        Assert.DoesNotContain(("حلب", Loc), found);
    }

    [Fact]
    public void A_quotation_that_is_not_a_name_is_left_alone()
    {
        var found = Found("وقال الوزير إن «الحكومة ستدعم المزارعين هذا العام» في بيان.", ("الوزير", Per));
        Assert.DoesNotContain(found, f => f.Text.Contains("ستدعم"));
    }

    [Fact]
    public void An_agency_noun_begins_the_name_of_the_agency()
    {
        var found = Found("ونقلت وكالة الأنباء الألمانية عن مسؤول قوله إن الوضع هادئ.");
        Assert.Contains(("وكالة الأنباء الألمانية", Org), found);
    }

    [Fact]
    public void A_group_noun_is_followed_by_the_group_s_name()
    {
        var found = Found("اتهمت الحكومة عناصر تابعة لجماعة الإخوان المسلمين والسلفيين بالتحريض.");
        Assert.Contains(("الإخوان المسلمين", Org), found);
    }

    [Fact]
    public void A_dual_place_noun_names_two_places()
    {
        var found = Found("كثفت الطائرات غاراتها على مدينتي حلب وإدلب أمس.", ("حلب", Loc));
        Assert.Contains(("حلب", Loc), found);
        Assert.Contains(("إدلب", Loc), found);
        var found2 = Found("تدور معارك في منطقتي الزاوية ورأس جدير منذ أيام.");
        Assert.Contains(("الزاوية", Loc), found2);
        Assert.Contains(("رأس جدير", Loc), found2);
    }

    [Fact]
    public void A_person_the_tagger_started_inside_a_two_word_title_begins_after_it()
    {
        var a = Analyze("وقال العقيد الركن سالم الحربي إن القوات تقدمت.", null, ("الركن سالم الحربي", Per));
        var person = Assert.Single(a.Entities.Entities, e => e.Type == Per);
        Assert.Equal("سالم الحربي", person.Canonical);
    }
}
