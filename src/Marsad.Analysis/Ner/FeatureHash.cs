namespace Marsad.Analysis.Ner;

/// <summary>
/// 64-bit hashes of feature strings, computed over spans without building the strings: a feature is its
/// template id mixed with the characters of its value(s). Collisions at 64 bits are negligible for a few
/// million features.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        ulong h = Offset ^ ((ulong)template * 0x9E3779B97F4A7C15UL);
        foreach (char c in value) { h ^= c; h *= Prime; }
        return Mix(h);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        ulong h = Offset ^ ((ulong)template * 0x9E3779B97F4A7C15UL);
        foreach (char c in a) { h ^= c; h *= Prime; }
        h ^= 0xFFFF; h *= Prime;
        foreach (char c in b) { h ^= c; h *= Prime; }
        return Mix(h);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        ulong h = Offset ^ ((ulong)template * 0x9E3779B97F4A7C15UL);
        foreach (char x in a) { h ^= x; h *= Prime; }
        h ^= 0xFFFF; h *= Prime;
        foreach (char x in b) { h ^= x; h *= Prime; }
        h ^= 0xFFFF; h *= Prime;
        foreach (char x in c) { h ^= x; h *= Prime; }
        return Mix(h);
    }

    public static ulong Of(int template, long value) => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ Mix((ulong)value + 0x632BE59BD9B4E019UL));

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33; h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33; h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
