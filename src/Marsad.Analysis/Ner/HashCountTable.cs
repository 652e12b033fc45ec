namespace Marsad.Analysis.Ner;

/// <summary>
/// Counts keyed by 64-bit hashes in one open-addressed array: a lookup in a table of a million entries costs one
/// cache miss rather than the two of a <see cref="Dictionary{TKey, TValue}"/> (bucket, then entry), and the
/// table takes 16 bytes a slot, at most three quarters of them full. The keys are already well mixed, so their low bits index it.
/// </summary>
internal sealed class HashCountTable
{
    private struct Slot
    {
        public ulong Key;   // 0: empty
        public int Value;
    }

    private Slot[] _slots;
    private int _mask;

    public HashCountTable(int capacity = 16)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity / 3 * 4 + 4));
        _slots = new Slot[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    // 0 marks an empty slot; the one key that hashes to it shares a slot with 1 (a 2^-64 chance).
    private static ulong Stored(ulong key) => key == 0 ? 1 : key;

    public void Set(ulong key, int value)
    {
        if ((long)(Count + 1) * 4 > (long)_slots.Length * 3) Grow();
        Insert(_slots, _mask, Stored(key), value, out bool added);
        if (added) Count++;
    }

    public bool TryGetValue(ulong key, out int value)
    {
        key = Stored(key);
        var slots = _slots;
        for (int i = (int)key & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref slots[i];
            if (slot.Key == key) { value = slot.Value; return true; }
            if (slot.Key == 0) { value = 0; return false; }
        }
    }

    public int GetValueOrDefault(ulong key) => TryGetValue(key, out int value) ? value : 0;

    private static void Insert(Slot[] slots, int mask, ulong key, int value, out bool added)
    {
        int i = (int)key & mask;
        while (slots[i].Key != 0 && slots[i].Key != key) i = (i + 1) & mask;
        added = slots[i].Key == 0;
        slots[i] = new Slot { Key = key, Value = value };
    }

    private void Grow()
    {
        var bigger = new Slot[_slots.Length * 2];
        int mask = bigger.Length - 1;
        foreach (var slot in _slots)
            if (slot.Key != 0) Insert(bigger, mask, slot.Key, slot.Value, out _);
        _slots = bigger;
        _mask = mask;
    }
}
