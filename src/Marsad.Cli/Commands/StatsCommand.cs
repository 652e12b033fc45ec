using System.CommandLine;
using System.Text.Json;
using Marsad.Archive;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stats</c>: what the archive holds, by source, month and category, and its top entities.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = ArchiveOptions.Db();
        var top = new Option<int>("--top") { Description = "How many entities to list", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "JSON output" };
        var cmd = new Command("stats", "Counts by source, month and category, and the top entities of the archive.") { db, top, json };
        cmd.SetAction(r => ArchiveOptions.Run(() =>
        {
            using var archive = ArchiveFactory.Open(r.GetValue(db));
            var s = archive.Summary(Math.Max(0, r.GetValue(top)));
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    archive = archive.Description, s.Articles, s.Entities,
                    bySource = s.BySource.ToDictionary(), byMonth = s.ByMonth.ToDictionary(), byCategory = s.ByCategory.ToDictionary(), s.TopEntities,
                }, JsonOutput.Options));
                return 0;
            }
            var w = Console.Out;
            w.WriteLine($"{archive.Description}: {s.Articles:N0} articles, {s.Entities:N0} entity mentions");
            Section(w, "by source", s.BySource);
            Section(w, "by month", s.ByMonth);
            Section(w, "by category", s.ByCategory);
            w.WriteLine();
            w.WriteLine("top entities (articles)");
            if (s.TopEntities.Count == 0) w.WriteLine("  (none stored)");
            foreach (var e in s.TopEntities) w.WriteLine($"  {e.Articles,8:N0}  {e.Type,-4} {e.Text}");
            return 0;
        }));
        return cmd;
    }

    private static void Section(TextWriter w, string title, IReadOnlyList<KeyValuePair<string, long>> rows)
    {
        w.WriteLine();
        w.WriteLine(title);
        foreach (var (k, v) in rows) w.WriteLine($"  {v,8:N0}  {k}");
    }
}
