using System.CommandLine;
using System.Globalization;
using Marsad.Extraction;
using Marsad.Extraction.Evaluation;
using Marsad.Text.Corpora;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval extraction --gold REF.json|DIR [FILE]</c>: scores quotes (recall and speaker accuracy on
/// <c>must</c> quotes, false quotes), dates and merged entities against hand-made references. The article is
/// FILE, or what the reference names: <c>input.file</c> beside it, or <c>input.corpus</c> + <c>input.id</c> under ../shared.
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A reference JSON, or a folder of them", Required = true };
        var file = new Argument<string?>("file") { Description = "The article (text or HTML); by default the one the reference names", Arity = ArgumentArity.ZeroOrOne };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (by default the reference's)" };
        var shared = new Option<string?>("--shared") { Description = "The shared data folder corpus paths are under (default: $MARSAD_SHARED or ../shared)" };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss and every unmatched system quote" };
        var withoutNer = new Option<bool>("--without-ner") { Description = "Extract from the text alone, without the NER stage (to measure what NER adds)" };
        var cmd = new Command("extraction", "Score quotes, dates and merged entities against hand-made references (format of ../shared/examples/*.expected.json).")
        {
            gold, file, published, shared, verbose, withoutNer,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            string goldPath = r.GetValue(gold)!;
            var refs = Directory.Exists(goldPath)
                ? Directory.GetFiles(goldPath, "*.json").Order(StringComparer.Ordinal).ToList()
                : File.Exists(goldPath) ? [goldPath] : throw new CliException($"{goldPath}: no such reference or folder");
            if (refs.Count == 0) throw new CliException($"{goldPath}: no *.json references");
            string? explicitFile = r.GetValue(file);
            if (explicitFile is not null && refs.Count > 1) throw new CliException("FILE may be given with one reference only");
            string sharedRoot = r.GetValue(shared) ?? Environment.GetEnvironmentVariable("MARSAD_SHARED") ?? Path.GetFullPath("../shared");
            var analyzer = r.GetValue(withoutNer) ? new ArticleAnalyzer() : ArticlePipeline.Default;
            var total = new ExtractionScore();
            int skipped = 0;
            foreach (string refPath in refs)
            {
                ExtractionReference reference;
                string text;
                try
                {
                    reference = ExtractionReference.Load(refPath);
                    text = explicitFile is not null ? InputReader.Read(explicitFile).Text : ReadArticle(reference, sharedRoot);
                }
                catch (Exception e) when (e is FormatException or CliException or FileNotFoundException or Marsad.Text.Decoding.InputException)
                {
                    Console.Error.WriteLine($"marsad: skipped {refPath}: {e.Message}");
                    skipped++;
                    continue;
                }
                var date = InputReader.ParseDate(r.GetValue(published)) ?? reference.Published;
                var analysis = analyzer.Analyze(text, date, refPath);
                var score = ExtractionScorer.Score(analysis, reference);
                total += score;
                Console.WriteLine($"{Path.GetFileName(refPath)}: must quotes {score.MustFound}/{score.MustQuotes} found, {score.MustRightSpeaker} with the right speaker; " +
                                  $"should {score.ShouldFound}/{score.ShouldQuotes}; false quotes {score.FalseQuotes}/{score.SystemQuotes}; " +
                                  $"dates {score.MustDatesResolved}/{score.MustDates} (should {score.ShouldDatesResolved}/{score.ShouldDates}); merged entities {score.MergedEntities}/{score.MergeableEntities}");
                if (r.GetValue(verbose)) foreach (string note in score.Notes) Console.WriteLine(note);
            }
            if (total.MustQuotes + total.MustDates + total.MergeableEntities == 0) throw new CliException("no reference could be scored");
            Console.WriteLine($"{refs.Count - skipped} articles{(skipped > 0 ? $" ({skipped} skipped)" : "")}: " +
                              $"false quotes {total.FalseQuotes}/{total.SystemQuotes}; should quotes {total.ShouldFound}/{total.ShouldQuotes} ({total.ShouldRightSpeaker} right speaker); " +
                              $"must dates {total.MustDatesResolved}/{total.MustDates}; merged entities {total.MergedEntities}/{total.MergeableEntities}");
            Console.WriteLine($"must quotes: recall {Ratio(total.MustFound, total.MustQuotes)} ({total.MustFound}/{total.MustQuotes}), " +
                              $"speaker accuracy {Ratio(total.MustRightSpeaker, total.MustFound)} ({total.MustRightSpeaker}/{total.MustFound} found), " +
                              $"found with the right speaker {Ratio(total.MustRightSpeaker, total.MustQuotes)} ({total.MustRightSpeaker}/{total.MustQuotes})");
            return 0;
        }));
        return cmd;
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The article a reference names: a file beside it, or a record of a corpus under the shared folder.</summary>
    private static string ReadArticle(ExtractionReference reference, string sharedRoot)
    {
        if (reference.File is { } f)
        {
            string path = Path.IsPathRooted(f) ? f : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(reference.Path))!, f);
            return InputReader.Read(path).Text;
        }
        if (reference.Corpus is null || reference.Id is null) throw new FormatException("the reference names no article (input.file, or input.corpus and input.id); give FILE");
        string corpus = Path.Combine(sharedRoot, reference.Corpus);
        if (!File.Exists(corpus)) throw new CliException($"{corpus} is absent (set --shared or MARSAD_SHARED)");
        foreach (var a in JsonlCorpus.Read(corpus))
            if (a.Id == reference.Id) return string.IsNullOrWhiteSpace(a.Title) ? a.Text : a.Title + "\n" + a.Text;
        throw new CliException($"{reference.Corpus}: no article with id {reference.Id}");
    }
}
