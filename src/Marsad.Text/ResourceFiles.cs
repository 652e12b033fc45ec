using System.IO.Compression;

namespace Marsad.Text;

/// <summary>
/// Finds the project's data files (lexicons, models). They are copied beside the binaries under
/// <c>resources/</c>; <c>MARSAD_RESOURCES</c> points elsewhere, for example at a freshly trained set.
/// </summary>
public static class ResourceFiles
{
    public static string Root
    {
        get
        {
            string? env = Environment.GetEnvironmentVariable("MARSAD_RESOURCES");
            if (!string.IsNullOrEmpty(env)) return env;
            return Path.Combine(AppContext.BaseDirectory, "resources");
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static bool Exists(string relative) => File.Exists(PathOf(relative));

    /// <summary>Opens a resource for reading, decompressing <c>.gz</c> files on the fly.</summary>
    public static Stream Open(string relative)
    {
        string path = PathOf(relative);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Marsad resource '{relative}' is missing (looked in {Root}). Set MARSAD_RESOURCES or rebuild.", path);
        Stream s = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(s, CompressionMode.Decompress) : s;
    }

    /// <summary>
    /// Creates a gzip-compressed UTF-8 text resource (its folder too) whose first line is the '#' header that
    /// says what built it. Readers skip '#' lines.
    /// </summary>
    public static StreamWriter CreateCompressedText(string path, string header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        var writer = new StreamWriter(gz, new System.Text.UTF8Encoding(false));
        writer.Write("# " + header.ReplaceLineEndings(" ") + "\n");
        return writer;
    }

    /// <summary>The non-empty lines of a text resource, without '#' comment lines.</summary>
    public static IEnumerable<string> ReadLines(string relative)
    {
        using var reader = new StreamReader(Open(relative));
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }
}
