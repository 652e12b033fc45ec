namespace Marsad.Extraction.Lexicons;

/// <summary>
/// Every written form of the speech verbs, generated from their past, present and participle, mapped to
/// the verb they belong to and whether the form is a participle (a participle takes its speaker from before).
/// </summary>
public sealed class SpeechVerbs
{
    private readonly Dictionary<string, (string Verb, bool Participle)> _forms = new(StringComparer.Ordinal);

    public int Count => _forms.Count;

    public static SpeechVerbs Parse(IEnumerable<string> lines)
    {
        var verbs = new SpeechVerbs();
        foreach (string line in lines)
        {
            var f = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(ExtractionLexicon.Norm).ToArray();
            if (f.Length == 0) continue;
            string lemma = f[0];
            if (f[0] != "-") foreach (string p in PastForms(f[0])) verbs.Add(p, lemma, false);
            if (f.Length > 1 && f[1] != "-") foreach (string p in PresentForms(f[1])) verbs.Add(p, lemma, false);
            if (f.Length > 2 && f[2] != "-") foreach (string p in ParticipleForms(f[2])) verbs.Add(p, lemma, true);
            for (int k = 3; k < f.Length; k++) verbs.Add(f[k], lemma, f[k].StartsWith('م') || f[k].StartsWith("قائل", StringComparison.Ordinal));
        }
        return verbs;
    }

    private void Add(string form, string lemma, bool participle) => _forms.TryAdd(form, (lemma, participle));

    private static IEnumerable<string> PastForms(string p)
    {
        yield return p;
        // A defective past (رأى، دعا، نفى) drops its last letter before suffixes; its forms are listed in the file.
        if (p.EndsWith('ي') || (p.EndsWith('ا') && p.Length <= 3)) yield break;
        foreach (string s in new[] { "ت", "وا", "ا", "تا", "نا", "ن", "تم" }) yield return p + s;
    }

    private static IEnumerable<string> PresentForms(string present)
    {
        if (present.Length < 2 || present[0] != 'ي') { yield return present; yield break; }
        string stem = present[1..];
        foreach (string pre in new[] { "ي", "ت", "ن", "ا" }) yield return pre + stem;
        if (stem.EndsWith('ي') || stem.EndsWith('و')) yield break;
        foreach (string suf in new[] { "ون", "ان", "ين", "وا", "ن" })
        {
            yield return "ي" + stem + suf;
            yield return "ت" + stem + suf;
        }
    }

    private static IEnumerable<string> ParticipleForms(string participle)
    {
        string stem = participle.EndsWith('ا') ? participle[..^1] : participle;
        foreach (string suf in new[] { "ا", "", "ه", "ين", "ون", "ات", "تين" }) yield return stem + suf;
    }

    /// <summary>Finds the verb in a token's matching form, after stripping the clitics news writes on it.</summary>
    public bool TryMatch(string norm, out string verb, out bool participle)
    {
        foreach (string candidate in Candidates(norm))
        {
            if (_forms.TryGetValue(candidate, out var hit))
            {
                verb = hit.Verb;
                participle = hit.Participle;
                return true;
            }
        }
        verb = "";
        participle = false;
        return false;
    }

    private static readonly string[] ObjectPronouns = ["ه", "ها", "هم", "هما", "نا", "كم"];

    private static IEnumerable<string> Candidates(string w)
    {
        foreach (string a in StripConjunction(w))
        {
            yield return a;
            // ستقول، لتؤكد: future and purpose particles before a present.
            if (a.Length > 3 && (a[0] == 'س' || a[0] == 'ل')) yield return a[1..];
            foreach (string pr in ObjectPronouns)
                if (a.Length > pr.Length + 2 && a.EndsWith(pr, StringComparison.Ordinal)) yield return a[..^pr.Length];
        }
    }

    private static IEnumerable<string> StripConjunction(string w)
    {
        yield return w;
        if (w.Length > 3 && (w[0] == 'و' || w[0] == 'ف')) yield return w[1..];
    }
}
