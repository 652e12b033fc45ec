namespace Marsad.Text.Tokenization;

/// <summary>
/// A token as a span [Start, End) of the original text, in UTF-16 code units. An Arabic word carries its
/// <see cref="Word"/> (normal form and segmentation) when the tokeniser had a segmenter: it came from the same lookup.
/// </summary>
public readonly record struct TokenSpan(int Start, int End, TokenKind Kind, Segmentation.Segmentation? Word = null)
{
    public int Length => End - Start;
    public string TextOf(string original) => original[Start..End];
    public ReadOnlySpan<char> SpanOf(string original) => original.AsSpan(Start, End - Start);
}
