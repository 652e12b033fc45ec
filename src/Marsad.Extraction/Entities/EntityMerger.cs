using Marsad.Analysis.Documents;
using Marsad.Extraction.Lexicons;

namespace Marsad.Extraction.Entities;

/// <summary>
/// Merges the mentions of one article into entities. Titles are split off a name and kept; roles written
/// before a name ("المتحدث باسم الجيش الوطنى الليبى العقيد أحمد المسمارى") or after it as an apposition
/// ("ماتيا توالدو، الباحث المتخصص فى …") are kept with the entity. A person's surname or first name alone
/// joins the one full name it fits; an organisation's short form (head word and some of its modifiers)
/// joins the one full form it fits; a role written alone joins the one person who holds it.
/// </summary>
public sealed class EntityMerger
{
    private const int MaxRoleTokens = 14;
    private readonly ExtractionLexicon _lexicon;

    public EntityMerger(ExtractionLexicon? lexicon = null) => _lexicon = lexicon ?? ExtractionLexicon.Default;

    public EntityTable Merge(Document doc)
    {
        var t = new TokenIndex(doc);
        var w = new WordClasses(t, _lexicon);
        var raw = new TextMentionFinder(t, w).Find(doc.Entities);
        return Merge(t, w, raw);
    }

    private sealed class Group
    {
        public required string Type;
        public required string[] Words;
        public required string Canonical;
        public readonly List<string> Titles = [];
        public readonly List<string> Roles = [];
        public readonly List<int> Members = [];
    }

    private sealed record Prepared(int Start, int End, string Text, string Type, string[] Words, string? Title, string? Role, string Origin);

    internal EntityTable Merge(TokenIndex t, WordClasses w, List<RawMention> raw)
    {
        var prepared = raw.Select(m => Prepare(t, w, m)).Where(p => p.Words.Length > 0).ToList();
        var groups = new List<Group>();
        var groupOf = new int[prepared.Count];
        // Longest names first, so that a surname finds the full name it belongs to.
        foreach (int i in Enumerable.Range(0, prepared.Count).OrderByDescending(i => prepared[i].Words.Length).ThenBy(i => prepared[i].Start))
        {
            var p = prepared[i];
            int g = FindGroup(groups, p);
            if (g < 0)
            {
                groups.Add(new Group { Type = p.Type, Words = p.Words, Canonical = p.Text });
                g = groups.Count - 1;
            }
            groupOf[i] = g;
            var group = groups[g];
            group.Members.Add(i);
            if (p.Title is { } title && !group.Titles.Contains(title)) group.Titles.Add(title);
            if (p.Role is { } role && !group.Roles.Contains(role)) group.Roles.Add(role);
        }

        var mentions = new List<(int Start, int End, string Text, string Type, int Group, string? Title, string? Role, string Origin)>();
        for (int i = 0; i < prepared.Count; i++)
        {
            var p = prepared[i];
            mentions.Add((p.Start, p.End, p.Text, groups[groupOf[i]].Type, groupOf[i], p.Title, p.Role, p.Origin));
        }
        foreach (var (start, end, g) in RolesAlone(t, w, groups, prepared))
            mentions.Add((start, end, t.Text(start, end), EntityTypes.Person, g, null, t.Text(start, end), "role"));

        // Ids follow first appearance in the text.
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var idOf = new Dictionary<int, int>();
        foreach (var m in mentions) if (!idOf.ContainsKey(m.Group)) idOf[m.Group] = idOf.Count + 1;
        var resolved = mentions.Select(m => new ResolvedMention(m.Start, m.End, m.Text, m.Type, idOf[m.Group], groups[m.Group].Canonical, m.Title, m.Role, m.Origin)).ToList();
        var entities = idOf.OrderBy(p => p.Value).Select(p =>
        {
            var g = groups[p.Key];
            return new ArticleEntity(p.Value, g.Type, g.Canonical, g.Titles, g.Roles, mentions.Count(m => m.Group == p.Key));
        }).ToList();
        return new EntityTable(resolved, entities);
    }

    private Prepared Prepare(TokenIndex t, WordClasses w, RawMention m)
    {
        int first = t.FirstTokenEndingAfter(m.Start);
        int last = t.FirstTokenEndingAfter(m.End - 1);
        int start = m.Start;
        string? title = null;
        // A title inside the mention ("العقيد أحمد المسمارى" from NER) is split off and kept.
        int inner = w.TitleLength(first);
        if (inner > 0 && first + inner <= last)
        {
            title = t.Text(t[first].Start, t[first + inner - 1].End);
            first += inner;
            start = t[first].Start;
        }
        string? role = null;
        if (m.Type == EntityTypes.Person)
        {
            int before = first - 1;
            if (title is null)
            {
                for (int k = Math.Max(0, before - 2); k <= before; k++)
                {
                    int len = w.TitleLength(k);
                    if (len > 0 && k + len == first) { title = t.Text(t[k].Start, t[before].End); before = k - 1; break; }
                }
            }
            role = RoleBefore(t, w, before) ?? (t.IsComma(before) ? RoleBefore(t, w, before - 1) : null) ?? RoleAfter(t, w, last + 1);
        }
        string text = t.Text(start, m.End);
        return new Prepared(start, m.End, text, m.Type, t.WordsIn(start, m.End), title, role, m.Origin);
    }

    /// <summary>A role ending at token <paramref name="end"/> (inclusive) and starting at a role head, or null.</summary>
    private string? RoleBefore(TokenIndex t, WordClasses w, int end)
    {
        if (end < 0 || !t.IsWord(end) && !t.IsQuoteMark(end)) return null;
        int sentenceStart = t.SentenceStart(end);
        int head = -1;
        for (int k = end; k >= sentenceStart && end - k < MaxRoleTokens; k--)
        {
            if (t.IsQuoteMark(k)) continue;
            if (!t.IsWord(k) || w.IsSpeechVerb(k) || w.IsComplementizer(k) || k < end && w.TitleLength(k) > 0 && !w.IsRoleHead(k)) break;
            if (w.IsRoleHead(k)) head = k;
            if (IsRoleBreaker(t, w, k)) break;
        }
        return head < 0 ? null : RoleText(t, head, end);
    }

    /// <summary>An apposition after a name: "، الباحث المتخصص فى …" up to the next comma, quote or sentence end.</summary>
    private string? RoleAfter(TokenIndex t, WordClasses w, int k)
    {
        if (!t.IsComma(k) || !w.IsRoleHead(k + 1) || !t.Norm(k + 1).StartsWith("ال", StringComparison.Ordinal) && !t.Norm(k + 1).StartsWith("وال", StringComparison.Ordinal) && !IsConstructHead(t, k + 1)) return null;
        int sentenceEnd = t.SentenceEnd(k);
        int j = k + 1;
        while (j < sentenceEnd && j - k <= MaxRoleTokens && (t.IsWord(j) || t.IsQuoteMark(j)) && !w.IsComplementizer(j) && !w.IsSpeechVerb(j)) j++;
        return j > k + 1 ? RoleText(t, k + 1, j - 1) : null;
    }

    // مدير المخابرات، رئيس الوزراء: a head in construct with the word after it.
    private static bool IsConstructHead(TokenIndex t, int k) => t.IsWord(k + 1) && t.Norm(k + 1).StartsWith("ال", StringComparison.Ordinal);

    /// <summary>Words that never stand inside a role before a name: particles other than the prepositions a role uses.</summary>
    private static bool IsRoleBreaker(TokenIndex t, WordClasses w, int k)
    {
        string n = t.Norm(k);
        if (n is "في" or "فى" or "من" or "عن" or "ما" or "علي" or "لدي") return false;
        return w.IsFunction(k);
    }

    private static string RoleText(TokenIndex t, int from, int to)
    {
        int start = t[from].Start;
        // "للرئيس السابق …": the role is written without the preposition that ties it to the sentence.
        foreach (var (form, cut) in TokenIndex.Readings(t.Norm(from)))
        {
            if (cut == 0 || !form.StartsWith("ال", StringComparison.Ordinal)) continue;
            start = t.OriginalOffset(from, cut);
            string text = t.Text(start, t[to].End);
            return t.Norm(from).StartsWith("لل", StringComparison.Ordinal) ? "ا" + text : text;
        }
        return t.Text(start, t[to].End);
    }

    private static int FindGroup(List<Group> groups, Prepared p)
    {
        int found = -1;
        for (int g = 0; g < groups.Count; g++)
        {
            if (!Fits(groups[g], p)) continue;
            if (found >= 0) return -1; // two entities fit: keep the mention apart rather than guess.
            found = g;
        }
        return found;
    }

    private static bool Fits(Group g, Prepared p)
    {
        var words = p.Words;
        if (words.SequenceEqual(g.Words)) return true;
        if (g.Type == EntityTypes.Person && (p.Type == EntityTypes.Person || words.Length == 1))
        {
            // A surname, a first name, or first and last name of a longer name.
            if (words.Length == 1) return g.Words.Length > 1 && (words[0] == g.Words[^1] || words[0] == g.Words[0] && p.Type == EntityTypes.Person);
            return words.Length < g.Words.Length && words[0] == g.Words[0] && words[^1] == g.Words[^1];
        }
        if (g.Type != p.Type || words.Length > g.Words.Length) return false;
        // An organisation or place by its head and some of its modifiers, in order: الجيش الليبى ⊂ الجيش الوطنى الليبى.
        if (words[0] != g.Words[0]) return false;
        int at = 1;
        for (int i = 1; i < words.Length; i++)
        {
            at = Array.IndexOf(g.Words, words[i], at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /// <summary>Roles written without a name that exactly one person of the article holds: (start, end, group).</summary>
    private IEnumerable<(int, int, int)> RolesAlone(TokenIndex t, WordClasses w, List<Group> groups, List<Prepared> prepared)
    {
        var holders = new List<(int Group, string Head, string[] Words)>();
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type != EntityTypes.Person) continue;
            foreach (string role in groups[g].Roles)
            {
                var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ExtractionLexicon.Norm).ToArray();
                if (words.Length > 0) holders.Add((g, ExtractionLexicon.Bare(words[0]), words));
            }
        }
        if (holders.Count == 0) yield break;
        for (int k = 0; k < t.Count; k++)
        {
            if (!w.IsRoleHead(k)) continue;
            // An apposition right after a name ("توالدو، الباحث …") is that name's role, already kept.
            if (prepared.Any(p => p.Type == EntityTypes.Person && p.End <= t[k].Start && t[k].Start - p.End <= 3)) continue;
            string head = "";
            foreach (var (form, _) in TokenIndex.Readings(t.Norm(k)))
            {
                string bare = ExtractionLexicon.Bare(form);
                if (_lexicon.RoleHeads.Contains(bare)) { head = bare; break; }
            }
            int end = k + 1;
            int best = -1, bestEnd = -1;
            var matched = new HashSet<int>();
            while (end < t.Count && end - k < 8 && t.IsWord(end) && !w.IsComplementizer(end) && !w.IsSpeechVerb(end) && w.TitleLength(end) == 0) end++;
            // The longest run of words after the head that lie inside one holder's role.
            foreach (var h in holders)
            {
                if (h.Head != head) continue;
                int j = k + 1;
                while (j < end && h.Words.Contains(t.Norm(j))) j++;
                // A bare head ("المتحدث") stands for the one person holding it only when written definite.
                if (j == k + 1 && !TokenIndex.Readings(t.Norm(k)).Any(r => r.Form.StartsWith("ال", StringComparison.Ordinal))) continue;
                if (j > bestEnd) { bestEnd = j; best = h.Group; matched.Clear(); matched.Add(h.Group); }
                else if (j == bestEnd) matched.Add(h.Group);
            }
            if (best < 0 || matched.Count != 1) continue;
            // A role followed by a name is that name's role, not a role alone.
            if (bestEnd < t.Count && prepared.Any(p => p.Type == EntityTypes.Person && p.Start >= t[bestEnd - 1].End && p.Start <= t[bestEnd - 1].End + 40
                                                        && t.SentenceOf(t.FirstTokenEndingAfter(p.Start)) == t.SentenceOf(k))) continue;
            int start = t[k].Start;
            foreach (var (form, cut) in TokenIndex.Readings(t.Norm(k)))
                if (cut > 0 && _lexicon.RoleHeads.Contains(ExtractionLexicon.Bare(form))) { start = t.OriginalOffset(k, cut); break; }
            yield return (start, t[bestEnd - 1].End, best);
            k = bestEnd - 1;
        }
    }
}
