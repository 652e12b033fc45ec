using System.Text;
using Marsad.Text.Decoding;

namespace Marsad.Text.Tests;

public class DecoderTests
{
    private const string Arabic = "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في طرابلس يوم الأحد المقبل لبحث الأوضاع.";

    static DecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8-bom" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
        { "utf-16le-nobom", "utf-16le" },
        { "windows-1256", "windows-1256" },
        { "iso-8859-6", "iso-8859-6" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Arabic_text_is_recovered_from_every_common_encoding(string encoding, string expectedLabel)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Arabic),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arabic)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Arabic)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Arabic)],
            "utf-16le-nobom" => Encoding.Unicode.GetBytes(Arabic),
            "windows-1256" => Encoding.GetEncoding(1256).GetBytes(Arabic),
            "iso-8859-6" => Encoding.GetEncoding(28596).GetBytes(Arabic.Replace("أ", "ا")),
            _ => throw new ArgumentException(encoding),
        };
        var decoded = TextDecoder.Decode(bytes, "article.txt");
        Assert.Equal(encoding == "iso-8859-6" ? Arabic.Replace("أ", "ا") : Arabic, decoded.Text);
        Assert.Equal(expectedLabel, decoded.Encoding);
    }

    [Fact]
    public void Binary_and_empty_input_are_typed_errors_naming_the_file()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(png, "picture.png"));
        Assert.Contains("picture.png", e.Message);
        Assert.Contains("binary", e.Message);
        Assert.Throws<InputException>(() => TextDecoder.Decode([], "empty.txt"));
        Assert.Throws<InputException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes("  \n "), "blank.txt"));
    }

    [Fact]
    public void Html_gives_the_title_and_paragraphs_without_scripts_styles_or_navigation()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>عنوان الصفحة</title><style>p{color:red}</style>
            <script>var x = "لا تظهر";</script></head>
            <body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
            <article><h1>اشتباكات في طرابلس</h1><p>قال شهود إن المعارك اندلعت أمس.</p><p>وأضافوا أن الهدوء عاد.</p></article>
            <footer>جميع الحقوق محفوظة</footer></body></html>
            """;
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(html), "page.html");
        Assert.True(decoded.FromHtml);
        Assert.Equal("اشتباكات في طرابلس\nقال شهود إن المعارك اندلعت أمس.\nوأضافوا أن الهدوء عاد.", decoded.Text);
        Assert.DoesNotContain("لا تظهر", decoded.Text);
        Assert.DoesNotContain("الرئيسية", decoded.Text);
        Assert.DoesNotContain("الحقوق", decoded.Text);
    }
}
