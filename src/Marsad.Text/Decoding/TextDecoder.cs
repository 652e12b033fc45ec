using System.Text;
using UtfUnknown;

namespace Marsad.Text.Decoding;

/// <summary>
/// Bytes → text. UTF-8 (with or without BOM) and UTF-16 are recognised by BOM or by validity;
/// legacy Arabic code pages (Windows-1256, ISO-8859-6) by a detector, checked by how Arabic the result reads.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static DecodedText Decode(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw new InputException(name, "empty input");
        var (text, encoding) = DecodeBytes(bytes, name);
        if (LooksLikeHtml(text))
        {
            var html = HtmlText.Extract(text);
            if (string.IsNullOrWhiteSpace(html.Text)) throw new InputException(name, "HTML page without article text");
            return new DecodedText(html.Text, encoding, true, html.Title);
        }
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(name, "no text (only white space)");
        return new DecodedText(text, encoding, false);
    }

    public static DecodedText DecodeFile(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException(path, e.Message); }
        return Decode(bytes, path);
    }

    private static (string Text, string Encoding) DecodeBytes(byte[] bytes, string name)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (Strict(StrictUtf8, bytes.AsSpan(3), name, "UTF-8"), "utf-8-bom");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return (CheckText(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), name), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return (CheckText(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), name), "utf-16be");

        if (LooksLikeUtf16(bytes, out bool bigEndian))
        {
            var enc = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            return (CheckText(enc.GetString(bytes), name), bigEndian ? "utf-16be" : "utf-16le");
        }
        if (LooksBinary(bytes)) throw new InputException(name, "binary data, not text");

        try { return (StrictUtf8.GetString(bytes), "utf-8"); }
        catch (DecoderFallbackException) { }

        // Not UTF-8: a legacy single-byte code page. Ask the detector, then keep whichever Arabic code page reads as more Arabic.
        var candidates = new List<Encoding>();
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected?.Encoding;
        if (detected is not null && detected.CodePage is 1256 or 28596) candidates.Add(detected);
        candidates.Add(Encoding.GetEncoding(1256));
        candidates.Add(Encoding.GetEncoding(28596));
        Encoding best = candidates[0];
        double bestScore = -1;
        foreach (var enc in candidates)
        {
            double score = ArabicScore(enc.GetString(bytes));
            if (score > bestScore) { bestScore = score; best = enc; }
        }
        if (bestScore < 0.3) throw new InputException(name, "undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 Arabic text");
        return (best.GetString(bytes), best.WebName);
    }

    private static string Strict(UTF8Encoding utf8, ReadOnlySpan<byte> bytes, string name, string label)
    {
        try { return utf8.GetString(bytes); }
        catch (DecoderFallbackException) { throw new InputException(name, $"invalid {label} despite its byte-order mark"); }
    }

    private static string CheckText(string text, string name)
    {
        int control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (control > text.Length / 20 + 1) throw new InputException(name, "binary data, not text");
        return text;
    }

    // UTF-16 without BOM: ASCII and Arabic (U+06xx) both leave a telltale byte in every other position.
    private static bool LooksLikeUtf16(byte[] b, out bool bigEndian)
    {
        bigEndian = false;
        if (b.Length < 4 || b.Length % 2 != 0) return false;
        int n = Math.Min(b.Length, 4096) / 2;
        int evenZero = 0, oddZero = 0, evenArabic = 0, oddArabic = 0;
        for (int i = 0; i < n; i++)
        {
            byte lo = b[2 * i], hi = b[2 * i + 1];
            if (lo == 0) evenZero++;
            if (hi == 0) oddZero++;
            if (lo == 0x06) evenArabic++;
            if (hi == 0x06) oddArabic++;
        }
        if (oddZero + oddArabic > n * 0.6 && evenZero < n * 0.1) return true;
        if (evenZero + evenArabic > n * 0.6 && oddZero < n * 0.1) { bigEndian = true; return true; }
        return false;
    }

    private static bool LooksBinary(byte[] b)
    {
        int n = Math.Min(b.Length, 8192), control = 0;
        for (int i = 0; i < n; i++)
        {
            byte x = b[i];
            if (x == 0) return true;
            if (x < 0x20 && x is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)) control++;
        }
        return control > n / 50 + 1;
    }

    /// <summary>The share of letters that are Arabic; a wrong code page yields Latin-1 or box-drawing soup.</summary>
    private static double ArabicScore(string text)
    {
        int letters = 0, arabic = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c >= '\u0600' && c <= '\u06FF') arabic++;
        }
        return letters == 0 ? 0 : (double)arabic / letters;
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase)));
    }
}
