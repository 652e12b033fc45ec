using System.Text.Json;
using Marsad.Analysis;
using Marsad.Analysis.Documents;
using Marsad.Archive.Ingest;

namespace Marsad.Archive.Tests;

/// <summary>A small synthetic news corpus written for these tests, with a gazetteer stage standing in for NER.</summary>
internal static class NewsCorpus
{
    public static readonly IncomingArticle[] Articles =
    [
        A("a1", "alpha", "2018-03-01", "غارات جوية على سرت", "شنت طائرات غارات جوية على مواقع قرب سرت صباح اليوم، وقال مصدر عسكري إن الغارات استهدفت مخازن أسلحة."),
        A("a2", "alpha", "2018-03-05", "اجتماع في طرابلس", "عقد المجلس الرئاسي اجتماعا في طرابلس لبحث الأوضاع الأمنية، وحضر الاجتماع وزير الداخلية."),
        A("a3", "beta", "2018-04-10", "وفد يصل إلى العاصمة", "وصل وفد أممي إلى العاصمة الليبية وطرابلس تشهد هدوءا حذرا بعد اشتباكات الأسبوع الماضي."),
        A("a4", "beta", "2018-04-12", "مباحثات بطرابلس", "جرت مباحثات بطرابلس بين الأطراف الليبية برعاية الأمم المتحدة حول توحيد المؤسسات."),
        A("a5", "gamma", "2018-05-20", "الجيش الليبى يعلن", "أعلن الجيش الليبى سيطرته على مناطق جديدة في الجنوب بعد معارك مع مسلحين."),
        A("a6", "gamma", "2018-05-22", "مؤتمر اقتصادي", "افتتح في القاهرة مؤتمر اقتصادي دولي بمشاركة وزراء من عشر دول عربية لبحث الاستثمار."),
        A("a7", "alpha", "2018-06-02", "غارة على بنغازي", "قالت مصادر إن غارة جوية استهدفت موقعا في بنغازي دون وقوع إصابات، فيما نفى الجيش الليبي مسؤوليته."),
        A("a8", "beta", "2018-06-15", "كرة القدم", "فاز المنتخب المصري على نظيره التونسي في مباراة ودية أقيمت في القاهرة بهدفين مقابل هدف."),
        A("a9", "gamma", "2018-07-01", "الأمم المتحدة تدعو", "دعت الأمم المتحدة إلى وقف إطلاق النار في طرابلس وحماية المدنيين من الغارات الجوية المتكررة."),
        A("a10", "alpha", "2018-07-09", "أسعار النفط", "ارتفعت أسعار النفط بعد إعلان المؤسسة الوطنية للنفط في طرابلس استئناف التصدير من موانئ الهلال النفطي."),
        A("a11", "beta", "2018-08-03", "سرت بعد الحرب", "تعود الحياة تدريجيا إلى سرت بعد عامين من طرد التنظيم منها، وتقول البلدية إن إعادة الإعمار بدأت."),
        A("a12", "gamma", "2018-08-30", "حفتر في القاهرة", "التقى خليفة حفتر مسؤولين مصريين في القاهرة لبحث الأوضاع في ليبيا وأمن الحدود."),
    ];

    public static readonly Dictionary<string, string> Gazetteer = new()
    {
        ["سرت"] = EntityTypes.Location, ["طرابلس"] = EntityTypes.Location, ["بنغازي"] = EntityTypes.Location, ["القاهرة"] = EntityTypes.Location,
        ["خليفة حفتر"] = EntityTypes.Person, ["الأمم المتحدة"] = EntityTypes.Organization, ["المؤسسة الوطنية للنفط"] = EntityTypes.Organization,
    };

    public static DocumentAnalysis Analysis { get; } = new(TextAnalyzer.Default, [new GazetteerStage(Gazetteer)]);

    private static IncomingArticle A(string id, string source, string date, string title, string text) =>
        new($"test:{id}", id, $"https://example.org/{id}", source, "news", title, text, date, null);

    public static IngestCounts Ingest(IArchive archive, IEnumerable<IncomingArticle> articles, List<IngestReject>? rejects = null, int batchSize = 5)
    {
        var pipeline = new IngestPipeline(archive, Analysis, r => rejects?.Add(r), batchSize);
        return pipeline.Run(articles, cancel: TestContext.Current.CancellationToken);
    }

    public static string ToJsonLine(IncomingArticle a) => JsonSerializer.Serialize(new
    {
        id = a.Id, url = a.Url, source = a.Source, category = a.Category, title = a.Title, text = a.Text, published = a.Published,
    });

    /// <summary>Marks every occurrence of a gazetteer name: the kind of layer the NER stage adds.</summary>
    private sealed class GazetteerStage(Dictionary<string, string> names) : IDocumentStage
    {
        public Document Apply(Document document)
        {
            var found = new List<EntityMention>();
            foreach (var (name, type) in names)
                for (int at = document.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                    found.Add(new EntityMention(at, at + name.Length, name, type, 1.0));
            return document with { Entities = [.. document.Entities, .. found.OrderBy(e => e.Start)] };
        }
    }
}
