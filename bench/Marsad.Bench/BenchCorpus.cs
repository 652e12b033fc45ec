using Marsad.Text.Corpora;

namespace Marsad.Bench;

/// <summary>Article texts loaded once into memory, so a benchmark measures analysis and not I/O.</summary>
public sealed class BenchCorpus
{
    public IReadOnlyList<string> Texts { get; }
    public long Words { get; }
    public long Chars { get; }

    private BenchCorpus(List<string> texts)
    {
        Texts = texts;
        Words = texts.Sum(CountWords);
        Chars = texts.Sum(t => (long)t.Length);
    }

    public static BenchCorpus Load(string path, int maxArticles)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: corpus not found (the benchmark reads ../shared/data)", path);
        var texts = new List<string>();
        foreach (var a in JsonlCorpus.Read(path))
        {
            texts.Add(a.Title is null ? a.Text : a.Title + "\n" + a.Text);
            if (texts.Count >= maxArticles) break;
        }
        return new BenchCorpus(texts);
    }

    /// <summary>Words as a reader counts them: runs of non-space characters. Both sides are divided by the same count.</summary>
    public static long CountWords(string text)
    {
        long n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }
}
