namespace Marsad.Analysis.Ner;

/// <summary>Builds a space-joined phrase key in a caller's buffer, so that phrase lookups allocate nothing per token.</summary>
internal static class PhraseKey
{
    /// <summary>Appends <paramref name="s"/>; false, leaving the key as it was, when the buffer is full.</summary>
    public static bool Append(Span<char> buffer, ref int length, string s)
    {
        if (length + s.Length > buffer.Length) return false;
        s.AsSpan().CopyTo(buffer[length..]);
        length += s.Length;
        return true;
    }
}
