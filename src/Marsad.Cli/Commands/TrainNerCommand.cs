using System.CommandLine;
using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Text.Corpora;
using Marsad.Text.Lexicons;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad train ner</c>: compiles the place gazetteer, counts name parts in the training split and trains
/// the tagger, choosing the epochs on a held-out slice of the training split; writes resources/ner/.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (token TAG per line)", DefaultValueFactory = _ => "../shared/data/anercorp/ANERCorp_CamelLab_train.txt" };
        var geonames = new Option<string>("--geonames") { Description = "GeoNames Arabic names TSV", DefaultValueFactory = _ => "../shared/data/geonames-cities15000/cities15000_arabic_names.tsv" };
        var worldCities = new Option<string>("--world-cities") { Description = "world-cities CSV with Arabic names", DefaultValueFactory = _ => "../shared/data/world-cities-ar/world-cities.csv" };
        var countries = new Option<string>("--countries") { Description = "i18n-iso-countries Arabic JSON", DefaultValueFactory = _ => "../shared/data/countries-ar/i18n-iso-countries_ar.json" };
        var triggers = new Option<string>("--triggers") { Description = "The project's trigger-word list", DefaultValueFactory = _ => "resources/ner/triggers.tsv" };
        var clusters = new Option<string>("--clusters") { Description = "Word classes from `marsad train clusters` (skipped when absent)", DefaultValueFactory = _ => "resources/" + WordClusters.ResourcePath };
        var topics = new Option<string>("--topics") { Description = "Section table from `marsad train topics` (skipped when absent)", DefaultValueFactory = _ => "resources/" + TopicWords.ResourcePath };
        var collocations = new Option<string>("--collocations") { Description = "Word-pair table from `marsad train collocations` (skipped when absent)", DefaultValueFactory = _ => "resources/" + Collocations.ResourcePath };
        var documents = new Option<int>("--document-sentences") { Description = "The training file has no article boundaries: each run of this many sentences reads its news section as one article (0: each sentence alone)", DefaultValueFactory = _ => new NerTrainingOptions().DocumentSentences };
        var output = new Option<string>("--out") { Description = "Folder for model.bin.gz, places.tsv.gz and name-parts.tsv.gz", DefaultValueFactory = _ => "resources/ner" };
        var epochs = new Option<int>("--max-epochs") { Description = "Most epochs to try on the dev slice", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var dev = new Option<double>("--dev-fraction") { Description = "Share of the training split (its end) held out for choices", DefaultValueFactory = _ => 0.1 };
        var dropout = new Option<double>("--dropout") { Description = "Feature dropout per epoch", DefaultValueFactory = _ => new NerTrainingOptions().FeatureDropout };
        var corpus = RawCorpus.Option("JSONL(.gz) corpora of raw news that first-stage taggers label for the corpus profile");
        var every = new Option<int>("--corpus-every") { Description = "Read every n-th article of the corpora only (quicker experiments)", DefaultValueFactory = _ => 1 };
        var ensemble = new Option<int>("--ensemble") { Description = "Average this many perceptrons trained with different shuffles", DefaultValueFactory = _ => new NerTrainingOptions().Ensemble };
        var minCount = new Option<int>("--profile-min-count") { Description = "Words seen fewer times in the corpora get no profile", DefaultValueFactory = _ => new NerTrainingOptions().ProfileMinCount };
        var profileDropout = new Option<double>("--profile-dropout") { Description = "Share of training sentences read without their corpus profile each epoch", DefaultValueFactory = _ => new NerTrainingOptions().ProfileDropout };
        var replacement = new Option<double>("--mention-replacement") { Description = "Also learn from a copy of each training sentence with each name swapped, with this probability, for another of its type (0: none)", DefaultValueFactory = _ => new NerTrainingOptions().MentionReplacement };
        var corpusNames = new Option<double>("--corpus-name-share") { Description = "Share of mention replacements drawn from the names the corpus taggers were sure of", DefaultValueFactory = _ => new NerTrainingOptions().CorpusNameShare };
        var copyRounds = new Option<int>("--copy-rounds") { Description = "Rounds of mention-replaced copies, each drawing its own names; an epoch reads one round beside the labelled sentences", DefaultValueFactory = _ => new NerTrainingOptions().CopyRounds };
        var devPart = new Option<int?>("--dev-part") { Description = "Hold out this part of the split (1 to 10 for the default tenth, by position) instead of the last: it is moved to the end before training" };
        var holdOut = new Option<int?>("--hold-out") { Description = "Leave this part of the split (1 to 10 for the default tenth, by position) out of training altogether, then score the trained model on it as `eval ner` scores a file" };
        var firstStage = new Option<int>("--first-stage-ensemble") { Description = "Perceptrons averaged in each first-stage tagger that labels the corpus", DefaultValueFactory = _ => new NerTrainingOptions().FirstStageEnsemble };
        var cmd = new Command("ner", "Train the named-entity tagger (averaged perceptron) and compile its lexicons into resources/ner.")
        {
            train, geonames, worldCities, countries, triggers, clusters, topics, collocations, documents, output, epochs, seed, dev, dropout, corpus, every, ensemble, minCount, profileDropout, replacement, corpusNames, copyRounds, devPart, holdOut, firstStage,
        };
        cmd.SetAction(r => CommandErrors.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            foreach (var share in new[] { dropout, profileDropout, replacement, corpusNames })
                if (r.GetValue(share) is < 0 or > 1) throw new CliException($"{share.Name} must be between 0 and 1");
            foreach (var count in new[] { copyRounds, firstStage })
                if (r.GetValue(count) < 1) throw new CliException($"{count.Name} must be at least 1");
            if (r.GetValue(dev) is <= 0 or >= 1) throw new CliException($"{dev.Name} must be between 0 and 1, both excluded");
            int parts = DevPart.Parts(r.GetValue(dev));
            foreach (var partOption in new[] { devPart, holdOut })
                if (r.GetValue(partOption) is int p && (p < 1 || p > parts)) throw new CliException($"{partOption.Name} must be between 1 and {parts}");
            if (r.GetValue(devPart) is not null && r.GetValue(holdOut) is not null) throw new CliException($"{devPart.Name} and {holdOut.Name} cannot be combined");
            // A model trained without a tenth of the split must not replace the shipped one by default.
            if (r.GetValue(holdOut) is not null && r.GetResult(output) is null or { Implicit: true })
                throw new CliException($"{holdOut.Name} trains on part of the split: give {output.Name} a folder for its files");
            string trainPath = Require(r.GetValue(train)!);
            string outDir = r.GetValue(output)!;
            Directory.CreateDirectory(outDir);

            var places = new PlaceGazetteerBuilder();
            places.AddGeoNames(Require(r.GetValue(geonames)!));
            places.AddWorldCities(Require(r.GetValue(worldCities)!));
            places.AddCountries(Require(r.GetValue(countries)!));
            NerLexicon.SavePhrases(places.Phrases, Path.Combine(outDir, "places.tsv.gz"),
                "Arabic place and country names, matching form; compiled by `marsad train ner` from GeoNames cities15000 (CC BY 4.0), world-cities-ar (CC BY 4.0) and i18n-iso-countries (MIT).");
            Console.WriteLine($"places: {places.Phrases.Count} phrases ({places.Rejected} names skipped)");

            var triggerWords = NerLexicon.LoadTriggers(File.ReadLines(Require(r.GetValue(triggers)!)).Where(l => !l.StartsWith('#')));
            var baseLexicon = new NerLexicon(places.Phrases.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), triggerWords);
            string clusterPath = r.GetValue(clusters)!;
            var wordClusters = File.Exists(clusterPath) ? WordClusters.Load(Marsad.Text.Corpora.JsonlCorpus.OpenMaybeGzip(clusterPath)) : WordClusters.Empty;
            Console.WriteLine(wordClusters.Count > 0 ? $"clusters: {wordClusters.Count} words, sizes {string.Join('/', wordClusters.Sizes)}" : "clusters: none (run `marsad train clusters` first for better accuracy)");

            string topicPath = r.GetValue(topics)!;
            var topicWords = File.Exists(topicPath) ? TopicWords.Load(Marsad.Text.Corpora.JsonlCorpus.OpenMaybeGzip(topicPath)) : TopicWords.Empty;
            Console.WriteLine(topicWords.Count > 0 ? $"topics: {topicWords.Count} words" : "topics: none (run `marsad train topics` first for better accuracy)");

            string collocationPath = r.GetValue(collocations)!;
            var pairs = File.Exists(collocationPath) ? Collocations.Load(JsonlCorpus.OpenMaybeGzip(collocationPath)) : Collocations.Empty;
            Console.WriteLine(pairs.Count > 0 ? $"collocations: {pairs.Count} entries over {pairs.Pairs} word pairs" : "collocations: none (run `marsad train collocations` first for better accuracy)");

            int rejected = 0;
            IReadOnlyList<ConllSentence> sentences = ConllCorpus.Read(trainPath, m => { rejected++; Console.Error.WriteLine(m); });
            if (r.GetValue(devPart) is int part)
            {
                sentences = DevPart.MoveToEnd(sentences, part, parts);
                Console.WriteLine($"dev part {part} of {parts} moved to the end");
            }
            IReadOnlyList<ConllSentence> heldOut = [];
            if (r.GetValue(holdOut) is int outPart)
            {
                (sentences, heldOut) = DevPart.Remove(sentences, outPart, parts);
                Console.WriteLine($"part {outPart} of {parts} ({heldOut.Count} sentences) held out of training");
            }
            var raw = RawCorpus.Read(r.GetValue(corpus)!, Math.Max(1, r.GetValue(every)));
            var trainer = new NerTrainer(baseLexicon, wordClusters, WordLexicon.Default, Console.WriteLine) { Topics = topicWords, Collocations = pairs };
            var result = trainer.Train(sentences, new NerTrainingOptions
            {
                MaxEpochs = r.GetValue(epochs),
                Seed = r.GetValue(seed),
                DevFraction = r.GetValue(dev),
                DevSentences = r.GetValue(devPart) is int movedPart ? DevPart.Size(sentences.Count, movedPart, parts) : null,
                FeatureDropout = r.GetValue(dropout),
                Ensemble = r.GetValue(ensemble),
                ProfileMinCount = r.GetValue(minCount),
                ProfileDropout = r.GetValue(profileDropout),
                DocumentSentences = r.GetValue(documents),
                MentionReplacement = r.GetValue(replacement),
                CorpusNameShare = r.GetValue(corpusNames),
                CopyRounds = r.GetValue(copyRounds),
                FirstStageEnsemble = r.GetValue(firstStage),
            }, raw);
            string modelPath = Path.Combine(outDir, "model.bin.gz");
            result.Model.Save(modelPath);
            result.NameParts.Save(Path.Combine(outDir, "name-parts.tsv.gz"),
                $"Words inside entities of {Path.GetFileName(r.GetValue(train))} (ANERcorp, CC BY-SA 4.0): word, all, PER, LOC, ORG, MISC counts. Built by `marsad train ner`.");
            result.Profile.Save(Path.Combine(outDir, "corpus-tags.tsv.gz"),
                $"How first-stage taggers labelled each word (proclitic-free matching form) of {string.Join(", ", r.GetValue(corpus)!.Select(Path.GetFileName))}: word, all, PER, LOC, ORG, MISC, begins (a spelling with ج or غ seen fewer than 100 times counts all its ج/غ spellings). Built by `marsad train ner`.");
            if (heldOut.Count > 0)
            {
                // The model as the files just written would load it, without reading them back.
                var featurizer = new NerFeaturizer(baseLexicon.WithNameParts(result.NameParts), wordClusters, WordLexicon.Default, result.Profile, topicWords, pairs);
                var scorer = NerEvaluation.Score(new EntityRecognizer(new NerTagger(result.Model, featurizer)), heldOut, r.GetValue(documents));
                Console.WriteLine($"held-out part {r.GetValue(holdOut)} of {parts}, {heldOut.Count} sentences, read as articles of {r.GetValue(documents)}:");
                EvalNerCommand.PrintScores(scorer);
                Console.WriteLine($"held-out micro-F1 {scorer.Micro.F1:F4}");
            }
            long peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine($"{sentences.Count} sentences ({rejected} lines rejected); {result.Epochs} epochs, dev micro-F1 {result.DevF1:F4}");
            Console.WriteLine($"model: {result.Model.FeatureCount} features → {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB)");
            Console.WriteLine($"time {clock.Elapsed.TotalSeconds:F0}s, peak memory {peak / (1024 * 1024)} MiB");
            return 0;
        }));
        return cmd;
    }

    private static string Require(string path) => File.Exists(path) ? path : throw new CliException($"{path}: no such file");
}
