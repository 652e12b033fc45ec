using System.CommandLine;
using Marsad.Text.Segmentation;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval segmentation</c>: word-level accuracy of the clitic segmenter against the Farasa WikiNews gold.
/// A token counts as right when every cut matches. Accuracy is given over Arabic words and over all gold tokens
/// (punctuation, numbers and Latin words included, which must come back whole); the last line is over all tokens.
/// </summary>
internal static class EvalSegmentationCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "WikiNews.pos.ref (segments<TAB>POS)",
            DefaultValueFactory = _ => "../shared/data/farasa-wikinews/WikiNews.pos.ref",
        };
        var skip = new Option<int>("--skip") { Description = "Leave out the first N tokens (held-out slices)", DefaultValueFactory = _ => 0 };
        var take = new Option<int>("--take") { Description = "Score at most N tokens (0: all)", DefaultValueFactory = _ => 0 };
        var errors = new Option<int>("--errors") { Description = "Print the N most frequent errors", DefaultValueFactory = _ => 0 };
        var cmd = new Command("segmentation", "Clitic segmentation accuracy against the Farasa WikiNews gold; last line 'accuracy 0.NNNN'.")
        {
            gold, skip, take, errors,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            string path = r.GetValue(gold)!;
            if (!File.Exists(path)) throw new CliException($"{path}: no such gold file");
            int rejected = 0;
            var tokens = SegmentationGold.Read(path, (line, why) =>
            {
                rejected++;
                Console.Error.WriteLine($"{path}:{line}: skipped ({why})");
            });
            IEnumerable<GoldToken> scored = tokens.Skip(r.GetValue(skip));
            if (r.GetValue(take) > 0) scored = scored.Take(r.GetValue(take));

            var segmenter = CliticSegmenter.Default;
            int total = 0, right = 0, arabic = 0, arabicRight = 0;
            var misses = new Dictionary<(string Gold, string Got), int>();
            foreach (var t in scored)
            {
                string got = segmenter.Segment(t.Word).ToString();
                bool ok = got == t.Segmented;
                total++;
                if (ok) right++;
                if (t.IsArabic)
                {
                    arabic++;
                    if (ok) arabicRight++;
                }
                if (!ok) misses[(t.Segmented, got)] = misses.GetValueOrDefault((t.Segmented, got)) + 1;
            }
            if (total == 0) throw new CliException($"{path}: no tokens to score");
            foreach (var ((g, got), n) in misses.OrderByDescending(m => m.Value).ThenBy(m => m.Key.Gold, StringComparer.Ordinal).Take(r.GetValue(errors)))
                Console.WriteLine($"  {n,4}  gold {g}  got {got}");
            Console.WriteLine($"gold {Path.GetFileName(path)}: {total} tokens scored ({arabic} Arabic words), {rejected} lines skipped");
            Console.WriteLine($"Arabic words: {arabicRight}/{arabic} right, accuracy {(double)arabicRight / Math.Max(1, arabic):F4}");
            Console.WriteLine($"all tokens:   {right}/{total} right");
            Console.WriteLine($"accuracy {(double)right / total:F4}");
            return 0;
        }));
        return cmd;
    }
}
