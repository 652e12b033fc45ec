namespace Marsad.Text.Decoding;

/// <summary>Input that cannot be read as Arabic text: binary, undecodable, empty. Names the input; never a stack trace for the user.</summary>
public sealed class InputException(string input, string reason) : Exception($"{input}: {reason}")
{
    public string Input { get; } = input;
    public string Reason { get; } = reason;
}
