using Marsad.Text.Tokenization;

namespace Marsad.Analysis.Documents;

/// <summary>
/// A token of the original text: <see cref="Norm"/> is its matching form, <see cref="Segments"/> its clitic
/// segmentation (Farasa scheme, e.g. و+ال+مؤتمر) and <see cref="Stem"/> the light stem used for search.
/// </summary>
public sealed record Token(int Start, int End, string Text, string Norm, TokenKind Kind, IReadOnlyList<string> Segments, string Stem);
