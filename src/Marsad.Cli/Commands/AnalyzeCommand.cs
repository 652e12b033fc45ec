using System.CommandLine;
using System.Text.Json;
using Marsad.Analysis.Ner;
using Marsad.Extraction;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze FILE|-</c>: one article in, one JSON document out.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A text or HTML file in any common Arabic encoding, or - for standard input" };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD, to resolve relative dates" };
        var format = new Option<string>("--format") { Description = "json or text", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var cmd = new Command("analyze", "Analyse one article: headline, sentences, tokens (and every later layer), with spans into the original text.")
        {
            file, published, format,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var input = InputReader.Read(r.GetValue(file)!);
            var date = InputReader.ParseDate(r.GetValue(published));
            var analysis = ArticlePipeline.Default.Analyze(input.Text, date, r.GetValue(file));
            var view = AnalysisView.From(analysis);
            if (r.GetValue(format) == "text") AnalysisView.WriteText(view, Console.Out);
            else Console.WriteLine(JsonSerializer.Serialize(view, JsonOutput.Options));
            return 0;
        }));
        return cmd;
    }
}
