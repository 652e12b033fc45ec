using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

public class NerScorerTests
{
    [Fact]
    public void ScoresExactSpansPerTypeAndMicro()
    {
        // Gold: [محمد علي]PER زار [القاهرة]LOC مع [الأمم المتحدة]ORG
        string[] gold = ["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG"];
        // Predicted: the person is cut short (wrong span), the place is right, the organisation is right, one extra MISC.
        string[] pred = ["B-PER", "O", "B-MISC", "B-LOC", "O", "B-ORG", "I-ORG"];
        var scorer = new SpanScorer();
        scorer.Add(Canon(TagScheme.ToSpans(gold)), Canon(TagScheme.ToSpans(pred)));

        var micro = scorer.Micro;
        Assert.Equal((3, 4, 2), (micro.Gold, micro.Predicted, micro.Correct));
        Assert.Equal(0.5, micro.Precision, 6);
        Assert.Equal(2.0 / 3, micro.Recall, 6);
        Assert.Equal(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), micro.F1, 6);

        var byType = scorer.ByType.ToDictionary(p => p.Type, p => p.Score);
        Assert.Equal(0, byType["PER"].F1);
        Assert.Equal(1, byType["LOC"].F1);
        Assert.Equal(1, byType["ORG"].F1);
        Assert.Equal((0, 1, 0), (byType["MISC"].Gold, byType["MISC"].Predicted, byType["MISC"].Correct));
    }

    private static IEnumerable<EntitySpan> Canon(IEnumerable<EntitySpan> spans) =>
        spans.Select(s => s with { Type = NerTagSet.CanonicalType(s.Type)! });

    [Fact]
    public void ReadsIob1AndBioesLikeIob2()
    {
        var iob2 = TagScheme.ToSpans(["B-PER", "I-PER", "B-PER", "O", "B-LOC"]);
        var iob1 = TagScheme.ToSpans(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]);
        var bioes = TagScheme.ToSpans(["B-PER", "E-PER", "S-PER", "O", "S-LOC"]);
        EntitySpan[] expected = [new(0, 2, "PER"), new(2, 3, "PER"), new(4, 5, "LOC")];
        Assert.Equal(expected, iob2);
        Assert.Equal(expected, iob1);
        Assert.Equal(expected, bioes);
    }

    [Fact]
    public void AnInsideTagOfAnotherTypeOpensANewEntity()
    {
        Assert.Equal([new EntitySpan(0, 1, "PER"), new EntitySpan(1, 3, "ORG")], TagScheme.ToSpans(["B-PER", "I-ORG", "I-ORG"]));
    }

    [Fact]
    public void TagsRoundTripThroughSpans()
    {
        int[] tags = [0, NerTagSet.Begin(1), NerTagSet.Inside(1), NerTagSet.Begin(1), 0, NerTagSet.Begin(0)];
        var spans = TagScheme.ToSpans(tags);
        Assert.Equal(tags, TagScheme.ToTags(spans, tags.Length));
    }
}
