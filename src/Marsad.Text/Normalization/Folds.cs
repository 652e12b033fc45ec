namespace Marsad.Text.Normalization;

/// <summary>The independent character folds a normaliser can apply. Each is reversible through an <see cref="OffsetMap"/>.</summary>
[Flags]
public enum Folds
{
    None = 0,
    /// <summary>Harakat, tanween, shadda, sukun and Quranic annotation marks are removed.</summary>
    Diacritics = 1 << 0,
    /// <summary>Tatweel (kashida) is removed: it only stretches a word on the page.</summary>
    Tatweel = 1 << 1,
    /// <summary>أ إ آ ٱ ٲ ٳ → ا; the superscript (dagger) alef U+0670 is dropped, as the standard spelling omits it (هٰذا → هذا).</summary>
    Alef = 1 << 2,
    /// <summary>ى → ي: Egyptian and much web text writes final ي as ى.</summary>
    AlefMaksura = 1 << 3,
    /// <summary>ة → ه, for matching only: display keeps the original.</summary>
    TehMarbuta = 1 << 4,
    /// <summary>ؤ ئ → ء: hamza seats vary between writers.</summary>
    HamzaCarriers = 1 << 5,
    /// <summary>Persian and Urdu letter variants (ک ی ۀ ھ ۃ …) → their Arabic counterparts.</summary>
    PersianLetters = 1 << 6,
    /// <summary>Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → letters (NFKC).</summary>
    PresentationForms = 1 << 7,
    /// <summary>Arabic-Indic and Persian digits, ٫ and ٬ → ASCII digits, '.' and ','.</summary>
    Digits = 1 << 8,
    /// <summary>Zero-width characters and bidi controls are removed.</summary>
    InvisibleMarks = 1 << 9,
    /// <summary>، ؛ ؟ ٪ and typographic quotes and dashes → their ASCII counterparts.</summary>
    Punctuation = 1 << 10,

    /// <summary>The folds used to compare words: everything but the optional hamza-carrier fold and punctuation.</summary>
    Matching = Diacritics | Tatweel | Alef | AlefMaksura | TehMarbuta | PersianLetters | PresentationForms | Digits | InvisibleMarks,
    /// <summary>The folds that change no letter identity: safe for text shown to people.</summary>
    Display = Diacritics | Tatweel | PresentationForms | InvisibleMarks | PersianLetters,
    All = Matching | HamzaCarriers | Punctuation,
}
