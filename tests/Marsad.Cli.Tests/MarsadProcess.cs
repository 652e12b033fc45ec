using System.Diagnostics;
using System.Text;

namespace Marsad.Cli.Tests;

/// <summary>Runs the built <c>marsad</c> command as a user would, capturing exit code and output.</summary>
internal static class MarsadProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string[] args, byte[]? stdin = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.BaseStream.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("marsad did not finish"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
