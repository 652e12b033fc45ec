using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

/// <summary>Training copies keep each sentence's context and swap its names for others of the same type and fold.</summary>
public class NerMentionReplacementTests
{
    private static (NerToken[][] Tokens, int[][] Gold) Sentences(params string[] lines)
    {
        var tokens = new NerToken[lines.Length][];
        var gold = new int[lines.Length][];
        for (int s = 0; s < lines.Length; s++)
        {
            var pairs = lines[s].Split(' ').Select(p => p.Split('/')).ToArray();
            tokens[s] = pairs.Select(p => NerToken.From(p[0])).ToArray();
            gold[s] = pairs.Select(p => Array.IndexOf(NerTagSet.Names, p.Length > 1 ? p[1] : "O")).ToArray();
        }
        return (tokens, gold);
    }

    private static string Text(IEnumerable<NerToken> tokens) => string.Join(' ', tokens.Select(t => t.Norm));

    private static readonly string[] Lines =
    [
        "قال/O خليفه/B-PER حفتر/I-PER في/O بنغازي/B-LOC",
        "وصل/O بشار/B-PER الاسد/I-PER الي/O دمشق/B-LOC",
        "التقي/O بوتين/B-PER في/O موسكو/B-LOC",
        "اعلنت/O وزاره/B-ORG الخارجيه/I-ORG ان/O لحفتر/B-PER دورا/O",
        "لا/O اسماء/O هنا/O",
        "زار/O ماكرون/B-PER مدينه/O باريس/B-LOC",
        "انتقدت/O الامم/B-ORG المتحده/I-ORG القرار/O",
    ];

    [Fact]
    public void ACopyKeepsTheContextAndSwapsEachNameForOneOfItsType()
    {
        var (tokens, gold) = Sentences(Lines);
        var ids = Enumerable.Range(0, tokens.Length).ToArray();
        var copies = MentionReplacement.Copies(ids, tokens, gold, rate: 1, seed: 7, groupOf: _ => 0);

        Assert.NotEmpty(copies);
        Assert.DoesNotContain(copies, c => c.Origin == 4);
        var namesOf = ids.SelectMany(s => TagScheme.ToSpans(gold[s]).Select(x => (x.Type, Text(tokens[s][x.Start..x.End])))).ToHashSet();
        foreach (var (origin, copy, copyGold) in copies)
        {
            var before = TagScheme.ToSpans(gold[origin]);
            var after = TagScheme.ToSpans(copyGold);
            Assert.Equal(copy.Length, copyGold.Length);
            Assert.Equal(before.Select(x => x.Type), after.Select(x => x.Type));
            Assert.Equal(Outside(tokens[origin], gold[origin]), Outside(copy, copyGold));
            foreach (var span in after) Assert.Contains((span.Type, Text(copy[span.Start..span.End])), namesOf);
        }
        // A name written with a proclitic keeps its place and is never drawn: the clitic would not move with another name.
        var withClitic = copies.Single(c => c.Origin == 3);
        Assert.Contains("لحفتر", Text(withClitic.Tokens));
        Assert.DoesNotContain(copies.Where(c => c.Origin != 3), c => c.Tokens.Any(t => t.Norm == "لحفتر"));
        Assert.Contains(copies, c => Text(c.Tokens) != Text(tokens[c.Origin]));
    }

    [Fact]
    public void NamesStayWithinTheirGroupAndTheSeedFixesTheCopies()
    {
        var (tokens, gold) = Sentences(Lines);
        var ids = Enumerable.Range(0, tokens.Length).ToArray();
        // Sentences 0 and 1 form one group, the others another: no name crosses from one to the other.
        int Group(int s) => s < 2 ? 0 : 1;
        var first = MentionReplacement.Copies(ids, tokens, gold, rate: 1, seed: 11, groupOf: Group);
        var again = MentionReplacement.Copies(ids, tokens, gold, rate: 1, seed: 11, groupOf: Group);
        Assert.Equal(first.Select(c => Text(c.Tokens)), again.Select(c => Text(c.Tokens)));
        Assert.Contains(first, c => Group(c.Origin) == 0);
        Assert.Contains(first, c => Group(c.Origin) == 1);
        string[] firstGroup = ["خليفه حفتر", "بشار الاسد", "بنغازي", "دمشق"];
        foreach (var (origin, copy, copyGold) in first)
            foreach (var span in TagScheme.ToSpans(copyGold))
                Assert.Equal(Group(origin) == 0, firstGroup.Contains(Text(copy[span.Start..span.End])));
        var none = MentionReplacement.Copies(ids, tokens, gold, rate: 0, seed: 11, groupOf: Group);
        Assert.Empty(none);
    }

    [Fact]
    public void ExtraNamesReplaceTheShareTheyAreGivenAndOnlyForTheirType()
    {
        var (tokens, gold) = Sentences(Lines);
        var ids = Enumerable.Range(0, tokens.Length).ToArray();
        var extra = new List<NerToken[]>[NerTagSet.Types.Length];
        for (int t = 0; t < extra.Length; t++) extra[t] = [];
        extra[NerTagSet.TypeIndex("PER")].Add([NerToken.From("فلورين"), NerToken.From("باسكو")]);
        var all = MentionReplacement.Copies(ids, tokens, gold, rate: 1, seed: 3, groupOf: _ => 0, extraNames: _ => extra, extraShare: 1);
        var labelledNames = ids.SelectMany(s => TagScheme.ToSpans(gold[s]).Select(x => (x.Type, Text(tokens[s][x.Start..x.End])))).ToHashSet();
        foreach (var (_, copy, copyGold) in all)
            foreach (var span in TagScheme.ToSpans(copyGold))
            {
                string name = Text(copy[span.Start..span.End]);
                // لحفتر keeps its place: a name written with a proclitic is never replaced.
                if (span.Type == "PER") Assert.Contains(name, new[] { "فلورين باسكو", "لحفتر" });
                else Assert.Contains((span.Type, name), labelledNames);
            }
        Assert.Contains(all, c => Text(c.Tokens).Contains("فلورين باسكو"));
        var none = MentionReplacement.Copies(ids, tokens, gold, rate: 1, seed: 3, groupOf: _ => 0, extraNames: _ => extra, extraShare: 0);
        Assert.DoesNotContain(none, c => Text(c.Tokens).Contains("باسكو"));
    }

    private static string Outside(NerToken[] tokens, int[] gold) =>
        string.Join(' ', tokens.Where((_, i) => gold[i] == NerTagSet.Outside).Select(t => t.Norm));
}
