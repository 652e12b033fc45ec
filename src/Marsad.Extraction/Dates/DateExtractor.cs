using System.Globalization;
using Marsad.Analysis.Documents;
using Marsad.Extraction.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Finds dates and resolves them against the publication date: numeric dates (15/3/2017, 2017-03-15),
/// day and month in any of the month-name systems (15 مارس 2017، آذار/مارس، 26 و27 يناير الماضى), month and
/// year, "عام 2017", days named relative to publication (اليوم، أمس، أول أمس، غدا، الليلة، فجر أمس),
/// "منذ 3 أيام"، "قبل أسبوعين"، "الأسبوع الماضى"، "الشهر المقبل", and weekdays (الاثنين → that day of the week
/// on or before publication; الماضي/المقبل move to the week before or after).
/// </summary>
public sealed class DateExtractor
{
    private static readonly string[] DayNames = ["", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
    private readonly ExtractionLexicon _lexicon;

    public DateExtractor(ExtractionLexicon? lexicon = null) => _lexicon = lexicon ?? ExtractionLexicon.Default;

    public IReadOnlyList<DateMention> Extract(Document doc) => new Run(new TokenIndex(doc), _lexicon, doc.Published).Extract();

    private sealed class Run(TokenIndex t, ExtractionLexicon lex, DateOnly? published)
    {
        private readonly List<DateMention> _found = [];

        public List<DateMention> Extract()
        {
            for (int k = 0; k < t.Count; k++)
            {
                int end = TryNumeric(k);
                if (end < 0) end = TryDayMonth(k);
                if (end < 0) end = TryMonth(k);
                if (end < 0) end = TryYear(k);
                if (end < 0) end = TryCount(k);
                if (end < 0) end = TryPeriod(k);
                if (end < 0) end = TryDayWord(k);
                if (end < 0) end = TryWeekday(k);
                if (end > k) k = end - 1;
            }
            return _found;
        }

        private void Add(int from, int to, string? value, string precision, string? offset = null, string? part = null)
        {
            int start = t[from].Start, end = t[to - 1].End;
            // A clitic on the first word (بالأمس، وأمس، لعام) is not part of the date.
            foreach (var (form, cut) in TokenIndex.Readings(t.Norm(from)))
            {
                if (cut == 0) continue;
                if (IsDateWord(form)) { start = t.OriginalOffset(from, cut); break; }
            }
            _found.Add(new DateMention(start, end, t.Text(start, end), value, precision, offset, part));
        }

        private bool IsDateWord(string form) =>
            lex.RelativeDates.ContainsKey(form) || lex.Months.ContainsKey(form) || lex.Weekdays.ContainsKey(form) || form is "منذ" or "قبل" or "بعد" or "عام" or "العام" or "سنه" or "السنه" or "يوم" or "اول";

        // ---- word helpers ----

        private RelativeDateWord? Rel(int k, string kind, bool clitics = true)
        {
            if (!t.IsWord(k)) return null;
            foreach (var (form, cut) in TokenIndex.Readings(t.Norm(k)))
            {
                if (cut > 0 && !clitics) break;
                if (lex.RelativeDates.TryGetValue(form, out var r) && r.Kind == kind) return r;
            }
            return null;
        }

        private int? Direction(int k) => Rel(k, "direction", clitics: false) is { } d ? int.Parse(d.Value, CultureInfo.InvariantCulture) : null;

        private bool IsWordIn(int k, params string[] forms) => t.IsWord(k) && TokenIndex.Readings(t.Norm(k)).Any(r => forms.Contains(r.Form));

        private int? Int(int k) => k < t.Count && t[k].Kind == TokenKind.Number && NumberText(t[k].Text) is int v ? v : null;

        private static int? NumberText(string s)
        {
            string n = Marsad.Text.Normalization.ArabicNormalizer.Matching.Normalize(s);
            return n.All(char.IsAsciiDigit) && n.Length <= 4 && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;
        }

        /// <summary>A month name at k (one or two words, with clitics), and the token after it; "آذار/مارس" is one month.</summary>
        private (int Month, int End)? Month(int k)
        {
            if (!t.IsWord(k)) return null;
            foreach (var (form, _) in TokenIndex.Readings(t.Norm(k)))
            {
                int month = 0, end = k + 1;
                if (lex.TwoWordMonths.TryGetValue(form, out var seconds) && t.IsWord(k + 1))
                    foreach (var (second, m) in seconds)
                        if (t.Norm(k + 1) == second) { month = m; end = k + 2; break; }
                if (month == 0 && lex.Months.TryGetValue(form, out int single)) month = single;
                if (month == 0) continue;
                // آذار/مارس، مارس (آذار): the same month in two systems.
                if (t.IsPunct(end, '/', '(') && Month(end + 1) is { } other && other.Month == month)
                {
                    end = other.End;
                    if (t.IsPunct(end, ')')) end++;
                }
                return (month, end);
            }
            return null;
        }

        private static bool IsYear(int? v) => v is >= 1900 and <= 2100;

        private int SkipEra(int k) => t.IsWord(k) && t.Norm(k) is "م" ? k + 1 : k;

        // ---- patterns ----

        /// <summary>15/3/2017، 2017-03-15، 15.3.2017.</summary>
        private int TryNumeric(int k)
        {
            if (k >= t.Count || t[k].Kind != TokenKind.Number) return -1;
            int[]? parts = null;
            int end = k + 1;
            string norm = Marsad.Text.Normalization.ArabicNormalizer.Matching.Normalize(t[k].Text);
            if (norm.Count(c => c == '.') == 2)
                parts = norm.Split('.').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1).ToArray();
            else if ((t.IsPunct(k + 1, '/') || t.IsPunct(k + 1, '-')) && Int(k + 2) is int b && t.IsPunct(k + 3, t[k + 1].Text[0]) && Int(k + 4) is int c && Int(k) is int a
                     && t[k + 1].Start == t[k].End && t[k + 4].Start == t[k + 3].End)
            {
                parts = [a, b, c];
                end = k + 5;
            }
            if (parts is not { Length: 3 } || parts.Any(p => p < 0)) return -1;
            int y, m, d;
            if (IsYear(parts[0])) (y, m, d) = (parts[0], parts[1], parts[2]);
            else if (IsYear(parts[2])) (y, m, d) = (parts[2], parts[1], parts[0]);
            else return -1;
            if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return -1;
            Add(k, end, new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day");
            return end;
        }

        /// <summary>[يوم] [weekday] [،] D [و D2] MONTH [YEAR] [الماضي|المقبل].</summary>
        private int TryDayMonth(int k)
        {
            int j = k;
            if (IsWordIn(j, "يوم")) j++;
            if (t.IsWord(j) && lex.Weekdays.ContainsKey(Strip(j))) j++;
            if (j > k && t.IsComma(j)) j++;
            if (Int(j) is not int d1 || d1 is < 1 or > 31) return -1;
            int? d2 = null;
            int m = j + 1;
            if (t.IsWord(m) && t.Norm(m) == "و" && Int(m + 1) is int second && second is >= 1 and <= 31) { d2 = second; m += 2; }
            else if (t.IsPunct(m, '-') && Int(m + 1) is int second2 && second2 > d1 && second2 <= 31) { d2 = second2; m += 2; }
            if (Month(m) is not { } month) return -1;
            int end = month.End;
            int? year = null;
            if (Int(end) is int y && IsYear(y)) { year = y; end = SkipEra(end + 1); }
            int? dir = Direction(end);
            if (dir is not null) end++;
            if (d1 > DateTime.DaysInMonth(year ?? 2000, month.Month)) return -1;
            int? resolvedYear = year ?? ResolveYear(month.Month, d1, dir);
            string Day(int day) => resolvedYear is int ry ? new DateOnly(ry, month.Month, Math.Min(day, DateTime.DaysInMonth(ry, month.Month))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                                                           : $"--{month.Month:00}-{day:00}";
            string value = d2 is int dd ? Day(d1) + "/" + Day(dd) : Day(d1);
            Add(k, end, value, "day");
            return end;
        }

        /// <summary>MONTH YEAR، MONTH الماضي، في MONTH.</summary>
        private int TryMonth(int k)
        {
            if (Month(k) is not { } month) return -1;
            int end = month.End;
            int? year = null;
            if (Int(end) is int y && IsYear(y)) { year = y; end = SkipEra(end + 1); }
            int? dir = Direction(end);
            if (dir is not null) end++;
            bool introduced = k > 0 && IsWordIn(k - 1, "في", "فى", "خلال", "منذ", "حتي", "شهر", "مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه");
            if (year is null && dir is null && !introduced) return -1;
            int? ry = year ?? ResolveYear(month.Month, 1, dir, monthOnly: true);
            Add(k, end, ry is int r ? $"{r:0000}-{month.Month:00}" : $"--{month.Month:00}", "month");
            return end;
        }


        /// <summary>عام 2017، سنة 2016، العام 2018.</summary>
        private int TryYear(int k)
        {
            if (!IsWordIn(k, "عام", "العام", "سنه", "السنه") || Int(k + 1) is not int y || !IsYear(y)) return -1;
            int end = SkipEra(k + 2);
            Add(k, end, y.ToString(CultureInfo.InvariantCulture), "year");
            return end;
        }

        /// <summary>منذ 3 أيام، قبل أسبوعين، بعد عام، منذ ثلاثة أشهر.</summary>
        private int TryCount(int k)
        {
            if (!IsWordIn(k, "منذ", "قبل", "بعد")) return -1;
            int sign = IsWordIn(k, "بعد") ? 1 : -1;
            int j = k + 1;
            int count = 0;
            if (Int(j) is int n) { count = n; j++; }
            else if (t.IsWord(j) && Numbers.NumberParser.Default.ParseWords([t.Norm(j)], out int used, out bool vague) is double v && used == 1 && !vague && v == Math.Floor(v))
            {
                count = (int)v;
                j++;
            }
            var unit = Rel(j, "unit", clitics: false);
            if (unit is null) return -1;
            // منذ عام 2007، منذ يوم 4 فبراير: a date follows, not "a year (day) ago".
            if (Int(j + 1) is not null) return -1;
            if (count == 0) count = unit.Count;
            else if (unit.Count != 0 && unit.Count != 1) return -1;
            if (count <= 0) return -1;
            int end = j + 1;
            string letter = unit.Value.ToUpperInvariant();
            string offset = (sign < 0 ? "-" : "") + "P" + count + (letter == "M" ? "M" : letter == "W" ? "W" : letter == "Y" ? "Y" : "D");
            string precision = letter switch { "M" => "month", "Y" => "year", _ => "day" };
            string? value = null;
            if (published is DateOnly p)
            {
                var d = letter switch
                {
                    "D" => p.AddDays(sign * count),
                    "W" => p.AddDays(sign * 7 * count),
                    "M" => p.AddMonths(sign * count),
                    _ => p.AddYears(sign * count),
                };
                value = precision switch { "month" => d.ToString("yyyy-MM", CultureInfo.InvariantCulture), "year" => d.Year.ToString(CultureInfo.InvariantCulture), _ => Iso(d) };
            }
            Add(k, end, value, precision, offset);
            return end;
        }

        /// <summary>الأسبوع الماضي، الشهر المقبل، العام الجاري.</summary>
        private int TryPeriod(int k)
        {
            if (Rel(k, "period") is not { } period || Direction(k + 1) is not int dir) return -1;
            string offset = (dir < 0 ? "-" : "") + "P" + Math.Abs(dir) + period.Value.ToUpperInvariant();
            string precision = period.Value switch { "w" => "week", "m" => "month", _ => "year" };
            string? value = null;
            if (published is DateOnly p)
            {
                value = period.Value switch
                {
                    "w" => IsoWeek(p.AddDays(7 * dir)),
                    "m" => p.AddMonths(dir).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => (p.Year + dir).ToString(CultureInfo.InvariantCulture),
                };
            }
            Add(k, k + 2, value, precision, offset);
            return k + 2;
        }

        /// <summary>[part of day] اليوم|أمس|أول أمس|غدا|الليلة [الماضية], or a part of the day before a weekday.</summary>
        private int TryDayWord(int k)
        {
            int j = k;
            string? part = null;
            if (Rel(j, "part") is { } p && (IsDayWordAt(j + 1) || WeekdayAt(j + 1) is not null || IsWordIn(j + 1, "اليوم") && WeekdayAt(j + 2) is not null))
            {
                part = p.Value;
                j++;
            }
            int days;
            int end;
            if (IsWordIn(j, "اول") && (IsWordIn(j + 1, "امس") || IsWordIn(j + 1, "من") && IsWordIn(j + 2, "امس")))
            {
                days = -2;
                end = IsWordIn(j + 1, "من") ? j + 3 : j + 2;
            }
            else if ((IsDayWordAt(j) || IsWordIn(j, "اليوم") && WeekdayAt(j + 1) is not null) && Rel(j, "day") is { } d)
            {
                days = int.Parse(d.Value, CultureInfo.InvariantCulture);
                end = j + 1;
                // اليوم الثلاثاء، أمس الاثنين: the weekday names the same day.
                if (WeekdayAt(end) is { Direction: null } same) end = same.End;
                if (IsWordIn(j, "امس") && IsWordIn(j + 1, "الاول")) { days = -2; end++; }
                if (IsWordIn(j, "الليله") && Direction(j + 1) is -1) { days = -1; end++; }
            }
            else if (part is not null && WeekdayAt(j) is { } wd)
            {
                return EmitWeekday(k, wd.End, wd.Day, wd.Direction, part);
            }
            else return -1;
            string offset = (days < 0 ? "-" : "") + "P" + Math.Abs(days) + "D";
            Add(k, end, published is DateOnly pub ? Iso(pub.AddDays(days)) : null, "day", offset, part);
            return end;
        }

        /// <summary>اليوم is "today" unless it is "the day" of an ordinal or a clause (لليوم الثالث، اليوم الذي).</summary>
        private bool IsDayWordAt(int j)
        {
            if (Rel(j, "day") is null) return false;
            if (!IsWordIn(j, "اليوم")) return true;
            if (TokenIndex.Readings(t.Norm(j)).First().Form != "اليوم" && !t.Norm(j).StartsWith("واليوم", StringComparison.Ordinal)) return false;
            return !(t.IsWord(j + 1) && (t.Norm(j + 1).StartsWith("ال", StringComparison.Ordinal) || t.Norm(j + 1) is "الذي" or "التالي"));
        }

        private int TryWeekday(int k)
        {
            if (WeekdayAt(k) is not { } wd) return -1;
            return EmitWeekday(k, wd.End, wd.Day, wd.Direction, null);
        }

        private (int Day, int? Direction, int End)? WeekdayAt(int k)
        {
            int j = k;
            bool yawm = IsWordIn(j, "يوم");
            if (yawm) j++;
            if (!t.IsWord(j) || !lex.Weekdays.TryGetValue(Strip(j), out var wd)) return null;
            int end = j + 1;
            int? dir = Direction(end);
            if (dir is not null) end++;
            bool before = k > 0 && (Rel(k - 1, "part") is not null || IsWordIn(k - 1, "اليوم", "امس", "غدا"));
            // "، الجمعة،": set off by commas, the word is the date of the event.
            // "قال X الجمعة إن"، "… الجمعة "…"": a weekday right before what was said is the day it was said.
            bool beforeStatement = t.IsQuoteMark(end) || t.IsColon(end) || t.IsWord(end) && lex.Complementizers.Contains(t.Norm(end));
            bool setOff = beforeStatement || t.IsComma(k - 1) && t.IsComma(end) || t.IsPunct(end, '.', ',', '\u060C') && !yawm && k > 0 && t.IsWord(k - 1) && t.Norm(k - 1).StartsWith("ال", StringComparison.Ordinal);
            if (wd.Strict && !yawm && dir is null && !before && !setOff) return null;
            return (wd.Day, dir, end);
        }

        private int EmitWeekday(int k, int end, int day, int? dir, string? part)
        {
            string name = DayNames[day];
            string offset = dir switch { -1 => "last " + name, 1 => "next " + name, _ => name };
            string? value = null;
            if (published is DateOnly p)
            {
                int pd = ((int)p.DayOfWeek + 6) % 7 + 1;
                int shift = dir switch
                {
                    1 => (day - pd + 7) % 7 is 0 ? 7 : (day - pd + 7) % 7,
                    -1 => -((pd - day + 7) % 7 is 0 ? 7 : (pd - day + 7) % 7),
                    _ => -((pd - day + 7) % 7),
                };
                value = Iso(p.AddDays(shift));
            }
            Add(k, end, value, "day", offset, part);
            return end;
        }

        private string Strip(int k)
        {
            foreach (var (form, _) in TokenIndex.Readings(t.Norm(k)))
                if (lex.Weekdays.ContainsKey(form)) return form;
            return t.Norm(k);
        }

        /// <summary>
        /// The year of a day and month written without one: the publication year, moved back (الماضي) or on
        /// (المقبل) past publication, or else to the year that puts the date within half a year of publication.
        /// </summary>
        private int? ResolveYear(int month, int day, int? dir, bool monthOnly = false)
        {
            if (published is not DateOnly p) return null;
            var candidate = new DateOnly(p.Year, month, Math.Min(day, DateTime.DaysInMonth(p.Year, month)));
            var reference = monthOnly ? new DateOnly(p.Year, p.Month, 1) : p;
            if (dir == -1) return candidate >= reference ? p.Year - 1 : p.Year;
            if (dir == 1) return candidate <= reference ? p.Year + 1 : p.Year;
            if (candidate > p.AddDays(183)) return p.Year - 1;
            if (candidate < p.AddDays(-183)) return p.Year + 1;
            return p.Year;
        }

        private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string IsoWeek(DateOnly d)
        {
            var dt = d.ToDateTime(TimeOnly.MinValue);
            return $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}";
        }
    }
}
