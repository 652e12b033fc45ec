namespace Marsad.Cli.Tests;

public class TrainNerCommandTests
{
    [Theory]
    [InlineData("--mention-replacement", "1.5")]
    [InlineData("--profile-dropout", "-0.1")]
    [InlineData("--dropout", "2")]
    public void A_share_outside_zero_to_one_is_a_usage_error_that_writes_nothing(string option, string value)
    {
        string output = Path.Combine(Path.GetTempPath(), "marsad-train-" + Guid.NewGuid().ToString("N"));
        var r = MarsadProcess.Run(["train", "ner", option, value, "--out", output]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"{option} must be between 0 and 1", r.StdErr);
        Assert.False(Directory.Exists(output));
    }
}

public class TrainNerCountTests
{
    [Theory]
    [InlineData("--copy-rounds")]
    [InlineData("--first-stage-ensemble")]
    public void A_count_below_one_is_a_usage_error_that_writes_nothing(string option)
    {
        string output = Path.Combine(Path.GetTempPath(), "marsad-train-" + Guid.NewGuid().ToString("N"));
        var r = MarsadProcess.Run(["train", "ner", option, "0", "--out", output]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"{option} must be at least 1", r.StdErr);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    public void A_dev_part_outside_the_split_is_a_usage_error_that_writes_nothing(string part)
    {
        string output = Path.Combine(Path.GetTempPath(), "marsad-train-" + Guid.NewGuid().ToString("N"));
        var r = MarsadProcess.Run(["train", "ner", "--dev-part", part, "--out", output]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--dev-part must be between 1 and 10", r.StdErr);
        Assert.False(Directory.Exists(output));
    }
}

public class TrainClustersCommandTests
{
    [Theory]
    [InlineData("--words", "0")]
    [InlineData("--levels", "0")]
    [InlineData("--branching", "1")]
    public void A_class_tree_that_cannot_be_built_is_a_usage_error_that_writes_nothing(string option, string value)
    {
        string output = Path.Combine(Path.GetTempPath(), "marsad-clusters-" + Guid.NewGuid().ToString("N") + ".tsv.gz");
        var r = MarsadProcess.Run(["train", "clusters", option, value, "--out", output]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"{option} must be at least", r.StdErr);
        Assert.False(File.Exists(output));
    }
}
