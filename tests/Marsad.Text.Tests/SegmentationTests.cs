using Marsad.Text.Segmentation;

namespace Marsad.Text.Tests;

public class SegmentationTests
{
    private static readonly CliticSegmenter Segmenter = CliticSegmenter.Default;

    private static string Cut(string word) => Segmenter.Segment(word).ToString();

    [Theory]
    [InlineData("والد")]
    [InlineData("فلسطين")]
    [InlineData("كتاب")]
    [InlineData("بريطانيا")]
    [InlineData("وزير")]
    [InlineData("الذي")]
    [InlineData("كما")]
    [InlineData("سوريا")]
    [InlineData("بيت")]
    [InlineData("وقت")]
    public void Words_that_only_look_cliticised_stay_whole(string word) => Assert.Equal(word, Cut(word));

    [Theory]
    [InlineData("وبالمؤتمر", "و+ب+ال+مؤتمر")]
    [InlineData("والمؤتمر", "و+ال+مؤتمر")]
    [InlineData("ثقافة", "ثقاف+ة")]
    [InlineData("ترشيحاتها", "ترشيح+ات+ها")]
    [InlineData("ترشيحات", "ترشيح+ات")]
    [InlineData("البريطانية", "ال+بريطاني+ة")]
    [InlineData("للمؤتمر", "ل+ال+مؤتمر")]
    [InlineData("وقال", "و+قال")]
    [InlineData("أعلنت", "أعلن+ت")]
    [InlineData("وكانت", "و+كان+ت")]
    [InlineData("ولادته", "ولاد+ت+ه")]
    [InlineData("عليه", "علي+ه")]
    [InlineData("لها", "ل+ها")]
    [InlineData("عاما", "عام+ا")]
    [InlineData("أيضا", "أيض+ا")]
    [InlineData("مما", "من+ما")]
    [InlineData("المسلمين", "ال+مسلم+ين")]
    [InlineData("وسيقام", "و+س+يقام")]
    public void Clitics_and_inflections_are_cut_in_the_farasa_scheme(string word, string expected) => Assert.Equal(expected, Cut(word));

    [Fact]
    public void Diacritics_and_tatweel_are_dropped_from_the_segments()
    {
        Assert.Equal("و+ال+مؤتمر", Cut("وَالْمُؤْتَمَرِ"));
        Assert.Equal("ثقاف+ة", Cut("ثقافـــة"));
    }

    [Theory]
    [InlineData("2014")]
    [InlineData("BBC")]
    [InlineData("،")]
    public void Numbers_latin_and_punctuation_come_back_whole(string token) => Assert.Equal(token, Cut(token));

    [Fact]
    public void The_light_stem_joins_a_word_with_its_clitics_and_spellings()
    {
        string stem = Segmenter.Segment("طرابلس").LightStem;
        Assert.Equal("طرابلس", stem);
        Assert.Equal(stem, Segmenter.Segment("وطرابلس").LightStem);
        Assert.Equal(stem, Segmenter.Segment("بطرابلس").LightStem);
        Assert.Equal(Segmenter.Segment("الليبي").LightStem, Segmenter.Segment("الليبى").LightStem);
        Assert.Equal("ترشيح", Segmenter.Segment("ترشيحاتها").LightStem);
        Assert.Equal("مؤتمر", Segmenter.Segment("وبالمؤتمر").Stem);
    }

    [Fact]
    public void A_word_form_is_segmented_once_and_shared()
    {
        var first = Segmenter.Segment("والتلفزيون");
        Assert.Same(first, Segmenter.Segment("والتلفزيون".AsSpan()));
    }

    [Fact]
    public void Concurrent_callers_get_the_same_segmentations()
    {
        string[] words = ["وبالمؤتمر", "ثقافة", "ترشيحاتها", "والد", "فلسطين", "أعلنت", "للمؤتمر", "عليه"];
        var fresh = new CliticSegmenter(Lexicons.WordLexicon.Default, FixedSegmentations.LoadDefault());
        var expected = words.Select(w => Segmenter.Segment(w).ToString()).ToArray();
        var results = new string[64][];
        Parallel.For(0, results.Length, k => results[k] = words.Select(w => fresh.Segment(w).ToString()).ToArray());
        foreach (var r in results) Assert.Equal(expected, r);
    }

    [Fact]
    public void Gold_tokens_are_rebuilt_as_written()
    {
        Assert.Equal("للمؤتمر", SegmentationGold.Join(["ل", "ال", "مؤتمر"]));
        Assert.Equal("للغة", SegmentationGold.Join(["ل", "ال", "لغ", "ة"]));
        Assert.Equal("مما", SegmentationGold.Join(["من", "ما"]));
        Assert.Equal("والتلفزيون", SegmentationGold.Join(["و", "ال", "تلفزيون"]));
    }

    [Fact]
    public void A_fixed_words_line_that_is_malformed_is_refused() =>
        Assert.Throws<FormatException>(() => new FixedSegmentations(["أيض++ا"]));
}
