namespace Marsad.Text.Segmentation;

/// <summary>
/// A written run of proclitics at the start of a word (matching form) and the segments it stands for.
/// <see cref="Cost"/> is ln θ, where θ is the share count(base)/count(word) above which the cut explains the word
/// better than keeping it whole; costs of several clitics add up.
/// </summary>
internal sealed record Proclitic(string Written, string[] Segments, double Cost, bool BeforeImperfect, bool BeforeLam, bool IsPreposition)
{
    public bool HasArticle => Segments[^1] == "ال";
}

/// <summary>A pronoun enclitic at the end of a word (matching form) and its cost, as for <see cref="Proclitic"/>.</summary>
internal sealed record Enclitic(string Written, double Cost, bool OnlyAfterTaMarbuta);

/// <summary>
/// The clitic inventory of the Farasa scheme: conjunctions و ف, prepositions ب ل ك and the future particle س in
/// their one legal order, ل + ال written لل, and the pronoun enclitics. The article after و ف ب ك is cut by
/// <see cref="CliticChooser"/> on the base, as the scheme cuts it nearly always. Each clitic has the share
/// θ = count(base)/count(word) above which a cut wins: و and the prepositions need a base a tenth as common as
/// the word (وقال 21.7K vs قال 11.6K cuts; وزير 8K vs زير 2 stays whole); the rarer ف ك س need more. A run of
/// proclitics takes the most permissive θ of its members, so that the choice between و+ب+X and و+بX rests on
/// the counts of X and بX alone.
/// </summary>
internal static class Clitics
{
    private static readonly double Conjunction = Math.Log(0.1);
    private static readonly double RareConjunction = Math.Log(0.2);
    private static readonly double Preposition = Math.Log(0.1);
    private static readonly double RarePreposition = Math.Log(0.3);
    private static readonly double Future = Math.Log(0.3);

    public static readonly Proclitic[] Proclitics = Build();

    public static readonly Enclitic[] Enclitics =
    [
        new("ه", Math.Log(0.1), false), new("ها", Math.Log(0.1), false), new("هم", Math.Log(0.1), false),
        new("هما", Math.Log(0.2), false), new("هن", Math.Log(0.3), false),
        new("نا", 0, false), new("ني", Math.Log(0.5), false),
        new("ك", 0, false), new("كم", 0, false), new("كما", 0, false), new("كن", 0, false),
        // First-person ي is cut only after a ة written ت (حالتي): elsewhere it is the nisba or a stem letter.
        new("ي", Math.Log(0.2), true),
    ];

    private static Proclitic[] Build()
    {
        var list = new List<Proclitic>();
        (string W, double C)[] conjunctions = [("", 0), ("و", Conjunction), ("ف", RareConjunction)];
        (string W, double C)[] middles = [("", 0), ("ب", Preposition), ("ل", Preposition), ("ك", RarePreposition), ("س", Future)];
        foreach (var (conj, cc) in conjunctions)
        foreach (var (mid, mc) in middles)
        {
            var segments = new List<string>();
            if (conj.Length > 0) segments.Add(conj);
            if (mid.Length > 0) segments.Add(mid);
            if (segments.Count == 0) continue;
            double cost = Math.Min(cc, mc);
            list.Add(new(conj + mid, [.. segments], cost, mid == "س", false, mid is "ب" or "ل" or "ك"));
            if (mid == "ل")
            {
                // ل + ال is written لل; before a stem that starts with ل the article's lam merges too (للغة).
                segments.Add("ال");
                list.Add(new(conj + "لل", [.. segments], cost, false, false, false));
                list.Add(new(conj + "ل", [.. segments], cost, false, true, false));
            }
        }
        return [.. list];
    }
}
