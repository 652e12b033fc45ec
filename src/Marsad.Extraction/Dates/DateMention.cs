namespace Marsad.Extraction.Dates;

/// <summary>
/// A date [Start, End) of the text. <see cref="Value"/> is an ISO date (2017-03-14), month (2017-03), week
/// (2017-W10), year (2017), a range "a/b", or "--MM-DD" for a day and month whose year the text does not give
/// and no publication date supplies; it is null for a relative date with no publication date to resolve it.
/// <see cref="Precision"/>: day, week, month or year. <see cref="Offset"/> is set for relative dates: the
/// distance from publication as an ISO duration ("-P1D", "P1M", "P0D") or a weekday ("last MON", "THU" = that
/// weekday on or before publication, "next FRI"). <see cref="Part"/> is the part of the day named (dawn, morning …).
/// </summary>
public sealed record DateMention(int Start, int End, string Text, string? Value, string Precision, string? Offset, string? Part);
