namespace Marsad.Extraction.Numbers;

/// <summary>
/// A quantity [Start, End) of the text with its value. The span takes in the noun counted when one follows
/// ("3 أيام"، "عدة جرحى") or carries the count itself ("قتيلين" = 2, "قتيل" = 1); <see cref="Counted"/> is that noun.
/// A vague quantity (عدة، عشرات، بضعة) or one after نحو/أكثر من is <see cref="Approximate"/>, its value a lower bound.
/// </summary>
public sealed record NumberMention(int Start, int End, string Text, double Value, bool Approximate, string? Counted);
