namespace Marsad.Analysis.Ner;

/// <summary>
/// Feature hash → row of the weight matrix: open addressing with linear probing over a power-of-two table
/// at most half full. Read-only after construction, so safe to share between threads; faster than a
/// Dictionary for the tagger's dozens of lookups per token.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(IEnumerable<KeyValuePair<ulong, int>> entries, int count)
    {
        int capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        Array.Fill(_rows, -1);
        _mask = capacity - 1;
        foreach (var (key, row) in entries)
        {
            int slot = (int)(key & (ulong)_mask);
            while (_rows[slot] >= 0) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    /// <summary>The row of a feature; -1 when the model does not know it.</summary>
    public int Find(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            int row = _rows[slot];
            if (row < 0 || _keys[slot] == key) return row;
            slot = (slot + 1) & _mask;
        }
    }
}
