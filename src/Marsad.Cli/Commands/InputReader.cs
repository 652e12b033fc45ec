using Marsad.Text.Decoding;

namespace Marsad.Cli.Commands;

internal static class InputReader
{
    /// <summary>Reads FILE, or standard input for "-", and decodes it.</summary>
    public static DecodedText Read(string path)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return TextDecoder.Decode(buffer.ToArray(), "<stdin>");
        }
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        return TextDecoder.DecodeFile(path);
    }

    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d)) return d;
        throw new CliException($"--published '{value}' is not a date of the form YYYY-MM-DD");
    }
}
