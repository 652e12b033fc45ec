using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

public class TopicWordsTests
{
    private static NerToken[] Sentence(string text) => text.Split(' ').Select(w => NerToken.From(w)).ToArray();

    private static TopicWords Table()
    {
        var builder = new TopicWordsBuilder { MinCount = 5 };
        for (int k = 0; k < 20; k++)
        {
            builder.Add(1, [Sentence("سجل اللاعب هدفا في المباراة")]);
            builder.Add(0, [Sentence("قال الوزير إن الحكومة اجتمعت")]);
            builder.Add(2, [Sentence("ارتفعت الأسهم في البورصة وقال الوزير")]);
        }
        return builder.Build();
    }

    [Fact]
    public void WordsOfOneSectionPointToIt()
    {
        var table = Table();
        var match = table.Of(NerToken.From("المباراة").Core);
        Assert.NotNull(match);
        Assert.True(match[1] > 1.5f, $"sport weight {match[1]}");
        Assert.True(match[0] < 0 && match[2] < 0);
        // A word shared equally by two sections points to neither (below the weight kept); an unseen word has no weights.
        Assert.Null(table.Of(NerToken.From("الوزير").Core));
        Assert.Null(table.Of("غريبة"));
    }

    [Fact]
    public void ASentenceGetsASectionOnlyWithEnoughEvidence()
    {
        var table = Table();
        Assert.Equal(2, table.SectionOf([Sentence("سجل اللاعب هدفا في المباراة")]));
        Assert.Equal(3, table.SectionOf([Sentence("ارتفعت الأسهم في البورصة")]));
        Assert.Equal(0, table.SectionOf([Sentence("في")]));
        Assert.Equal(0, TopicWords.Empty.SectionOf([Sentence("سجل اللاعب هدفا في المباراة")]));
    }

    [Fact]
    public void SaveAndLoadKeepTheWeights()
    {
        var table = Table();
        string path = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            table.Save(path, "test table");
            var loaded = TopicWords.Load(Marsad.Text.Corpora.JsonlCorpus.OpenMaybeGzip(path));
            Assert.Equal(table.Count, loaded.Count);
            string core = NerToken.From("المباراة").Core;
            Assert.Equal(table.Of(core), loaded.Of(core));
        }
        finally { File.Delete(path); }
    }
}
