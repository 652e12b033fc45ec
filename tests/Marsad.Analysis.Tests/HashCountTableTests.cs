using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

public class HashCountTableTests
{
    [Fact]
    public void KeepsEveryKeyThroughGrowth()
    {
        var table = new HashCountTable(4);
        var random = new Random(7);
        var keys = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64()).Distinct().ToList();
        for (int k = 0; k < keys.Count; k++) table.Set(keys[k], k);
        Assert.Equal(keys.Count, table.Count);
        for (int k = 0; k < keys.Count; k++)
        {
            Assert.True(table.TryGetValue(keys[k], out int value));
            Assert.Equal(k, value);
        }
        Assert.False(table.TryGetValue(12345, out _));
        Assert.Equal(0, table.GetValueOrDefault(12345));
    }

    [Fact]
    public void SettingAKeyAgainReplacesItsValue()
    {
        var table = new HashCountTable();
        table.Set(42, 1);
        table.Set(42, 5);
        Assert.Equal(1, table.Count);
        Assert.Equal(5, table.GetValueOrDefault(42));
    }

    [Fact]
    public void KeyZeroIsAKeyLikeAnyOther()
    {
        var table = new HashCountTable();
        Assert.False(table.TryGetValue(0, out _));
        table.Set(0, 9);
        Assert.Equal(9, table.GetValueOrDefault(0));
    }

    [Fact]
    public void KeysThatShareLowBitsAreKeptApart()
    {
        var table = new HashCountTable(16);
        for (ulong k = 1; k <= 12; k++) table.Set(k << 40, (int)k);   // all land on slot 0 and probe onwards
        for (ulong k = 1; k <= 12; k++) Assert.Equal((int)k, table.GetValueOrDefault(k << 40));
        Assert.False(table.TryGetValue(13UL << 40, out _));
    }
}
