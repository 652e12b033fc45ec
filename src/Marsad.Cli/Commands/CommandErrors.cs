using Marsad.Text.Decoding;

namespace Marsad.Cli.Commands;

/// <summary>Turns a failure the user can act on into one line on stderr and exit code 2.</summary>
internal static class CommandErrors
{
    public const int UsageOrInput = 2;

    public static int Run(Func<int> action)
    {
        try { return action(); }
        catch (InputException e) { return Fail(e.Message); }
        catch (FileNotFoundException e) { return Fail(e.Message); }
        catch (DirectoryNotFoundException e) { return Fail(e.Message); }
        catch (UnauthorizedAccessException e) { return Fail(e.Message); }
        catch (CliException e) { return Fail(e.Message); }
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine("marsad: " + message.ReplaceLineEndings(" "));
        return UsageOrInput;
    }
}

/// <summary>A wrong argument or missing input, reported as one line.</summary>
internal sealed class CliException(string message) : Exception(message);
