using System.Runtime.CompilerServices;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Feature hash → its weights for every tag, stored inline in one open-addressing table (linear probing,
/// power-of-two size, at most about 60% full): a lookup touches one cache line or two instead of three
/// arrays. Read-only after construction, so safe to share between threads.
/// </summary>
internal sealed class FeatureTable
{
    [InlineArray(TagCount)]
    internal struct TagWeights { private float _first; }

    private struct Entry
    {
        public ulong Key;
        public TagWeights Weights;
    }

    public const int TagCount = 9;

    private readonly Entry[] _entries;
    private readonly bool[] _used;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<ulong, int> index, float[] weights)
    {
        if (NerTagSet.Count != TagCount) throw new InvalidOperationException("the feature table is laid out for 9 tags");
        int capacity = 16;
        while (capacity * 3 < index.Count * 5) capacity <<= 1;
        _entries = new Entry[capacity];
        _used = new bool[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in index)
        {
            int slot = (int)(key & (ulong)_mask);
            while (_used[slot]) slot = (slot + 1) & _mask;
            _used[slot] = true;
            ref var e = ref _entries[slot];
            e.Key = key;
            weights.AsSpan(row * TagCount, TagCount).CopyTo(e.Weights);
        }
    }

    /// <summary>Adds the weights of a feature to <paramref name="scores"/>; false when the model does not know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AddTo(ulong key, Span<float> scores)
    {
        int slot = (int)(key & (ulong)_mask);
        var entries = _entries;
        var used = _used;
        while (used[slot])
        {
            ref var e = ref entries[slot];
            if (e.Key == key)
            {
                ReadOnlySpan<float> w = e.Weights;
                for (int y = 0; y < TagCount; y++) scores[y] += w[y];
                return true;
            }
            slot = (slot + 1) & _mask;
        }
        return false;
    }
}
