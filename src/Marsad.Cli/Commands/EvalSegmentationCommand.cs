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

            var score = SegmentationScore.Of(scored, CliticSegmenter.Default);
            if (score.Total == 0) throw new CliException($"{path}: no tokens to score");
            foreach (var ((g, got), n) in score.Misses.OrderByDescending(m => m.Value).ThenBy(m => m.Key.Gold, StringComparer.Ordinal).Take(r.GetValue(errors)))
                Console.WriteLine($"  {n,4}  gold {g}  got {got}");
            Console.WriteLine($"gold {Path.GetFileName(path)}: {score.Total} tokens scored ({score.Arabic} Arabic words), {rejected} lines skipped");
            Console.WriteLine($"Arabic words: {score.ArabicRight}/{score.Arabic} right, accuracy {score.ArabicAccuracy:F4}");
            Console.WriteLine($"all tokens:   {score.Right}/{score.Total} right");
            Console.WriteLine($"accuracy {score.Accuracy:F4}");
            return 0;
        }));
        return cmd;
    }
}
