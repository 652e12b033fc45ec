using Marsad.Text.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests;

public class TokenizerTests
{
    private static List<(string Text, TokenKind Kind)> Tok(string text, Tokenizer? tokenizer = null) =>
        (tokenizer ?? new Tokenizer()).Tokenize(text).Select(t => (t.TextOf(text), t.Kind)).ToList();

    [Fact]
    public void Arabic_and_latin_words_with_their_diacritics_and_tatweel()
    {
        var t = Tok("قالَ الرئيـــس Obama اليوم");
        Assert.Equal([("قالَ", TokenKind.ArabicWord), ("الرئيـــس", TokenKind.ArabicWord), ("Obama", TokenKind.LatinWord), ("اليوم", TokenKind.ArabicWord)], t);
    }

    [Theory]
    [InlineData("3.5", "3.5")]
    [InlineData("٣٫٥", "٣٫٥")]
    [InlineData("1,000", "1,000")]
    [InlineData("١٬٠٠٠", "١٬٠٠٠")]
    [InlineData("۱۲", "۱۲")]
    public void Numbers_keep_their_separators(string input, string number)
    {
        var t = Tok("بلغ " + input + " مليون");
        Assert.Contains((number, TokenKind.Number), t);
    }

    [Fact]
    public void Percent_signs_and_sentence_final_full_stops_are_their_own_tokens()
    {
        Assert.Equal([("50", TokenKind.Number), ("%", TokenKind.Punctuation)], Tok("50%"));
        Assert.Equal([("30", TokenKind.Number), ("٪", TokenKind.Punctuation)], Tok("30٪"));
        Assert.Equal([("عام", TokenKind.ArabicWord), ("2017", TokenKind.Number), (".", TokenKind.Punctuation)], Tok("عام 2017."));
    }

    [Fact]
    public void Quotes_punctuation_and_ellipses()
    {
        var t = Tok("قال: «لم تنته.. بعد»، وأضاف؛ لماذا؟");
        Assert.Equal(
            ["قال", ":", "«", "لم", "تنته", "..", "بعد", "»", "،", "وأضاف", "؛", "لماذا", "؟"],
            t.Select(x => x.Text));
        Assert.Equal(TokenKind.Quote, t[2].Kind);
        Assert.Equal(TokenKind.Punctuation, t[5].Kind);
    }

    [Fact]
    public void Urls_emails_hashtags_and_mentions()
    {
        var t = Tok("راجع https://example.com/ar/خبر?id=5. أو www.example.org، راسلنا على news@example.com #ليبيا_اليوم @marsad_news");
        Assert.Contains(("https://example.com/ar/خبر?id=5", TokenKind.Url), t);
        Assert.Contains(("www.example.org", TokenKind.Url), t);
        Assert.Contains(("news@example.com", TokenKind.Email), t);
        Assert.Contains(("#ليبيا_اليوم", TokenKind.Hashtag), t);
        Assert.Contains(("@marsad_news", TokenKind.Mention), t);
    }

    [Fact]
    public void Bidi_and_zero_width_marks_between_words_are_not_tokens()
    {
        var t = Tok("ليبيا\u200F \u202Bطرابلس\u202C");
        Assert.Equal(["ليبيا", "طرابلس"], t.Select(x => x.Text));
    }

    [Fact]
    public void Glued_words_are_split_only_where_both_halves_are_known()
    {
        var lexicon = new WordLexicon(new Dictionary<string, int>
        {
            ["المتحده"] = 900, ["الامريكيه"] = 700, ["نيوز"] = 300, ["عربيه"] = 5000, ["والد"] = 400, ["وزاره"] = 2000,
        });
        var tokenizer = new Tokenizer(new GluedWordSplitter(lexicon));
        Assert.Equal(["الولايات", "المتحدة", "الأمريكية"], Tok("الولايات المتحدةالأمريكية", tokenizer).Select(x => x.Text));
        Assert.Equal(["سكاى", "نيوز", "عربية"], Tok("سكاى نيوزعربية", tokenizer).Select(x => x.Text));
        // Known whole words stay whole even where they would split into two known halves.
        Assert.Equal(["والد", "وزارة"], Tok("والد وزارة", tokenizer).Select(x => x.Text));
        // An unknown word whose halves are not both known stays whole.
        Assert.Equal(["داروينية"], Tok("داروينية", tokenizer).Select(x => x.Text));
    }

    [Fact]
    public void Empty_and_blank_text_give_no_tokens()
    {
        Assert.Empty(Tok(""));
        Assert.Empty(Tok(" \n\t\u200F "));
    }
}
