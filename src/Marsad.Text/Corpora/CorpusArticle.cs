using System.Text.Json.Nodes;

namespace Marsad.Text.Corpora;

/// <summary>One record of a news corpus in JSON Lines. <see cref="Fields"/> keeps every field, known or not.</summary>
public sealed record CorpusArticle(
    string? Id, string? Url, string? Source, string? Title, string Text, string? Published, string? Category, JsonObject Fields, long LineNumber);

/// <summary>A record that could not be read, with the reason.</summary>
public sealed record CorpusReject(string File, long LineNumber, string Reason);
