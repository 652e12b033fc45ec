using static Marsad.Extraction.Tests.Docs;

namespace Marsad.Extraction.Tests;

public sealed class EntityMergerTests
{
    [Fact]
    public void A_surname_joins_the_full_name_and_the_title_is_split_off()
    {
        var a = Analyze("التقى الدكتور خالد العناني بالسفراء. وقال العناني إن الموسم واعد.", null, ("الدكتور خالد العناني", Per), ("العناني", Per));
        var ms = a.Entities.Mentions.Where(m => m.Type == Per).ToList();
        Assert.Equal(2, ms.Count);
        Assert.Single(ms.Select(m => m.Id).Distinct());
        Assert.Equal("خالد العناني", ms[0].Text);
        Assert.Equal("الدكتور", ms[0].Title);
        var e = Assert.Single(a.Entities.Entities, x => x.Type == Per);
        Assert.Equal("خالد العناني", e.Canonical);
        Assert.Equal(["الدكتور"], e.Titles);
        Assert.Equal(2, e.MentionCount);
    }

    [Fact]
    public void A_role_alone_resolves_to_the_one_person_who_holds_it()
    {
        var a = Analyze("قال المتحدث باسم وزارة الصحة الدكتور خالد مجاهد إن الوضع مستقر. وأضاف المتحدث باسم الوزارة أن اللقاحات وصلت.",
            null, ("خالد مجاهد", Per));
        var person = Assert.Single(a.Entities.Entities, e => e.Type == Per);
        Assert.Contains("المتحدث باسم وزارة الصحة", person.Roles);
        var role = Assert.Single(a.Entities.Mentions, m => m.Origin == "role");
        Assert.Equal(person.Id, role.Id);
        Assert.Equal("خالد مجاهد", a.Quotes[1].Speaker!.Canonical);
    }

    [Fact]
    public void An_apposition_after_the_name_is_kept_as_its_role()
    {
        var a = Analyze("ورأى ماتيا توالدو، الباحث في المجلس الأوروبي، أن الحل سياسي.", null, ("ماتيا توالدو", Per));
        var person = Assert.Single(a.Entities.Entities, e => e.Type == Per);
        Assert.Equal(["الباحث في المجلس الأوروبي"], person.Roles);
    }

    [Fact]
    public void An_organisation_short_form_joins_its_full_form()
    {
        var a = Analyze("أعلن الحزب الديمقراطي الاجتماعي برنامجه. وقال الحزب الديمقراطي إنه سيشارك.",
            null, ("الحزب الديمقراطي الاجتماعي", Org), ("الحزب الديمقراطي", Org));
        var orgs = a.Entities.Mentions.Where(m => m.Type == Org).ToList();
        Assert.Equal(2, orgs.Count);
        Assert.Equal(orgs[0].Id, orgs[1].Id);
        Assert.Equal("الحزب الديمقراطي الاجتماعي", orgs[1].Canonical);
    }

    [Fact]
    public void A_surname_two_people_share_stays_apart()
    {
        var a = Analyze("حضر سامي حسن وكريم حسن. وقال حسن إن اللقاء مثمر.", null, ("سامي حسن", Per), ("كريم حسن", Per), ("حسن", Per));
        var ids = a.Entities.Mentions.Where(m => m.Type == Per).Select(m => m.Id).ToList();
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void Without_ner_a_titled_name_and_its_later_surname_share_an_id()
    {
        var a = Analyze("أكد المشير خليفة حفتر أن قواته تتقدم. وقالت مصادر إن قوات حفتر سيطرت على الميناء، وإن لحفتر حلفاء.");
        var ms = a.Entities.Mentions.Where(m => m.Type == Per).ToList();
        Assert.Equal(["خليفة حفتر", "حفتر", "حفتر"], ms.Select(m => m.Text));
        Assert.Single(ms.Select(m => m.Id).Distinct());
        Assert.Equal("المشير", ms[0].Title);
    }

    [Theory]
    [InlineData("قال العقيد أركان حرب أحمد محمد علي إن التحقيق مستمر.", "أحمد محمد", "العقيد أركان حرب")]
    [InlineData("وقال وزير الداخلية الجزائري نور الدين بدوي إن الترحيل مستمر.", "نور الدين بدوي", null)]
    [InlineData("وقال المفوض السامي لحقوق الإنسان، زيد بن رعد الحسين، إن الوضع خطير.", "زيد بن رعد الحسين", null)]
    [InlineData("وقال نائب وزير المالية لشؤون الخزانة محمد معيط لرويترز، الأربعاء، إن البعثة تصل قريبا.", "محمد معيط", null)]
    [InlineData("وأوضحت المتحدثة باسمها وينكي روغن أن التحقيق مستمر.", "وينكي روغن", null)]
    public void Names_found_from_the_text_alone(string text, string name, string? title)
    {
        var a = Analyze(text);
        var m = Assert.Single(a.Entities.Mentions, x => x.Type == Per && x.Origin == "text");
        Assert.Equal(name, m.Text);
        Assert.Equal(title, m.Title);
    }

    [Fact]
    public void A_lone_common_word_after_a_title_is_no_name()
    {
        var a = Analyze("بالغ في حجم الدعم المقدم له من جانب روسيا.");
        Assert.Empty(a.Entities.Mentions);
    }
}
