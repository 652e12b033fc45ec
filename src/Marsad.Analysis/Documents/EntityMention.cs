namespace Marsad.Analysis.Documents;

public static class EntityTypes
{
    public const string Person = "PER";
    public const string Location = "LOC";
    public const string Organization = "ORG";
    public const string Misc = "MISC";
}

/// <summary>A named-entity mention [Start, End) of the original text.</summary>
public sealed record EntityMention(int Start, int End, string Text, string Type, double Score);
