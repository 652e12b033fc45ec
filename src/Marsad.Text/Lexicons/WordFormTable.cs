namespace Marsad.Text.Lexicons;

/// <summary>
/// A map from word forms to values, read once per token. A general-purpose dictionary chases a bucket, a node
/// and a key string per lookup; here a slot holds the hash, the value and where the key's characters lie in one
/// shared array, so a lookup touches two places in memory. Reads take no lock: a writer fills a slot before it
/// publishes the slot's hash, and a resized table is published whole.
/// </summary>
public sealed class WordFormTable<TValue> where TValue : class
{
    private struct Slot
    {
        public int Hash;
        public int Offset;
        public int Length;
        public TValue? Value;
    }

    private sealed class Table(int capacity, char[] chars)
    {
        public readonly Slot[] Slots = new Slot[capacity];
        public readonly int Mask = capacity - 1;
        public readonly char[] Chars = chars;
        public int CharCount;
        public int Count;
    }

    private readonly Lock _write = new();
    private readonly uint _seed = (uint)Random.Shared.Next() | 1;
    private Table _table = new(1 << 12, new char[1 << 15]);

    public int Count => Volatile.Read(ref _table).Count;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var table = Volatile.Read(ref _table);
        int hash = Hash(key);
        for (int i = hash & table.Mask; ; i = (i + 1) & table.Mask)
        {
            ref Slot slot = ref table.Slots[i];
            int h = Volatile.Read(ref slot.Hash);
            if (h == 0) break;
            if (h == hash && slot.Length == key.Length && key.SequenceEqual(table.Chars.AsSpan(slot.Offset, slot.Length)))
            {
                value = slot.Value!;
                return true;
            }
        }
        value = null!;
        return false;
    }

    /// <summary>Adds the form unless it is there already; returns the value the table holds for it.</summary>
    public TValue GetOrAdd(ReadOnlySpan<char> key, TValue value)
    {
        lock (_write)
        {
            if (TryGetValue(key, out var existing)) return existing;
            var table = _table;
            if ((table.Count + 1) * 2 > table.Slots.Length) table = Grow(table);
            if (table.CharCount + key.Length > table.Chars.Length)
            {
                // Readers of the old table keep the old array; only appended characters are ever added.
                var chars = new char[Math.Max(table.Chars.Length * 2, table.CharCount + key.Length)];
                table.Chars.AsSpan(0, table.CharCount).CopyTo(chars);
                var copy = CopyOf(table, table.Slots.Length, chars);
                Volatile.Write(ref _table, copy);
                table = copy;
            }
            int offset = table.CharCount;
            key.CopyTo(table.Chars.AsSpan(offset));
            table.CharCount += key.Length;
            Insert(table, Hash(key), offset, key.Length, value);
            table.Count++;
            return value;
        }
    }

    private Table Grow(Table table)
    {
        var bigger = CopyOf(table, table.Slots.Length * 2, table.Chars);
        Volatile.Write(ref _table, bigger);
        return bigger;
    }

    private static Table CopyOf(Table table, int capacity, char[] chars)
    {
        var copy = new Table(capacity, chars) { CharCount = table.CharCount, Count = table.Count };
        foreach (ref readonly Slot s in table.Slots.AsSpan())
            if (s.Hash != 0) Insert(copy, s.Hash, s.Offset, s.Length, s.Value!);
        return copy;
    }

    private static void Insert(Table table, int hash, int offset, int length, TValue value)
    {
        int i = hash & table.Mask;
        while (table.Slots[i].Hash != 0) i = (i + 1) & table.Mask;
        ref Slot slot = ref table.Slots[i];
        slot.Offset = offset;
        slot.Length = length;
        slot.Value = value;
        Volatile.Write(ref slot.Hash, hash);
    }

    // FNV-1a with a per-process seed; never 0, which marks an empty slot.
    private int Hash(ReadOnlySpan<char> key)
    {
        uint h = _seed;
        foreach (char c in key) h = (h ^ c) * 0x01000193u;
        h ^= h >> 15;
        return h == 0 ? 1 : (int)h;
    }
}
