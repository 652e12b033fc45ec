namespace Marsad.Text.Sentences;

/// <summary>A sentence [Start, End) of the original text; the headline is marked.</summary>
public readonly record struct SentenceSpan(int Start, int End, bool IsHeadline = false);
