using System.CommandLine;
using Marsad.Cli.Commands;

var root = new RootCommand("marsad — Arabic news intelligence: analyse, archive and search Arabic news.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(StatsCommand.Create());

var train = new Command("train", "Build the project's lexicons and models from corpora.");
train.Subcommands.Add(TrainLexiconCommand.Create());
train.Subcommands.Add(TrainNerCommand.Create());
train.Subcommands.Add(TrainClustersCommand.Create());
train.Subcommands.Add(TrainTopicsCommand.Create());
train.Subcommands.Add(TrainCollocationsCommand.Create());
root.Subcommands.Add(train);

var eval = new Command("eval", "Measure quality against gold data; the last line is the figure.");
eval.Subcommands.Add(EvalSegmentationCommand.Create());
eval.Subcommands.Add(EvalNerCommand.Create());
eval.Subcommands.Add(EvalExtractionCommand.Create());
root.Subcommands.Add(eval);

var bench = new Command("bench", "Measure speed and memory side by side with a peer.");
bench.Subcommands.Add(BenchTextCommand.Create());
bench.Subcommands.Add(BenchNerCommand.Create());
bench.Subcommands.Add(BenchArchiveCommand.Create());
root.Subcommands.Add(bench);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
    return CommandErrors.Fail(string.Join("; ", parsed.Errors.Select(e => e.Message)) + " (see marsad --help)");
return parsed.Invoke();
