using System.Text.Json;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Compiles Arabic place and country names into the phrase list of <see cref="NerLexicon"/>: each name is
/// tokenised like running text and every token matching-normalised, so a lookup is a join of token norms.
/// </summary>
public sealed class PlaceGazetteerBuilder
{
    private readonly Tokenizer _tokenizer = new(glued: null);
    private readonly Dictionary<string, LexiconFlags> _phrases = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, LexiconFlags> Phrases => _phrases;
    public int Rejected { get; private set; }

    /// <summary>Adds one name; names with Latin letters or digits, or longer than six words, are counted and skipped.</summary>
    public void Add(string name, LexiconFlags flags)
    {
        var spans = _tokenizer.Tokenize(name);
        if (spans.Count == 0 || spans.Count > 6 || spans.Any(s => s.Kind != TokenKind.ArabicWord && s.Kind != TokenKind.Punctuation))
        {
            Rejected++;
            return;
        }
        var words = spans.Where(s => s.Kind == TokenKind.ArabicWord).Select(s => ArabicNormalizer.Matching.Normalize(s.SpanOf(name))).ToList();
        if (words.Count == 0 || (words.Count == 1 && words[0].Length < 2)) { Rejected++; return; }
        string key = string.Join(' ', words);
        _phrases[key] = (_phrases.TryGetValue(key, out var f) ? f : LexiconFlags.None) | flags;
    }

    /// <summary>GeoNames' <c>cities15000_arabic_names.tsv</c>: the last column holds |-separated Arabic-script names.</summary>
    public void AddGeoNames(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 11) { Rejected++; continue; }
            foreach (var name in cols[10].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Add(name, LexiconFlags.Place);
        }
    }

    /// <summary>world-cities: CSV with quoted <c>CountryNameAr, CountryNameEn, CityNameAr, CityNameEn, Population</c>.</summary>
    public void AddWorldCities(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cols = line.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            if (cols.Length < 4) { Rejected++; continue; }
            Add(cols[0], LexiconFlags.Country);
            Add(cols[2], LexiconFlags.Place);
        }
    }

    /// <summary>i18n-iso-countries: <c>{"countries": {"EG": "مصر", "US": ["…", "…"]}}</c>.</summary>
    public void AddCountries(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var p in doc.RootElement.GetProperty("countries").EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String) Add(p.Value.GetString()!, LexiconFlags.Country);
            else if (p.Value.ValueKind == JsonValueKind.Array)
                foreach (var v in p.Value.EnumerateArray()) if (v.GetString() is { } s) Add(s, LexiconFlags.Country);
        }
    }
}
