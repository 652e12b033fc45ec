using Marsad.Text.Lexicons;

namespace Marsad.Text.Tests;

public class WordFormTableTests
{
    [Fact]
    public void Forms_added_are_found_by_span_and_the_first_value_wins()
    {
        var table = new WordFormTable<string>();
        Assert.False(table.TryGetValue("طرابلس", out _));
        Assert.Equal("a", table.GetOrAdd("طرابلس", "a"));
        Assert.Equal("a", table.GetOrAdd("طرابلس", "b"));
        Assert.True(table.TryGetValue("وطرابلس".AsSpan(1), out var v));
        Assert.Equal("a", v);
        Assert.False(table.TryGetValue("طرابل", out _));
        Assert.False(table.TryGetValue("", out _));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Readers_and_writers_on_several_threads_see_every_form_with_its_own_value_through_growth()
    {
        var table = new WordFormTable<string>();
        string[] forms = Enumerable.Range(0, 50_000).Select(i => "كلمة" + i.ToString("x")).ToArray();
        Parallel.For(0, 4, worker =>
        {
            for (int i = worker; i < forms.Length; i += 4)
            {
                Assert.Same(forms[i], table.GetOrAdd(forms[i], forms[i]));
                int back = i / 2;
                if (table.TryGetValue(forms[back], out var seen)) Assert.Same(forms[back], seen);
            }
        });
        Assert.Equal(forms.Length, table.Count);
        foreach (string f in forms)
        {
            Assert.True(table.TryGetValue(f, out var value));
            Assert.Same(f, value);
        }
    }
}
