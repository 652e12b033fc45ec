namespace Marsad.Testing;

/// <summary>
/// Locates the read-only corpora beside the checkout (../shared). Tests that need them call
/// <see cref="RequireFile"/>, which skips the test with a clear message where they are absent.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = FindRoot();

    /// <summary>The repository root (the folder holding Marsad.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    private static string? FindRoot()
    {
        string? env = Environment.GetEnvironmentVariable("MARSAD_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        string candidate = Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    /// <summary>The full path of a file under ../shared, or a skipped test when it is not there.</summary>
    public static string RequireFile(string relative)
    {
        if (Root is null) Assert.Skip($"../shared is absent (set MARSAD_SHARED): cannot read {relative}");
        string path = Path.Combine(Root, relative);
        if (!File.Exists(path)) Assert.Skip($"{path} is absent: this test needs it");
        return path;
    }
}
