using Marsad.Text.Normalization;

namespace Marsad.Archive;

/// <summary>The key entities are grouped and filtered by in every engine: their matching form.</summary>
public static class EntityKey
{
    public static string Of(string text) => ArabicNormalizer.Matching.Normalize(text.AsSpan().Trim());
}
