using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

/// <summary>A handful of labelled sentences, enough for the trainer to run its stages end to end in a test.</summary>
internal static class NerTrainingSample
{
    public static readonly ConllSentence[] Sentences =
    [
        new(["قال", "محمد", "علي", "إن", "بغداد", "هادئة"], ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]),
        new(["زار", "خالد", "القاهرة", "أمس"], ["O", "B-PERS", "B-LOC", "O"]),
        new(["أعلنت", "وزارة", "الخارجية", "في", "دمشق"], ["O", "B-ORG", "I-ORG", "O", "B-LOC"]),
        new(["وصل", "سعيد", "إلى", "بغداد"], ["O", "B-PERS", "O", "B-LOC"]),
        new(["قال", "أحمد", "إن", "دمشق", "هادئة"], ["O", "B-PERS", "O", "B-LOC", "O"]),
        new(["غادر", "عمر", "القاهرة"], ["O", "B-PERS", "B-LOC"]),
    ];

    /// <summary>Every word of <see cref="Sentences"/>, once.</summary>
    public static string[] Vocabulary => [.. Sentences.SelectMany(s => s.Tokens).Distinct()];
}
