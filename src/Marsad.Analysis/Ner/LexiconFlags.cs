namespace Marsad.Analysis.Ner;

/// <summary>What the NER lexicons say about a word or phrase; one bit per source, used as features.</summary>
[Flags]
public enum LexiconFlags
{
    None = 0,
    Place = 1 << 0,
    Country = 1 << 1,
    /// <summary>Seen inside a person name in the training split (mostly).</summary>
    PersonPart = 1 << 2,
    OrganizationPart = 1 << 3,
    LocationPart = 1 << 4,
    MiscPart = 1 << 5,
    /// <summary>Title or role before a person name (السيد، الرئيس، وزير).</summary>
    PersonTrigger = 1 << 6,
    /// <summary>Word that introduces a place name (مدينة، ولاية، نهر).</summary>
    LocationTrigger = 1 << 7,
    /// <summary>Word that starts or introduces an organisation name (شركة، وزارة، حزب).</summary>
    OrganizationTrigger = 1 << 8,
}
