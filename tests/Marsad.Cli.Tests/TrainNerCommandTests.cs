namespace Marsad.Cli.Tests;

/// <summary>The training commands refuse impossible settings before they write anything.</summary>
public class TrainCommandUsageTests
{
    /// <summary>Runs <c>train COMMAND OPTION VALUE… --out PATH</c>; asserts exit code 2, the message, and that nothing was written.</summary>
    private static void AssertUsageError(string command, string option, string value, string message, params string[] more)
    {
        string output = Path.Combine(Path.GetTempPath(), $"marsad-{command}-" + Guid.NewGuid().ToString("N"));
        var r = MarsadProcess.Run(["train", command, option, value, .. more, "--out", output]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.StdErr);
        Assert.False(Directory.Exists(output));
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--mention-replacement", "1.5")]
    [InlineData("--profile-dropout", "-0.1")]
    [InlineData("--dropout", "2")]
    public void A_share_outside_zero_to_one_is_a_usage_error_that_writes_nothing(string option, string value) =>
        AssertUsageError("ner", option, value, $"{option} must be between 0 and 1");

    [Theory]
    [InlineData("--copy-rounds")]
    [InlineData("--first-stage-ensemble")]
    public void A_count_below_one_is_a_usage_error_that_writes_nothing(string option) =>
        AssertUsageError("ner", option, "0", $"{option} must be at least 1");

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    public void A_dev_part_outside_the_split_is_a_usage_error_that_writes_nothing(string part) =>
        AssertUsageError("ner", "--dev-part", part, "--dev-part must be between 1 and 10");

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    public void A_held_out_part_outside_the_split_is_a_usage_error_that_writes_nothing(string part) =>
        AssertUsageError("ner", "--hold-out", part, "--hold-out must be between 1 and 10");

    [Fact]
    public void A_missing_training_file_is_reported_before_anything_is_written()
    {
        string output = Path.Combine(Path.GetTempPath(), "marsad-ner-" + Guid.NewGuid().ToString("N"));
        var r = MarsadProcess.Run(["train", "ner", "--train", Path.Combine(output, "absent.txt"), "--out", output]);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("absent.txt: no such file", r.StdErr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_held_out_part_without_an_output_folder_is_a_usage_error()
    {
        var r = MarsadProcess.Run(["train", "ner", "--hold-out", "3"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--hold-out trains on part of the split: give --out a folder", r.StdErr);
    }

    [Fact]
    public void A_held_out_part_with_a_dev_part_is_a_usage_error_that_writes_nothing() =>
        AssertUsageError("ner", "--hold-out", "3", "--dev-part and --hold-out cannot be combined", "--dev-part", "5");

    [Theory]
    [InlineData("--words", "0", "must be at least")]
    [InlineData("--levels", "0", "must be at least")]
    [InlineData("--branching", "1", "must be at least")]
    [InlineData("--trees", "8", "must be at most 7")]
    public void A_class_tree_that_cannot_be_built_is_a_usage_error_that_writes_nothing(string option, string value, string message) =>
        AssertUsageError("clusters", option, value, $"{option} {message}");
}
