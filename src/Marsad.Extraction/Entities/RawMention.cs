namespace Marsad.Extraction.Entities;

/// <summary>A mention before merging: a span, its type, and what found it.</summary>
internal sealed record RawMention(int Start, int End, string Type, string Origin);
