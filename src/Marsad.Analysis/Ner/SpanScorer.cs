namespace Marsad.Analysis.Ner;

/// <summary>Precision, recall and F1 of one type (or of all, micro-averaged).</summary>
public readonly record struct PrfScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// CoNLL exact-span scoring: a predicted entity counts only when its start, end and type all equal a gold one.
/// </summary>
public sealed class SpanScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _byType = new(StringComparer.Ordinal);

    public void Add(IEnumerable<EntitySpan> gold, IEnumerable<EntitySpan> predicted)
    {
        var goldSet = new HashSet<EntitySpan>(gold);
        foreach (var g in goldSet) Bump(g.Type, gold: 1);
        foreach (var p in new HashSet<EntitySpan>(predicted))
            Bump(p.Type, predicted: 1, correct: goldSet.Contains(p) ? 1 : 0);
    }

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        _byType.TryGetValue(type, out var c);
        _byType[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }

    public IEnumerable<(string Type, PrfScore Score)> ByType =>
        _byType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, new PrfScore(p.Value.Gold, p.Value.Predicted, p.Value.Correct)));

    public PrfScore Micro => new(_byType.Values.Sum(v => v.Gold), _byType.Values.Sum(v => v.Predicted), _byType.Values.Sum(v => v.Correct));
}
