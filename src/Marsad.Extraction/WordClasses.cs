using Marsad.Extraction.Lexicons;

namespace Marsad.Extraction;

/// <summary>Lexicon lookups on tokens, each trying the word with and without its proclitics and "ال".</summary>
internal sealed class WordClasses(TokenIndex tokens, ExtractionLexicon lexicon)
{
    public ExtractionLexicon Lexicon => lexicon;

    private bool InSet(int k, IReadOnlySet<string> set, bool bare) => CutInSet(k, set, bare) >= 0;

    /// <summary>How many normalised letters of proclitics come before the reading of token k found in the set; -1 when none is.</summary>
    private int CutInSet(int k, IReadOnlySet<string> set, bool bare)
    {
        if (!tokens.IsWord(k)) return -1;
        foreach (var (form, cut) in TokenIndex.Readings(tokens.Norm(k)))
            if (set.Contains(form) || (bare && set.Contains(ExtractionLexicon.Bare(form)))) return cut;
        return -1;
    }

    public bool IsFunction(int k) => tokens.IsWord(k) && lexicon.FunctionWords.Contains(tokens.Norm(k));
    public bool IsComplementizer(int k) => tokens.IsWord(k) && lexicon.Complementizers.Contains(tokens.Norm(k));
    public bool IsRoleHead(int k) => InSet(k, lexicon.RoleHeads, bare: true);
    public bool IsDescribedSource(int k) => InSet(k, lexicon.DescribedSources, bare: true);
    public bool IsChannel(int k) => InSet(k, lexicon.Channels, bare: true);
    public bool IsOrganizationHead(int k) => InSet(k, lexicon.OrganizationHeads, bare: true);
    /// <summary>Where an organisation's name starts in token k (after its proclitics: ونقلت وكالة، لوكالة); -1 when k is no such noun.</summary>
    public int OrganizationNameHeadCut(int k) => CutInSet(k, lexicon.OrganizationNameHeads, bare: true);
    public bool IsGroupHead(int k) => InSet(k, lexicon.GroupHeads, bare: true);
    public bool IsPlacePairNoun(int k) => InSet(k, lexicon.PlacePairNouns, bare: false);
    public bool IsStatementNoun(int k) => InSet(k, lexicon.StatementNouns, bare: true);

    public bool IsSpeechVerb(int k, out string verb, out bool participle)
    {
        verb = "";
        participle = false;
        return tokens.IsWord(k) && lexicon.SpeechVerbs.TryMatch(tokens.Norm(k), out verb, out participle);
    }

    public bool IsSpeechVerb(int k) => IsSpeechVerb(k, out _, out _);

    public bool IsRelayVerb(int k) => tokens.IsWord(k) && lexicon.RelayVerbs.TryMatch(tokens.Norm(k), out _, out bool participle) && !participle;

    /// <summary>The number of tokens of a title starting at k (العقيد، الفريق أول), or 0.</summary>
    public int TitleLength(int k)
    {
        if (!tokens.IsWord(k)) return 0;
        foreach (var title in lexicon.Titles)
        {
            if (k + title.Length > tokens.Count) continue;
            bool ok = false;
            foreach (var (form, _) in TokenIndex.Readings(tokens.Norm(k)))
                if (form == title[0]) { ok = true; break; }
            for (int j = 1; ok && j < title.Length; j++)
                ok = tokens.IsWord(k + j) && tokens.Norm(k + j) == title[j];
            if (ok) return title.Length;
        }
        return 0;
    }

    /// <summary>A definite adjective of origin or time written between a title and a name (البريطاني، السوري، السابق).</summary>
    public bool IsQualifier(int k)
    {
        if (!tokens.IsWord(k)) return false;
        string n = tokens.Norm(k);
        return n.StartsWith("ال", StringComparison.Ordinal) && n.Length > 4 && (n.EndsWith('ي') || n == "السابق" || n == "الاسبق" || n == "الراحل" || n == "الحالي");
    }

    public bool IsMonthOrWeekday(int k) =>
        tokens.IsWord(k) && (lexicon.Months.ContainsKey(tokens.Norm(k)) || lexicon.Weekdays.ContainsKey(tokens.Norm(k)));

    public bool IsNumberWord(int k) => tokens.IsWord(k) && lexicon.NumberWords.ContainsKey(tokens.Norm(k));

    /// <summary>A word that can stand in a name: not a particle, verb of speech, title, role, month or number.</summary>
    public bool CanBeNamePart(int k) =>
        tokens.IsWord(k) && (tokens.Norm(k).Length >= 3 || tokens.Norm(k) is "بن" or "ال") && !IsFunction(k) && !IsOrganizationHead(k) && !IsChannel(k) && !IsComplementizer(k) && !IsSpeechVerb(k) && TitleLength(k) == 0
        && !IsRoleHead(k) && !IsMonthOrWeekday(k) && !IsNumberWord(k) && !IsDescribedSource(k);
}
