using Marsad.Analysis.Documents;

namespace Marsad.Extraction.Entities;

/// <summary>
/// Finds the names the text itself marks, so that merging and speakers work where NER is absent or misses
/// them: a name after a title (العقيد أحمد المسمارى), the subject of a speech verb written as a bare name
/// (رأى ماتيا توالدو), the organisation after باسم, a quoted name after an organisation noun
/// (ميليشيا «فجر ليبيا»), the definite words after a name-forming noun (وكالة الصحافة الفرنسية، جماعة الإخوان
/// المسلمين), two places after a dual place noun (منطقتي السدرة ورأس لانوف); then every other occurrence of
/// a name already known (المسمارى، لحفتر، الجيش الليبى).
/// </summary>
internal sealed class TextMentionFinder(TokenIndex t, WordClasses w)
{
    private const int MaxNameParts = 2;
    /// <summary>The second word of compound given names (نور الدين، سيف الإسلام، عبد الله), which start with "ال" yet belong to the name.</summary>
    private static readonly HashSet<string> CompoundSecond = new(StringComparer.Ordinal) { "الدين", "الاسلام", "الله", "الرحمن", "الحق" };
    private static readonly HashSet<string> NameGlue = new(StringComparer.Ordinal) { "عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ال", "ولد" };

    public List<RawMention> Find(IReadOnlyList<EntityMention> ner)
    {
        var found = ner.Select(m => new RawMention(m.Start, m.End, m.Type, "ner")).ToList();
        var titles = new int[t.Count];
        for (int k = 0; k < t.Count; k++) titles[k] = w.TitleLength(k);
        TrimTitles(found, titles);
        for (int k = 0; k < t.Count; k++)
        {
            int title = titles[k];
            if (title > 0) TryAdd(found, NameAfter(k + title, allowQualifiers: true), EntityTypes.Person);
            if (w.IsSpeechVerb(k, out _, out bool participle) && !participle && t.IsWord(k + 1) && !t.Norm(k + 1).StartsWith("ال", StringComparison.Ordinal) && OpensStatement(k))
                TryAdd(found, NameAfter(k + 1, allowQualifiers: false), EntityTypes.Person);
            if (w.IsSpeechVerb(k, out _, out bool p2) && !p2 && OpensStatement(k)) TryAdd(found, NameEndingSpeaker(k), EntityTypes.Person);
            if (t.IsWord(k) && (t.Norm(k) == "باسم" || t.Norm(k) == "وباسم")) TryAdd(found, DefinitePhrase(k + 1), EntityTypes.Organization);
            if (t.IsWord(k) && t.Norm(k).StartsWith("باسم", StringComparison.Ordinal) && w.IsRoleHead(k - 1)) TryAdd(found, NameAfterSpokesman(k), EntityTypes.Person);
            // قال هشام يونس، عضو مجلس النقابة: a name set off before a role after a speech verb.
            if (w.IsSpeechVerb(k, out _, out bool p3) && !p3 && NameAfter(k + 1, allowQualifiers: false) is { } named && t.IsComma(named.Item2) && w.IsRoleHead(named.Item2 + 1)
                && !t.Norm(k + 1).StartsWith("ال", StringComparison.Ordinal))
                TryAdd(found, named, EntityTypes.Person);
            // The quoted name after an organisation noun is whole, a place inside it included (ميليشيا «فجر ليبيا»).
            if (w.IsOrganizationHead(k) && t.IsOpenQuote(k + 1)) TryAdd(found, Quoted(k + 1), EntityTypes.Organization, absorb: true);
            if (w.OrganizationNameHeadCut(k) is >= 0 and var cut && !t.IsOpenQuote(k + 1) && DefinitePhrase(k + 1) is { } named2)
                TryAdd(found, (k, named2.Item2), EntityTypes.Organization, absorb: true, firstCut: cut);
            if (w.IsGroupHead(k) && !t.IsOpenQuote(k + 1)) TryAdd(found, DefinitePhrase(k + 1), EntityTypes.Organization, absorb: true);
            if (w.IsPlacePairNoun(k)) AddPlacePair(found, k + 1);
        }
        for (int k = 0; k < t.Count; k++)
            if (t.IsOpenQuote(k)) ExtendToQuotation(found, k);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        Propagate(found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// A person NER found starting inside a title (العقيد [الركن تركي المالكي]) begins after it: the tagger
    /// knows the title's last word less well than the title list does.
    /// </summary>
    private void TrimTitles(List<RawMention> found, int[] titles)
    {
        for (int k = 0; k < t.Count; k++)
        {
            int length = titles[k];
            if (length < 2 || k + length >= t.Count) continue;
            int titleStart = t[k].Start, titleEnd = t[k + length - 1].End, nameStart = t[k + length].Start;
            for (int i = 0; i < found.Count; i++)
            {
                var m = found[i];
                if (m.Type == EntityTypes.Person && m.Start > titleStart && m.Start < titleEnd && m.End > nameStart)
                    found[i] = m with { Start = nameStart };
            }
        }
    }

    /// <summary>A speech verb is taken as one only where أن/إن, a colon or a quotation follows it in its sentence.</summary>
    private bool OpensStatement(int k)
    {
        int end = Math.Min(t.SentenceEnd(k), k + 25);
        for (int j = k + 1; j < end; j++)
            if (w.IsComplementizer(j) || t.IsColon(j) || t.IsOpenQuote(j)) return true;
        return false;
    }

    /// <summary>
    /// Adds the name at token range <paramref name="range"/> unless it crosses a mention already found. With
    /// <paramref name="absorb"/>, mentions inside it give way (a place inside an organisation's name).
    /// </summary>
    private void TryAdd(List<RawMention> found, (int From, int To)? range, string type, bool absorb = false, int firstCut = 0)
    {
        if (range is not { } r || r.To <= r.From) return;
        int start = t.OriginalOffset(r.From, firstCut), end = t[r.To - 1].End;
        var overlapping = found.Where(m => m.Start < end && start < m.End).ToList();
        bool inside = overlapping.All(m => m.Start >= start && m.End <= end && m.End - m.Start < end - start);
        // NER tagged the surname alone (المالكي) where the text writes the whole name after a title or role:
        // the longer name stands, the surname inside it goes.
        if (overlapping.Count > 0 && !(inside && (absorb || type == EntityTypes.Person && overlapping.All(m => m.Type == EntityTypes.Person))))
            return;
        foreach (var m in overlapping) found.Remove(m);
        found.Add(new RawMention(start, end, type, "text"));
    }

    /// <summary>Name tokens [from, to) starting at k: up to two name parts, "عبد"/"بن"/"أبو" gluing to the next.</summary>
    private (int, int)? NameAfter(int k, bool allowQualifiers)
    {
        if (allowQualifiers)
        {
            for (int q = 0; q < 2 && w.IsQualifier(k); q++) k++;
            // الرئيس الفلبيني، رودريغو دوترتي،: the name set off by commas after the title.
            if (t.IsComma(k) && w.CanBeNamePart(k + 1)) k++;
        }
        int j = k, parts = 0;
        while (parts < MaxNameParts && w.CanBeNamePart(j) && !(parts > 0 ? IsAdverb(j) || HasPrepositionClitic(j) : IsAccusativeNoun(t.Norm(j))))
        {
            bool glue = NameGlue.Contains(t.Norm(j)) && w.CanBeNamePart(j + 1);
            j += glue ? 2 : 1;
            // نور الدين، سيف الإسلام: a compound given name is one part.
            if (t.IsWord(j) && CompoundSecond.Contains(t.Norm(j))) j++;
            // زيد بن رعد الحسين: a patronymic joins the name without counting as a part of it.
            if (!(glue && t.Norm(j - 2) is "بن" or "ابن" or "بنت" or "ولد")) parts++;
        }
        if (parts == 0) return null;
        return (k, j);
    }

    /// <summary>
    /// The name closing a speaker phrase that opens with a role or title:
    /// "وقال نائب السفير الأميركي في الأمم المتحدة جوناثان كوهين إنه" → جوناثان كوهين.
    /// </summary>
    private (int, int)? NameEndingSpeaker(int verb)
    {
        int first = verb + 1;
        if (!(w.IsRoleHead(first) || w.TitleLength(first) > 0)) return null;
        int stop = first;
        int end = Math.Min(t.SentenceEnd(verb), verb + 25);
        while (stop < end && !w.IsComplementizer(stop) && !t.IsColon(stop) && !t.IsComma(stop) && !t.IsOpenQuote(stop)) stop++;
        if (stop >= end) return null;
        // الناطق باسم الغرفة إبراهيم الجباوي لفرانس برس "…": the medium after the name is not part of it.
        for (int q = stop - 1; q > first + 2 && q >= stop - 3; q--)
            if (HasPrepositionClitic(q) && !t.Norm(q).StartsWith("ال", StringComparison.Ordinal)) { stop = q; break; }
        // المفوض السامي لحقوق الإنسان، زيد بن رعد الحسين، …: the name set off by commas after the role.
        if (t.IsComma(stop) && NameAfter(stop + 1, allowQualifiers: false) is { } apposed && (t.IsComma(apposed.Item2) || w.IsComplementizer(apposed.Item2)))
            return apposed;
        // أشار المدير حسن فؤاد إلى أن، محمد معيط لرويترز، إن: a preposition or a prepositional word after the name is not part of it.
        while (stop > first + 1 && t.IsWord(stop - 1) && (t.Norm(stop - 1) is "الي" or "علي" || HasPrepositionClitic(stop - 1))) stop--;
        int from = stop;
        int parts = 0;
        while (from > first + 1 && parts < MaxNameParts && w.CanBeNamePart(from - 1))
        {
            from--;
            // نور الدين بدوي: the compound given name is taken whole.
            if (CompoundSecond.Contains(t.Norm(from)) && from > first + 1 && w.CanBeNamePart(from - 1)) from--;
            parts++;
        }
        if (from == stop || t.Norm(from).StartsWith("ال", StringComparison.Ordinal) || HasPrepositionClitic(from)) return null;
        // The word before the name closes the role: a definite word, a quoted name or a title.
        int before = from - 1;
        if (!(t.IsQuoteMark(before) || t.IsWord(before) && t.Norm(before).StartsWith("ال", StringComparison.Ordinal) || w.TitleLength(before) > 0)) return null;
        return (from, stop);
    }

    /// <summary>مجددا، مؤخرا، رسميا: a frequent word in the accusative -an stands after a name, not in it.</summary>
    private bool IsAdverb(int k)
    {
        string n = t.Norm(k);
        return n.Length >= 4 && n[^1] == 'ا' && Marsad.Text.Lexicons.WordLexicon.Default.Frequency(n) >= AdverbMinFrequency || IsAccusativeNoun(n);
    }

    /// <summary>طبيبا، مسؤولا: a common noun with the accusative -an, known from the lexicon without it.</summary>
    private static bool IsAccusativeNoun(string n) =>
        n.Length >= 4 && n[^1] == 'ا' && Marsad.Text.Lexicons.WordLexicon.Default.Frequency(n.AsSpan(0, n.Length - 1).ToString()) >= AccusativeStemMinFrequency;

    private const int AccusativeStemMinFrequency = 200;

    /// <summary>لحقوق، بمصر: a frequent word behind ل or ب is a prepositional phrase, not the start of a name.</summary>
    private bool HasPrepositionClitic(int k)
    {
        string n = t.Norm(k);
        if (n.Length > 4 && n.StartsWith("لل", StringComparison.Ordinal)) return Marsad.Text.Lexicons.WordLexicon.Default.Frequency("ا" + n[1..]) >= AccusativeStemMinFrequency;
        return n.Length > 3 && n[0] is 'ل' or 'ب' && Marsad.Text.Lexicons.WordLexicon.Default.Frequency(n.AsSpan(1)) >= AccusativeStemMinFrequency;
    }

    private const int AdverbMinFrequency = 500;

    /// <summary>"المتحدثة باسمها وينكي روغن"، "المتحدث باسم الوزارة خالد مجاهد": the name after the organisation a spokesman speaks for.</summary>
    private (int, int)? NameAfterSpokesman(int bism)
    {
        int j = bism + 1;
        while (j < t.Count && j - bism <= 5 && t.IsWord(j) && t.Norm(j).StartsWith("ال", StringComparison.Ordinal) && w.TitleLength(j) == 0) j++;
        if (w.TitleLength(j) > 0) return null; // the title rule takes it
        if (!t.IsWord(j) || t.Norm(j).StartsWith("ال", StringComparison.Ordinal) || HasPrepositionClitic(j)) return null;
        var name = NameAfter(j, allowQualifiers: false);
        return name is { } n && n.Item2 - n.Item1 >= 2 ? name : null;
    }

    private (int, int)? DefinitePhrase(int k)
    {
        int j = k;
        while (j < t.Count && j - k < 4 && t.IsWord(j) && t.Norm(j).StartsWith("ال", StringComparison.Ordinal) && !w.IsFunction(j)
               && w.TitleLength(j) == 0 && (j == k || !w.IsRoleHead(j))) j++;
        return j > k ? (k, j) : null;
    }

    /// <summary>
    /// A name NER found at the start of a short quotation («سرايا الدفاع عن بنغازى») is the whole quotation:
    /// the quotation marks delimit the name better than the tagger does.
    /// </summary>
    private void ExtendToQuotation(List<RawMention> found, int open)
    {
        if (Quoted(open) is not { } q) return;
        int start = t[q.Item1].Start, end = t[q.Item2 - 1].End;
        var first = found.FirstOrDefault(m => m.Start == start && m.End < end && m.Type is EntityTypes.Organization or EntityTypes.Misc);
        if (first is null || found.Any(m => m.Start < end && start < m.End && (m.Start < start || m.End > end))) return;
        found.RemoveAll(m => m.Start >= start && m.End <= end);
        found.Add(new RawMention(start, end, first.Type, "text"));
    }

    /// <summary>"منطقتي السدرة ورأس لانوف": after a dual place noun, the word(s) before و and the word(s) after it are places.</summary>
    private void AddPlacePair(List<RawMention> found, int k)
    {
        int j = k;
        while (j < t.Count && j - k < 2 && w.CanBeNamePart(j) && !t.Norm(j).StartsWith('و')) j++;
        if (j == k || !t.IsWord(j) || !t.Norm(j).StartsWith('و') || t.Norm(j).Length < 4) return;
        int second = j, end = j + 1;
        while (end < t.Count && end - second < 2 && w.CanBeNamePart(end) && !t.Norm(end).StartsWith('و') && !t.Norm(end).StartsWith("ال", StringComparison.Ordinal)) end++;
        TryAdd(found, (k, j), EntityTypes.Location);
        TryAdd(found, (second, end), EntityTypes.Location, firstCut: 1);
    }

    private (int, int)? Quoted(int open)
    {
        int j = open + 1;
        while (j < t.Count && j - open <= 6 && !t.IsQuoteMark(j) && !t.IsBreak(j)) j++;
        return t.IsQuoteMark(j) && j > open + 1 ? (open + 1, j) : null;
    }

    /// <summary>Adds the other occurrences of names already found: a person's surname or full name, an organisation's short forms.</summary>
    private void Propagate(List<RawMention> found)
    {
        var people = new List<string[]>();
        var orgs = new List<string[]>();
        foreach (var m in found)
        {
            var words = t.WordsIn(m.Start, m.End);
            if (words.Length == 0) continue;
            if (m.Type == EntityTypes.Person) people.Add(words);
            else if (m.Type == EntityTypes.Organization && words.Length >= 2) orgs.Add(words);
        }
        var surnames = people.Where(p => p.Length >= 1).Select(p => p[^1]).Where(s => s.Length >= 3 && !w.Lexicon.FunctionWords.Contains(s)).ToHashSet(StringComparer.Ordinal);
        for (int k = 0; k < t.Count; k++)
        {
            if (!t.IsWord(k)) continue;
            foreach (var (form, cut) in TokenIndex.Readings(t.Norm(k)))
            {
                if (!surnames.Contains(form)) continue;
                int start = t.OriginalOffset(k, cut);
                if (found.Any(m => m.Start < t[k].End && start < m.End)) break;
                found.Add(new RawMention(start, t[k].End, EntityTypes.Person, "name"));
                break;
            }
            foreach (var org in orgs)
            {
                int end = OrgShortForm(k, org, out int cut);
                if (end <= k + 1) continue;
                int start = t.OriginalOffset(k, cut);
                if (found.Any(m => m.Start < t[end - 1].End && start < m.End)) continue;
                found.Add(new RawMention(start, t[end - 1].End, EntityTypes.Organization, "name"));
                break;
            }
        }
    }

    /// <summary>At token k, the head of <paramref name="org"/> followed by some of its other words in order: the end token, or -1.</summary>
    private int OrgShortForm(int k, string[] org, out int cut)
    {
        cut = 0;
        bool head = false;
        foreach (var (form, c) in TokenIndex.Readings(t.Norm(k)))
            if (form == org[0]) { head = true; cut = c; break; }
        if (!head) return -1;
        int j = k + 1, o = 1;
        while (t.IsWord(j) && o < org.Length)
        {
            int at = Array.IndexOf(org, t.Norm(j), o);
            if (at < 0) break;
            o = at + 1;
            j++;
        }
        return j;
    }
}
