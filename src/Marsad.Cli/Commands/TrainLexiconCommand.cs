using System.CommandLine;
using Marsad.Text.Corpora;
using Marsad.Text.Lexicons;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train lexicon</c>: counts word forms over news corpora into resources/lexicon.</summary>
internal static class TrainLexiconCommand
{
    public static Command Create()
    {
        var corpus = RawCorpus.Option("JSONL(.gz) corpora to count");
        var minCount = new Option<int>("--min-count") { Description = "Drop forms seen fewer times", DefaultValueFactory = _ => 2 };
        var output = new Option<string>("--out") { Description = "Where to write the lexicon", DefaultValueFactory = _ => "resources/" + WordLexicon.ResourcePath };
        var cmd = new Command("lexicon", "Count word forms (matching form) over news corpora: the lexicon behind glued-word repair and segmentation.")
        {
            corpus, minCount, output,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var tokenizer = new Tokenizer(glued: null);
            var normalizer = ArabicNormalizer.Matching;
            var counts = new Dictionary<string, int>(1 << 20, StringComparer.Ordinal);
            var spans = new List<TokenSpan>();
            int articles = 0, rejected = 0;
            foreach (string path in r.GetValue(corpus)!)
            {
                if (!File.Exists(path)) throw new CliException($"{path}: no such corpus");
                foreach (var a in JsonlCorpus.Read(path, _ => rejected++))
                {
                    articles++;
                    string text = a.Title is null ? a.Text : a.Title + "\n" + a.Text;
                    spans.Clear();
                    tokenizer.Tokenize(text, spans);
                    foreach (var s in spans)
                    {
                        if (s.Kind != TokenKind.ArabicWord) continue;
                        string norm = normalizer.Normalize(s.SpanOf(text));
                        ref int c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, norm, out _);
                        c++;
                    }
                }
            }
            int min = r.GetValue(minCount);
            var kept = counts.Where(p => p.Value >= min).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var lexicon = new WordLexicon(kept);
            string outPath = r.GetValue(output)!;
            lexicon.Save(outPath, $"Word-form counts (matching form) from {string.Join(", ", r.GetValue(corpus)!.Select(Path.GetFileName))}; {articles} articles; min count {min}. Built by `marsad train lexicon`.");
            Console.WriteLine($"{articles} articles read, {rejected} rejected; {counts.Count} forms, {kept.Count} kept (count >= {min}) → {outPath}");
            return 0;
        }));
        return cmd;
    }
}
