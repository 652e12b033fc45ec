using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests;

public class DevPartTests
{
    private static readonly int[] Twenty = [.. Enumerable.Range(0, 20)];

    [Fact]
    public void A_part_moves_to_the_end_and_the_rest_keeps_its_order()
    {
        var moved = DevPart.MoveToEnd(Twenty, part: 3, parts: 10);
        Assert.Equal([0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 4, 5], moved);
    }

    [Fact]
    public void The_last_part_leaves_the_split_as_it_is()
    {
        Assert.Equal(Twenty, DevPart.MoveToEnd(Twenty, part: 10, parts: 10));
    }

    [Fact]
    public void The_moved_part_is_what_the_trainer_holds_out_when_the_split_does_not_divide_evenly()
    {
        // 3,972 sentences, as in the ANERcorp train split: parts of 397 or 398 sentences, each held out whole (the
        // trainer is told its size; the share alone would hold out round(397.2) = 397).
        var sentences = Enumerable.Range(0, 3972).ToArray();
        for (int part = 1; part <= 10; part++)
        {
            var moved = DevPart.MoveToEnd(sentences, part, 10);
            Assert.Equal(sentences.Length, moved.Distinct().Count());
            int from = (int)Math.Round(3972 * (part - 1) / 10.0), to = (int)Math.Round(3972 * part / 10.0);
            Assert.Equal(sentences[from..to], moved.Skip(moved.Count - (to - from)));
            Assert.Equal(to - from, DevPart.Size(sentences.Length, part, 10));
        }
    }

    [Fact]
    public void A_held_out_part_is_the_part_moved_to_the_end_and_the_others_are_what_precedes_it()
    {
        var sentences = Enumerable.Range(0, 3972).ToArray();
        for (int part = 1; part <= 10; part++)
        {
            var moved = DevPart.MoveToEnd(sentences, part, 10);
            var (others, held) = DevPart.Remove(sentences, part, 10);
            Assert.Equal(moved.Take(others.Count), others);
            Assert.Equal(moved.Skip(others.Count), held);
            Assert.Equal(397, held.Count, tolerance: 1);
        }
    }

    [Fact]
    public void A_part_outside_the_split_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DevPart.MoveToEnd(Twenty, part: 0, parts: 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => DevPart.MoveToEnd(Twenty, part: 11, parts: 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => DevPart.Remove(Twenty, part: 0, parts: 10));
    }
}
