using System.Text;
using Marsad.Extraction.Quotes;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Evaluation;

/// <summary>Counts for one article or a set of them; they add up.</summary>
public sealed record ExtractionScore
{
    public int MustQuotes { get; init; }
    public int MustFound { get; init; }
    public int MustRightSpeaker { get; init; }
    public int ShouldQuotes { get; init; }
    public int ShouldFound { get; init; }
    public int ShouldRightSpeaker { get; init; }
    public int SystemQuotes { get; init; }
    public int FalseQuotes { get; init; }
    public int MustDates { get; init; }
    public int MustDatesResolved { get; init; }
    public int ShouldDates { get; init; }
    public int ShouldDatesResolved { get; init; }
    public int MergeableEntities { get; init; }
    public int MergedEntities { get; init; }
    public List<string> Notes { get; init; } = [];

    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b) => new()
    {
        MustQuotes = a.MustQuotes + b.MustQuotes, MustFound = a.MustFound + b.MustFound, MustRightSpeaker = a.MustRightSpeaker + b.MustRightSpeaker,
        ShouldQuotes = a.ShouldQuotes + b.ShouldQuotes, ShouldFound = a.ShouldFound + b.ShouldFound, ShouldRightSpeaker = a.ShouldRightSpeaker + b.ShouldRightSpeaker,
        SystemQuotes = a.SystemQuotes + b.SystemQuotes, FalseQuotes = a.FalseQuotes + b.FalseQuotes,
        MustDates = a.MustDates + b.MustDates, MustDatesResolved = a.MustDatesResolved + b.MustDatesResolved,
        ShouldDates = a.ShouldDates + b.ShouldDates, ShouldDatesResolved = a.ShouldDatesResolved + b.ShouldDatesResolved,
        MergeableEntities = a.MergeableEntities + b.MergeableEntities, MergedEntities = a.MergedEntities + b.MergedEntities,
        Notes = [.. a.Notes, .. b.Notes],
    };
}

/// <summary>
/// Scores an analysis against a reference. A reference quote is found when a system quote's content begins
/// with its "starts" words (within a few letters: a conjunction or a quotation mark may come first); its
/// speaker is right when the system's canonical name or speaker phrase is the reference speaker (a phrase may
/// hold the reference and little more). A date is resolved when a system date containing its text has its value.
/// An entity with several mention forms is merged when every form is found and all of them carry one id.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>How many letters may come before the reference's first words in the system's content.</summary>
    private const int StartSlack = 12;

    public static ExtractionScore Score(ArticleAnalysis analysis, ExtractionReference reference)
    {
        var notes = new List<string>();
        var matched = new HashSet<Quote>();
        var (mustFound, mustRight) = ScoreQuotes(analysis.Quotes, reference.MustQuotes, matched, notes, "must");
        var (shouldFound, shouldRight) = ScoreQuotes(analysis.Quotes, reference.ShouldQuotes, matched, notes, "should");
        int falseQuotes = analysis.Quotes.Count(q => !matched.Contains(q));
        foreach (var q in analysis.Quotes.Where(q => !matched.Contains(q)))
            notes.Add($"  unmatched system quote: [{q.Cue.Text}] {q.Speaker?.Text} → {Clip(q.Text)}");

        int mustDates = reference.MustDates.Count(d => DateResolved(analysis, d, notes, "must"));
        int shouldDates = reference.ShouldDates.Count(d => DateResolved(analysis, d, notes, "should"));

        int mergeable = 0, merged = 0;
        foreach (var e in reference.MustEntities)
        {
            var forms = e.Mentions.Select(Key).Distinct().ToList();
            if (forms.Count < 2) continue;
            mergeable++;
            var ids = new HashSet<int>();
            bool all = true;
            foreach (string form in forms)
            {
                var hits = analysis.Entities.Mentions.Where(m => Key(m.Text) == form).ToList();
                if (hits.Count == 0) all = false;
                foreach (var h in hits) ids.Add(h.Id);
            }
            if (all && ids.Count == 1) merged++;
            else notes.Add($"  entity not merged: {e.Canonical} ({(all ? $"{ids.Count} ids" : "a form is missing")})");
        }

        return new ExtractionScore
        {
            MustQuotes = reference.MustQuotes.Count, MustFound = mustFound, MustRightSpeaker = mustRight,
            ShouldQuotes = reference.ShouldQuotes.Count, ShouldFound = shouldFound, ShouldRightSpeaker = shouldRight,
            SystemQuotes = analysis.Quotes.Count, FalseQuotes = falseQuotes,
            MustDates = reference.MustDates.Count, MustDatesResolved = mustDates,
            ShouldDates = reference.ShouldDates.Count, ShouldDatesResolved = shouldDates,
            MergeableEntities = mergeable, MergedEntities = merged, Notes = notes,
        };
    }

    private static (int Found, int Right) ScoreQuotes(IReadOnlyList<Quote> system, IReadOnlyList<ReferenceQuote> reference, HashSet<Quote> matched, List<string> notes, string level)
    {
        int found = 0, right = 0;
        foreach (var r in reference)
        {
            string starts = Key(r.Starts).Replace(" ", "");
            var hit = system.FirstOrDefault(q => !matched.Contains(q) && StartsWith(q.Text, starts));
            if (hit is null)
            {
                notes.Add($"  {level} quote missed: {r.Speaker} [{r.Cue}] {r.Starts}");
                continue;
            }
            matched.Add(hit);
            found++;
            if (SpeakerMatches(hit.Speaker, r.Speaker)) right++;
            else notes.Add($"  {level} quote, wrong speaker: {r.Starts} — expected {r.Speaker}, got {hit.Speaker?.Canonical ?? hit.Speaker?.Text ?? "(none)"}");
        }
        return (found, right);
    }

    private static bool StartsWith(string content, string starts)
    {
        string c = Key(content).Replace(" ", "");
        int at = c.IndexOf(starts, StringComparison.Ordinal);
        return starts.Length > 0 && at >= 0 && at <= StartSlack;
    }

    public static bool SpeakerMatches(QuoteSpeaker? speaker, string reference)
    {
        if (speaker is null) return false;
        string r = Key(reference);
        if (speaker.Canonical is { } c && Key(c) == r) return true;
        string text = Key(speaker.Text);
        return text == r || text.Contains(r, StringComparison.Ordinal) && text.Length <= 2 * r.Length + 10;
    }

    private static bool DateResolved(ArticleAnalysis analysis, ReferenceDate d, List<string> notes, string level)
    {
        string text = Key(d.Text);
        bool ok = analysis.Dates.Any(x => Key(x.Text).Contains(text, StringComparison.Ordinal) && x.Value == d.ResolvesTo);
        if (!ok) notes.Add($"  {level} date not resolved: {d.Text} → {d.ResolvesTo}");
        return ok;
    }

    /// <summary>Matching form without quotation marks or punctuation, spaces collapsed.</summary>
    public static string Key(string s)
    {
        string n = ArabicNormalizer.Matching.Normalize(s);
        var sb = new StringBuilder(n.Length);
        bool space = false;
        foreach (char ch in n)
        {
            if (char.IsLetterOrDigit(ch)) { if (space && sb.Length > 0) sb.Append(' '); sb.Append(ch); space = false; }
            else space = true;
        }
        return sb.ToString();
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
