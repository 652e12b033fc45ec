using System.CommandLine;
using Marsad.Cli.Commands;

var root = new RootCommand("marsad — Arabic news intelligence: analyse, archive and search Arabic news.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(StatsCommand.Create());

var train = new Command("train", "Build the project's lexicons and models from corpora.");
train.Subcommands.Add(TrainLexiconCommand.Create());
root.Subcommands.Add(train);

var eval = new Command("eval", "Measure quality against gold data; the last line is the figure.");
root.Subcommands.Add(eval);

var bench = new Command("bench", "Measure speed and memory side by side with a peer.");
bench.Subcommands.Add(BenchArchiveCommand.Create());
root.Subcommands.Add(bench);

return root.Parse(args).Invoke();
