using System.Text;
using System.Text.Json;

namespace Marsad.Cli.Tests;

public class AnalyzeCommandTests
{
    private const string Article = "انفجار في بغداد\nقال مصدر أمني إن انفجارا وقع اليوم في وسط بغداد. وأضاف أن الشرطة طوقت المكان.";

    private static string TempFile(byte[] content, string extension)
    {
        string path = Path.Combine(Path.GetTempPath(), $"marsad-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void A_windows_1256_file_gives_json_whose_spans_index_the_decoded_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string path = TempFile(Encoding.GetEncoding(1256).GetBytes(Article), ".txt");
        var r = MarsadProcess.Run(["analyze", path, "--published", "2024-05-01"]);
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        string text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Equal(Article, text);
        Assert.Equal("انفجار في بغداد", json.RootElement.GetProperty("headline").GetProperty("text").GetString());
        foreach (var t in json.RootElement.GetProperty("tokens").EnumerateArray())
        {
            int s = t.GetProperty("start").GetInt32(), e = t.GetProperty("end").GetInt32();
            Assert.Equal(t.GetProperty("text").GetString(), text[s..e]);
        }
        Assert.Equal(3, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var r = MarsadProcess.Run(["analyze", "-"], Encoding.UTF8.GetBytes(Article));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"headline\"", r.StdOut);
    }

    [Fact]
    public void Binary_missing_and_empty_inputs_exit_2_with_one_line_naming_the_file()
    {
        string binary = TempFile([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0], ".bin");
        string empty = TempFile([], ".txt");
        foreach (string path in new[] { binary, empty, "/no/such/article.txt" })
        {
            var r = MarsadProcess.Run(["analyze", path]);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains(path, r.StdErr);
            Assert.Single(r.StdErr.Trim().Split('\n'));
            Assert.DoesNotContain("   at ", r.StdErr);
        }
    }

    [Fact]
    public void A_malformed_date_is_a_usage_error()
    {
        string path = TempFile(Encoding.UTF8.GetBytes(Article), ".txt");
        var r = MarsadProcess.Run(["analyze", path, "--published", "15/03/2017"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--published", r.StdErr);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_on_one_line()
    {
        var r = MarsadProcess.Run(["analyze", "-", "--format", "xml"], Encoding.UTF8.GetBytes(Article));
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.StdErr.Trim().Split('\n'));
    }
}
