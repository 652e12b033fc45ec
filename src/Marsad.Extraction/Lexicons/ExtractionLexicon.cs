using Marsad.Text;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Lexicons;

/// <summary>
/// The word lists behind extraction, read once from <c>resources/extraction/</c>. Every key is in matching
/// form (<see cref="ArabicNormalizer.Matching"/>), so lookups take a token's <c>Norm</c>.
/// </summary>
public sealed class ExtractionLexicon
{
    private static readonly Lazy<ExtractionLexicon> LazyDefault = new(() => Load(ResourceFiles.PathOf("extraction")));

    public static ExtractionLexicon Default => LazyDefault.Value;

    public required SpeechVerbs SpeechVerbs { get; init; }
    public required SpeechVerbs RelayVerbs { get; init; }
    public required IReadOnlySet<string> Complementizers { get; init; }
    /// <summary>Titles as word sequences ("الفريق أول" is two words), longest first.</summary>
    public required IReadOnlyList<string[]> Titles { get; init; }
    public required IReadOnlySet<string> RoleHeads { get; init; }
    public required IReadOnlySet<string> DescribedSources { get; init; }
    public required IReadOnlySet<string> Channels { get; init; }
    public required IReadOnlySet<string> OrganizationHeads { get; init; }
    /// <summary>Nouns that begin an organisation's name (وكالة الصحافة الفرنسية).</summary>
    public required IReadOnlySet<string> OrganizationNameHeads { get; init; }
    /// <summary>Nouns followed by a group's name (جماعة الإخوان المسلمين).</summary>
    public required IReadOnlySet<string> GroupHeads { get; init; }
    /// <summary>Dual place nouns before two coordinated places (منطقتي السدرة ورأس لانوف).</summary>
    public required IReadOnlySet<string> PlacePairNouns { get; init; }
    public required IReadOnlySet<string> StatementNouns { get; init; }
    public required IReadOnlySet<string> FunctionWords { get; init; }
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    /// <summary>Two-word month names (كانون الثاني), keyed by their first word.</summary>
    public required IReadOnlyDictionary<string, List<(string Second, int Month)>> TwoWordMonths { get; init; }
    public required IReadOnlyDictionary<string, (int Day, bool Strict)> Weekdays { get; init; }
    public required IReadOnlyDictionary<string, NumberWord> NumberWords { get; init; }
    public required IReadOnlyList<string[]> Approximators { get; init; }
    public required IReadOnlyDictionary<string, CountedNoun> CountedNouns { get; init; }
    public required IReadOnlyDictionary<string, RelativeDateWord> RelativeDates { get; init; }

    public static string Norm(string s) => ArabicNormalizer.Matching.Normalize(s.Trim());

    /// <summary>Loads the lists from a folder laid out like <c>resources/extraction</c>.</summary>
    public static ExtractionLexicon Load(string folder)
    {
        IEnumerable<string> Lines(string name)
        {
            string path = Path.Combine(folder, name);
            if (!File.Exists(path))
                throw new FileNotFoundException($"Marsad extraction lexicon '{name}' is missing (looked in {folder}). Set MARSAD_RESOURCES or rebuild.", path);
            foreach (string raw in File.ReadLines(path))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                yield return line;
            }
        }
        static HashSet<string> Set(IEnumerable<string> lines) => new(lines.Select(Norm), StringComparer.Ordinal);
        static string[] Words(string s) => Norm(s).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var twoWord = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        foreach (string line in Lines("months.tsv"))
        {
            var f = line.Split('\t');
            var w = Words(f[0]);
            int m = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            if (w.Length == 1) months[w[0]] = m;
            else
            {
                if (!twoWord.TryGetValue(w[0], out var list)) twoWord[w[0]] = list = [];
                list.Add((w[1], m));
            }
        }
        var weekdays = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        foreach (string line in Lines("weekdays.tsv"))
        {
            var f = line.Split('\t');
            weekdays[Norm(f[0])] = (int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f.Length > 2 && f[2] == "strict");
        }
        var numbers = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (string line in Lines("number-words.tsv"))
        {
            var f = line.Split('\t');
            string key = Norm(f[0]);
            if (numbers.ContainsKey(key)) continue;
            numbers[key] = new NumberWord(double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), NumberWord.ParseKind(f[2]));
        }
        var counted = new Dictionary<string, CountedNoun>(StringComparer.Ordinal);
        foreach (string line in Lines("counted-nouns.tsv"))
        {
            var f = line.Split('\t');
            string singular = Norm(f[0]), dualStem = Norm(f[1]);
            var noun = new CountedNoun(singular, f.Length > 2 && f[2] == "one");
            counted.TryAdd(singular, noun);
            foreach (string ending in new[] { "ان", "ين" })
                counted.TryAdd("dual:" + dualStem + ending, noun);
        }
        var relative = new Dictionary<string, RelativeDateWord>(StringComparer.Ordinal);
        foreach (string line in Lines("relative-dates.tsv"))
        {
            var f = line.Split('\t');
            relative.TryAdd(Norm(f[0]), new RelativeDateWord(f[1], f[2], f.Length > 3 ? int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture) : 0));
        }
        return new ExtractionLexicon
        {
            RelativeDates = relative,
            SpeechVerbs = SpeechVerbs.Parse(Lines("speech-verbs.txt")),
            RelayVerbs = SpeechVerbs.Parse(Lines("relay-verbs.txt")),
            Complementizers = Set(Lines("complementizers.txt")),
            Titles = Lines("titles.txt").Select(Words).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList(),
            RoleHeads = Set(Lines("role-heads.txt").Select(StripArticle)),
            DescribedSources = Set(Lines("described-sources.txt").Select(StripArticle)),
            Channels = Set(Lines("channels.txt").Select(StripArticle)),
            OrganizationHeads = Set(Lines("organization-heads.txt").Select(StripArticle)),
            OrganizationNameHeads = Set(Lines("organization-name-heads.txt").Select(StripArticle)),
            GroupHeads = Set(Lines("group-heads.txt").Select(StripArticle)),
            PlacePairNouns = Set(Lines("place-pair-nouns.txt")),
            StatementNouns = Set(Lines("statement-nouns.txt").Select(StripArticle)),
            FunctionWords = Set(Lines("function-words.txt")),
            Months = months,
            TwoWordMonths = twoWord,
            Weekdays = weekdays,
            NumberWords = numbers,
            Approximators = Lines("approximators.txt").Select(Words).OrderByDescending(w => w.Length).ToList(),
            CountedNouns = counted,
        };
    }

    private static string StripArticle(string s)
    {
        string n = Norm(s);
        return n.StartsWith("ال", StringComparison.Ordinal) && n.Length > 4 ? n[2..] : n;
    }

    /// <summary>The noun without "ال", for lookups in head lists (المتحدث → متحدث).</summary>
    public static string Bare(string norm) => norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 4 ? norm[2..] : norm;
}

public enum NumberWordKind { Unit, UnitCompound, Teen, Ten, Hundred, Scale, ScalePlural, Fraction, Vague }

public sealed record NumberWord(double Value, NumberWordKind Kind)
{
    public static NumberWordKind ParseKind(string s) => s switch
    {
        "unit" => NumberWordKind.Unit,
        "unit-compound" => NumberWordKind.UnitCompound,
        "teen" => NumberWordKind.Teen,
        "ten" => NumberWordKind.Ten,
        "hundred" => NumberWordKind.Hundred,
        "scale" => NumberWordKind.Scale,
        "scale-plural" => NumberWordKind.ScalePlural,
        "fraction" => NumberWordKind.Fraction,
        "vague" => NumberWordKind.Vague,
        _ => throw new FormatException($"number-words.tsv: unknown kind '{s}'"),
    };
}

/// <summary>A word of relative-dates.tsv: its kind (day, part, unit, period, direction), value and the count a unit form carries.</summary>
public sealed record RelativeDateWord(string Kind, string Value, int Count);

/// <summary>A noun that carries a count in its own form: the dual (قتيلين = 2) or, where <see cref="CountsOne"/>, the indefinite singular.</summary>
public sealed record CountedNoun(string Singular, bool CountsOne);
