namespace Marsad.Extraction.Quotes;

public enum QuoteKind { Direct, Indirect }

/// <summary>A span [Start, End) of the original text with its text.</summary>
public sealed record TextSpan(int Start, int End, string Text);

/// <summary>
/// Who speaks: the phrase as written, and, where it names an entity of the article, that entity's
/// <see cref="Canonical"/> name and <see cref="Id"/>. A described source (مصدر أمني، شهود عيان) has neither.
/// </summary>
public sealed record QuoteSpeaker(string Text, int Start, int End, string? Canonical, int? Id);

/// <summary>
/// One statement: [Start, End) is the quoted or reported content (without the quotation marks), <see cref="Cue"/>
/// the word that introduces it (a verb, a participle, قوله, or the colon), <see cref="Via"/> the channel named.
/// </summary>
public sealed record Quote(int Start, int End, string Text, QuoteKind Kind, TextSpan Cue, QuoteSpeaker? Speaker, TextSpan? Via);
