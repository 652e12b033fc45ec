namespace Marsad.Text.Tokenization;

public enum TokenKind
{
    ArabicWord,
    LatinWord,
    Number,
    Punctuation,
    Quote,
    Url,
    Email,
    Hashtag,
    Mention,
    Symbol,
}
