using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Marsad.Analysis.Ner;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval ner --gold FILE</c>: tags the gold tokens as given and scores exact entity spans
/// (CoNLL semantics), per type and micro-averaged; the last line is <c>micro-F1 0.NNNN</c>.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "CoNLL file: token TAG per line (IOB2; IOB1 and BIOES read too)", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "Write 'token gold predicted' lines (conlleval format) here" };
        var spelling = new Option<string>("--spelling")
        {
            Description = "Rewrite the gold tokens first: as-is, egyptian (final ى for ي, ه for ة, bare alef for hamzas) or diacritics (a fatha after every letter)",
            DefaultValueFactory = _ => "as-is",
        };
        spelling.AcceptOnlyFromAmong("as-is", "egyptian", "diacritics");
        var window = new Option<int>("--document-sentences")
        {
            Description = "The file has no article boundaries: treat each run of this many sentences as one article for name consistency (0: sentence by sentence; the default was chosen on a dev slice of the training split)",
            DefaultValueFactory = _ => ConllCorpus.SentencesPerArticle,
        };
        var cmd = new Command("ner", "Score the named-entity tagger on a CoNLL file.") { gold, predictions, spelling, window };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var recognizer = EntityRecognizer.Default;
            double loadSeconds = clock.Elapsed.TotalSeconds;
            int rejected = 0;
            var sentences = ConllCorpus.Read(r.GetValue(gold)!, m => { rejected++; Console.Error.WriteLine(m); });
            var rewrite = SpellingVariants.Get(r.GetValue(spelling)!);
            using var writer = r.GetValue(predictions) is { } p ? new StreamWriter(p, false, new UTF8Encoding(false)) : null;
            long tokens = sentences.Sum(s => (long)s.Tokens.Length);
            var scorer = NerEvaluation.Score(recognizer, sentences, r.GetValue(window), rewrite, (s, predicted) =>
            {
                if (writer is null) return;
                var goldTags = s.TagIds();
                for (int i = 0; i < s.Tokens.Length; i++)
                    writer.Write($"{s.Tokens[i]} {NerTagSet.Names[goldTags[i]]} {NerTagSet.Names[predicted[i]]}\n");
                writer.Write('\n');
            });
            Console.WriteLine($"{sentences.Count} sentences, {tokens} tokens ({rejected} lines rejected); spelling {r.GetValue(spelling)}; model loaded in {loadSeconds:F2}s");
            PrintScores(scorer);
            Console.WriteLine($"micro-F1 {scorer.Micro.F1:F4}");
            return 0;
        }));
        return cmd;
    }

    /// <summary>Per-type and micro precision, recall and F1 as a table.</summary>
    internal static void PrintScores(SpanScorer scorer)
    {
        Console.WriteLine($"{"type",-6}{"gold",7}{"pred",7}{"P",9}{"R",9}{"F1",9}");
        foreach (var (type, score) in scorer.ByType) Print(type, score);
        Print("micro", scorer.Micro);
    }

    private static void Print(string name, PrfScore s) =>
        Console.WriteLine($"{name,-6}{s.Gold,7}{s.Predicted,7}{s.Precision,9:F4}{s.Recall,9:F4}{s.F1,9:F4}");
}
