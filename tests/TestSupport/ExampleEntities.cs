using System.Text.Json;
using Marsad.Text.Normalization;

namespace Marsad.Testing;

/// <summary>Scores mentions against the `must` entities of the example article's reference (skips where ../shared is absent).</summary>
internal static class ExampleEntities
{
    public static string Text() => File.ReadAllText(SharedData.RequireFile("examples/libya-oil-crescent.txt"));

    /// <summary>
    /// How many `must` entities have a mention among <paramref name="found"/> with the right type. Texts are compared in
    /// matching form without spaces, as the reference writes one glued mention as it appears and the tokeniser repairs it.
    /// </summary>
    public static (int Hit, int Must, List<string> Missed) Score(IEnumerable<(string Text, string Type)> found)
    {
        static string Key(string s) => ArabicNormalizer.Matching.Normalize(s).Replace(" ", "");
        var keys = found.Select(f => (Key(f.Text), f.Type)).ToHashSet();
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedData.RequireFile("examples/libya-oil-crescent.expected.json")));
        int must = 0, hit = 0;
        var missed = new List<string>();
        foreach (var entity in expected.RootElement.GetProperty("entities").GetProperty("must").EnumerateArray())
        {
            must++;
            string type = entity.GetProperty("type").GetString()!;
            if (entity.GetProperty("mentions").EnumerateArray().Any(m => keys.Contains((Key(m.GetString()!), type)))) hit++;
            else missed.Add($"{type} {entity.GetProperty("canonical").GetString()}");
        }
        return (hit, must, missed);
    }
}
