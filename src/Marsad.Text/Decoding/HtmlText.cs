using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Text.Decoding;

/// <summary>An HTML page → its title and article text: scripts, styles, navigation, headers, footers and forms dropped, paragraphs kept one per line.</summary>
public static class HtmlText
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template"];
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "TR", "SECTION", "ARTICLE", "BR", "FIGCAPTION", "PRE" };

    public static (string Title, string Text) Extract(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        foreach (var el in doc.QuerySelectorAll(string.Join(",", Dropped)).ToList()) el.Remove();
        foreach (var el in doc.QuerySelectorAll("[role=navigation],[aria-hidden=true]").ToList()) el.Remove();

        string title = (doc.QuerySelector("h1")?.TextContent ?? doc.Title ?? "").Trim();
        var root = (IElement?)doc.QuerySelector("article") ?? doc.Body;
        var sb = new StringBuilder();
        if (title.Length > 0) sb.Append(Collapse(title)).Append('\n');
        if (root is not null) Walk(root, sb, skipText: title);
        return (title, sb.ToString().Trim());
    }

    private static void Walk(INode node, StringBuilder sb, string skipText)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                string s = Collapse(t.Data);
                if (s.Length > 0)
                {
                    if (sb.Length > 0 && sb[^1] != '\n' && sb[^1] != ' ') sb.Append(' ');
                    sb.Append(s);
                }
            }
            else if (child is IElement e)
            {
                bool block = Blocks.Contains(e.TagName);
                if (block && e.TagName == "H1" && Collapse(e.TextContent) == Collapse(skipText)) continue;
                if (block) NewLine(sb);
                Walk(e, sb, skipText);
                if (block) NewLine(sb);
            }
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
