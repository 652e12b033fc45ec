namespace Marsad.Text.Decoding;

/// <summary>Text decoded from bytes, with the encoding that was detected and whether it came from HTML.</summary>
public sealed record DecodedText(string Text, string Encoding, bool FromHtml, string? Title = null);
