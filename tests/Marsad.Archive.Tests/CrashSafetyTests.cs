using System.Diagnostics;
using System.Text.RegularExpressions;
using Marsad.Archive.Ingest;

namespace Marsad.Archive.Tests;

/// <summary>
/// kill -9 of a real <c>marsad ingest</c> in the middle of its work: what it committed is whole batches, and a
/// re-run adds exactly the rest.
/// </summary>
public sealed partial class CrashSafetyTests
{
    private const int Articles = 4000;
    private const int BatchSize = 25;

    public static TheoryData<string> Engines => [TestArchive.Sqlite, TestArchive.Postgres];

    [Theory, MemberData(nameof(Engines))]
    public void A_killed_ingest_leaves_whole_batches_and_a_rerun_completes_it(string engine)
    {
        using var t = TestArchive.Create(engine);
        string corpus = Path.Combine(Path.GetTempPath(), $"marsad-crash-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(corpus, Generated().Select(NewsCorpus.ToJsonLine));
            using (var child = Start(corpus, t.Db))
            {
                long committed = WaitForCommits(t, child);
                child.Kill(entireProcessTree: true); // SIGKILL: no chance to finish the batch or clean up
                child.WaitForExit();
            }
            long afterKill;
            using (var archive = t.Open()) afterKill = archive.Count();
            Assert.True(afterKill > 0 && afterKill < Articles, $"the kill should land mid-run, but {afterKill} of {Articles} were stored");
            Assert.Equal(0, afterKill % BatchSize);

            using var rerun = Start(corpus, t.Db);
            string output = rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
            var counts = CountsLine().Match(output);
            Assert.True(counts.Success, output);
            Assert.Equal(Articles - afterKill, long.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(afterKill, long.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("0", counts.Groups[3].Value);
            using (var archive = t.Open()) Assert.Equal(Articles, archive.Count());
        }
        finally
        {
            File.Delete(corpus);
        }
    }

    /// <summary>Distinct articles made from the test corpus's sentences and a serial number.</summary>
    private static IEnumerable<IncomingArticle> Generated()
    {
        var src = NewsCorpus.Articles;
        for (int i = 0; i < Articles; i++)
        {
            var a = src[i % src.Length];
            var b = src[(i * 7 + 3) % src.Length];
            yield return a with { Id = $"g{i}", Origin = $"gen:{i}", Text = $"{a.Text} {b.Text} البيان رقم {i}." };
        }
    }

    private static long WaitForCommits(TestArchive t, Process child)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (child.HasExited) Assert.Fail($"the ingest finished (exit {child.ExitCode}) before it could be killed: {child.StandardError.ReadToEnd()}");
            try
            {
                using var archive = t.Open();
                long n = archive.Count();
                if (n >= 2 * BatchSize) return n;
            }
            catch (ArchiveException) { } // not created yet
            catch (Npgsql.NpgsqlException) { }
            catch (Microsoft.Data.Sqlite.SqliteException) { }
            Thread.Sleep(10);
        }
        Assert.Fail("the ingest committed nothing within 60 s");
        return 0;
    }

    private static Process Start(string corpus, string db)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the test project references Marsad.Cli to have it");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { cli, "ingest", corpus, "--db", db, "--batch-size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(arg);
        return Process.Start(psi)!;
    }

    [GeneratedRegex(@"^added (\d+) duplicates (\d+) rejected (\d+)$", RegexOptions.Multiline)]
    private static partial Regex CountsLine();
}
