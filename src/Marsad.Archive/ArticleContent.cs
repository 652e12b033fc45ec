using System.Security.Cryptography;
using System.Text;

namespace Marsad.Archive;

/// <summary>The text an article is analysed, hashed and searched as: its title line, then its body.</summary>
public static class ArticleContent
{
    public static string Compose(string? title, string text)
    {
        if (string.IsNullOrWhiteSpace(title)) return text;
        string t = title.Trim();
        // Some sources repeat the title as the first line of the body; analysing it twice would double its weight.
        return text.StartsWith(t, StringComparison.Ordinal) ? text : t + "\n" + text;
    }

    /// <summary>SHA-256 of the composed content: the identity that makes ingest idempotent.</summary>
    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
