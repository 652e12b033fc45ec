namespace Marsad.Analysis.Ner;

/// <summary>An entity over tokens [Start, End) of one sentence.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);
