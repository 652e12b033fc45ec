using Marsad.Analysis.Documents;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Lexicons;

namespace Marsad.Extraction.Quotes;

/// <summary>
/// Finds attributed speech: a speech verb, its speaker and what follows — أن/إن (reported), a colon or a
/// «quotation» (direct); participles (مشيرا، معتبرا) that take the speaker of the statement before; relayed
/// speech (نقلت وكالة X عن Y قوله إن); a speaker phrase ending in a colon with no verb (the headline's
/// "المتحدث باسم الجيش: …"); and a quotation followed by "، قال X". Speakers resolve to the article's
/// entities where the phrase names one and are otherwise kept as written.
/// </summary>
public sealed class QuoteExtractor
{
    private const int MaxSpeakerTokens = 30;
    private const int MaxColonSpeakerTokens = 7;
    /// <summary>A «» span of this many words or fewer inside a speaker phrase is a name (لوكالة «نوفا»), not a quotation.</summary>
    private const int MaxQuotedNameTokens = 4;
    /// <summary>How far back a participle or a pronoun subject looks for the statement whose speaker it takes.</summary>
    private const int MaxInheritSentences = 2;

    private readonly ExtractionLexicon _lexicon;

    public QuoteExtractor(ExtractionLexicon? lexicon = null) => _lexicon = lexicon ?? ExtractionLexicon.Default;

    public IReadOnlyList<Quote> Extract(Document doc, EntityTable entities) =>
        new Run(new TokenIndex(doc), new WordClasses(new TokenIndex(doc), _lexicon), entities).Extract();

    private sealed class Run(TokenIndex t, WordClasses w, EntityTable entities)
    {
        private readonly List<(Quote Quote, int CueToken)> _quotes = [];

        public List<Quote> Extract()
        {
            for (int k = 0; k < t.Count; k++)
            {
                if (InsideDirect(t[k].Start)) continue;
                if (w.IsRelayVerb(k) && TryRelay(k)) continue;
                if (w.IsSpeechVerb(k, out _, out bool participle))
                {
                    if (participle) TryParticiple(k);
                    else TryVerb(k);
                }
                else if (t.IsColon(k)) TryColon(k);
            }
            return _quotes.Select(q => q.Quote).OrderBy(q => q.Start).ToList();
        }

        private bool InsideDirect(int pos) => _quotes.Any(q => q.Quote.Kind == QuoteKind.Direct && pos >= q.Quote.Start && pos < q.Quote.End);

        // ---- speech verbs ----

        private void TryVerb(int k)
        {
            int end = t.SentenceEnd(k);
            // وتابع قائلا: …، وأضاف مؤكدا أن …: the participle belongs to the cue; the speaker comes from before.
            int s = w.IsSpeechVerb(k + 1, out _, out bool participleNext) && participleNext ? k + 2 : k + 1;
            int j = s;
            for (; j < end && j - k <= MaxSpeakerTokens; j++)
            {
                if (w.IsComplementizer(j))
                {
                    // يذكر أن، يقال إن: a present verb with no subject is impersonal, nobody's statement.
                    if (j == s && IsPresent(k)) return;
                    EmitAfterComplementizer(k, s, TrimSpeaker(s, j), j, Cue(k));
                    return;
                }
                if (t.IsColon(j)) { EmitDirectAfter(k, s, TrimSpeaker(s, j), j + 1, Cue(k)); return; }
                // A quotation long enough to be no name, or one that closes the sentence ("قال رئيس الاتحاد "سنرى ما يمكننا فعله"").
                if (t.IsOpenQuote(j) && QuotationEnd(j) is int close && (close - j - 1 > MaxQuotedNameTokens || close >= end - 2))
                {
                    // وقالت «غرفة العمليات المركزية في الجنوب» إن: a quoted name followed by إن is the speaker.
                    if (w.IsComplementizer(close + 1) && j == s) { j = close; continue; }
                    EmitDirect(k, s, TrimSpeaker(s, j), j, close, Cue(k));
                    return;
                }
                // "كما نقلت عنه الوكالات": an aside naming the channel, not a new statement.
                if (j > s && w.IsSpeechVerb(j) && !(t.IsWord(j - 1) && t.Norm(j - 1) is "كما" or "حسبما" or "ما")) return;
            }
            // «…»، قال X: the quotation stands before its verb.
            int before = k - 1;
            if (t.IsComma(before)) before--;
            if (QuotationStart(before) is int open && before - open - 1 > MaxQuotedNameTokens)
            {
                int sEnd = k + 1;
                while (sEnd < end && !t.IsBreak(sEnd)) sEnd++;
                Add(new Quote(t[open + 1].Start, t[before - 1].End, t.Text(t[open + 1].Start, t[before - 1].End), QuoteKind.Direct, Cue(k),
                    Speaker(k + 1, TrimSpeaker(k + 1, sEnd), k), Via(k + 1, sEnd)), k);
            }
        }

        private void TryParticiple(int k)
        {
            int end = t.SentenceEnd(k);
            int j = k + 1;
            if (j < end && t.IsWord(j) && t.Norm(j) is "الي" or "علي" or "من") j++;
            if (w.IsComplementizer(j)) EmitAfterComplementizer(k, k + 1, k + 1, j, Cue(k));
            else if (t.IsColon(j)) EmitDirectAfter(k, k + 1, k + 1, j + 1, Cue(k));
            else if (t.IsOpenQuote(j) && QuotationEnd(j) is int close) EmitDirect(k, k + 1, k + 1, j, close, Cue(k));
        }

        /// <summary>نقلت وكالة X عن Y (قوله|قولهم)? إن …: Y speaks, X is the channel.</summary>
        private bool TryRelay(int k)
        {
            int end = t.SentenceEnd(k);
            int an = -1;
            for (int j = k + 1; j < end && j - k < 12; j++)
                if (t.IsWord(j) && t.Norm(j) == "عن") { an = j; break; }
            if (an < 0) return false;
            for (int j = an + 1; j < end && j - an <= MaxSpeakerTokens; j++)
            {
                bool sayNoun = t.IsWord(j) && t.Norm(j).StartsWith("قول", StringComparison.Ordinal) && w.IsSpeechVerb(j);
                if (!sayNoun && !w.IsComplementizer(j) && !t.IsColon(j)) continue;
                var via = new TextSpan(t[k + 1].Start, t[an - 1].End, t.Text(t[k + 1].Start, t[an - 1].End));
                int speakerEnd = TrimSpeaker(an + 1, j);
                var cue = sayNoun ? Cue(j) : Cue(k);
                int c = sayNoun ? j + 1 : j;
                if (sayNoun && (t.IsWord(c) && t.Norm(c) is "الي" || t.IsComma(c))) c++;
                if (w.IsComplementizer(c)) EmitAfterComplementizer(k, an + 1, speakerEnd, c, cue, via);
                else if (t.IsColon(c)) EmitDirectAfter(k, an + 1, speakerEnd, c + 1, cue, via);
                else if (t.IsOpenQuote(c) && QuotationEnd(c) is int close) EmitDirect(k, an + 1, speakerEnd, c, close, cue, via);
                else return false;
                return true;
            }
            return false;
        }

        /// <summary>A speaker phrase ending in a colon with no verb: "المتحدث باسم الجيش: …".</summary>
        private void TryColon(int c)
        {
            int s = t.SentenceStart(c);
            for (int j = c - 1; j >= s; j--)
                if (t.IsBreak(j) || w.IsSpeechVerb(j) || !t.IsWord(j) && !t.IsQuoteMark(j)) { s = j + 1; break; }
            if (c - s < 1 || c - s > MaxColonSpeakerTokens) return;
            bool quotedName = t.IsOpenQuote(s) && QuotationEnd(s) == c - 1;
            bool speakerLike = quotedName || w.IsRoleHead(s) || w.TitleLength(s) > 0 || w.IsDescribedSource(s)
                || entities.Within(t[s].Start, t[c - 1].End).Any(m => m.Type is EntityTypes.Person or EntityTypes.Organization);
            if (!speakerLike) return;
            EmitDirectAfter(c, s, c, c + 1, Cue(c));
        }

        // ---- content ----

        private void EmitAfterComplementizer(int cueToken, int speakerFrom, int speakerTo, int comp, TextSpan cue, TextSpan? via = null)
        {
            int from = comp + 1;
            int end = ContentEnd(from);
            if (end <= from) return;
            // A quotation that is the whole content is a quotation however short ("أن «العمل لن يتوقف»").
            if (QuotationEnd(from) is int whole && whole >= end - 2)
            {
                EmitDirect(cueToken, speakerFrom, speakerTo, from, whole, cue, via);
                return;
            }
            // إنه يجب «وقف …»: a quotation opening soon after أن and running to the end makes the statement direct;
            // the content still starts after أن.
            var kind = QuoteKind.Indirect;
            for (int q = from; q < Math.Min(end, from + 3); q++)
                if (QuotationEnd(q) is int close && close >= end - 2 && close - q - 1 > MaxQuotedNameTokens) kind = QuoteKind.Direct;
            AddContent(from, end, kind, cueToken, speakerFrom, speakerTo, cue, via);
        }

        private void EmitDirectAfter(int cueToken, int speakerFrom, int speakerTo, int from, TextSpan cue, TextSpan? via = null)
        {
            if (t.IsOpenQuote(from) && QuotationEnd(from) is int close) { EmitDirect(cueToken, speakerFrom, speakerTo, from, close, cue, via); return; }
            int end = ContentEnd(from, stopAtEllipsis: true);
            if (end > from) AddContent(from, end, QuoteKind.Direct, cueToken, speakerFrom, speakerTo, cue, via);
        }

        private void EmitDirect(int cueToken, int speakerFrom, int speakerTo, int open, int close, TextSpan cue, TextSpan? via = null)
        {
            if (close <= open + 1) return;
            AddContent(open + 1, close, QuoteKind.Direct, cueToken, speakerFrom, speakerTo, cue, via);
        }

        private void AddContent(int from, int to, QuoteKind kind, int cueToken, int speakerFrom, int speakerTo, TextSpan cue, TextSpan? via)
        {
            while (to > from && (t.IsBreak(to - 1) || t.IsQuoteMark(to - 1) && QuotationStart(to - 1) is int o && o >= from)) to--;
            // A quotation closing at the end whose opening mark lies inside the content stays whole: trim only a dangling close.
            if (to < t.Count && t.IsQuoteMark(to) && QuotationStart(to) is int open2 && open2 >= from && open2 > from) to++;
            if (to <= from) return;
            int start = t[from].Start, end = t[to - 1].End;
            var speaker = Speaker(speakerFrom, speakerTo, cueToken);
            via ??= Via(speakerTo, from);
            Add(new Quote(start, end, t.Text(start, end), kind, cue, speaker, via), cueToken);
        }

        private void Add(Quote q, int cueToken)
        {
            if (_quotes.Any(x => x.Quote.Start < q.End && q.Start < x.Quote.End)) return;
            _quotes.Add((q, cueToken));
        }

        /// <summary>Reported content runs to the sentence end, or to the next participle cue ("، مشيرا إلى أن").</summary>
        private int ContentEnd(int from, bool stopAtEllipsis = false)
        {
            int end = t.SentenceEnd(Math.Min(from, t.Count - 1));
            for (int j = from; j < end; j++)
            {
                if (stopAtEllipsis && t.IsPunct(j, '.', '!', '?', '\u061F', '\u2026')) return j;
                if (t.IsComma(j) && w.IsSpeechVerb(j + 1, out _, out bool participle) && participle) return j;
                // A new reporting clause inside the content ("… مشيرا إلى أن"، "لكنها قالت إنها") starts a statement of its own.
                if (j > from + 2 && StartsClause(j) && (w.IsComplementizer(j + 1) || t.IsColon(j + 1) || t.IsOpenQuote(j + 1)
                                                         || t.IsWord(j + 1) && t.Norm(j + 1) is "الي" or "من" && w.IsComplementizer(j + 2)))
                    return t.IsWord(j - 1) && t.Norm(j - 1).StartsWith("لكن", StringComparison.Ordinal) ? j - 1 : t.IsComma(j - 1) ? j - 1 : j;
                if (t.IsOpenQuote(j) && QuotationEnd(j) is int close) j = close;
            }
            return end;
        }

        private bool IsPresent(int k)
        {
            string n = t.Norm(k);
            if (n.Length > 3 && n[0] is 'و' or 'ف') n = n[1..];
            return n.Length > 2 && n[0] == 'ي';
        }

        /// <summary>
        /// A speech verb that opens a clause of its own: a participle, or a verb after و/ف, a comma or لكن.
        /// "بيانات … تشير إلى أنها" (data indicate) does not.
        /// </summary>
        private bool StartsClause(int j)
        {
            if (!w.IsSpeechVerb(j, out _, out bool participle)) return false;
            if (participle || t.IsComma(j - 1) || t.IsWord(j - 1) && t.Norm(j - 1).StartsWith("لكن", StringComparison.Ordinal)) return true;
            string n = t.Norm(j);
            return n[0] is 'و' or 'ف' && w.Lexicon.SpeechVerbs.TryMatch(n[1..], out _, out _);
        }

        private int? QuotationEnd(int open) => t.QuotationEnd(open);

        private int? QuotationStart(int close) => t.QuotationStart(close);

        private TextSpan Cue(int k) => new(t[k].Start, t[k].End, t[k].Text);

        // ---- speakers ----

        /// <summary>The end of the speaker proper within [from, to): before a comma or the circumstances (فى مقابلة، لوكالة، اليوم).</summary>
        private int TrimSpeaker(int from, int to)
        {
            for (int j = from; j < to; j++)
            {
                if (t.IsComma(j) || t.IsBreak(j) && !t.IsPunct(j, '.')) return j;
                if (!t.IsWord(j) || j == from) continue;
                string n = t.Norm(j);
                if (n is "في" or "فى" && w.IsStatementNoun(j + 1)) return j;
                if (n is "خلال" or "عبر" or "لدي" or "امام" or "اليوم" or "امس" or "مساء" or "صباح" or "الي" or "حسب" or "وفق" or "وفقا" or "بحسب" or "كما" or "حسبما") return j;
                // لوكالة، لقناة: a medium behind a preposition opens the circumstances.
                if (TokenIndex.Readings(n).Any(r => r.Cut > 0 && r.Form[0] != 'ا' && w.Lexicon.Channels.Contains(r.Form))) return j;
            }
            return to;
        }

        private QuoteSpeaker? Speaker(int from, int to, int cueToken)
        {
            while (to > from && (t.IsBreak(to - 1) || t.IsWord(to - 1) && t.Norm(to - 1) is "الي" or "من")) to--;
            if (to <= from) return Inherited(cueToken);
            // المتحدث باسم التحالف، العقيد الركن تركي المالكي، أن: the role's apposition names the person.
            if (t.IsComma(to) && !entities.Within(t[from].Start, t[to - 1].End).Any(m => m.Type == EntityTypes.Person))
            {
                int a = to + 1, b = a;
                while (b < t.Count && b - a < 8 && (t.IsWord(b) || t.IsQuoteMark(b)) && !w.IsComplementizer(b)) b++;
                if (b > a && entities.Within(t[a].Start, t[b - 1].End).Any(m => m.Type == EntityTypes.Person)) to = b;
            }
            int start = t[from].Start, end = t[to - 1].End;
            string text = t.Text(start, end);
            var inside = entities.Within(start, end).ToList();
            // "وأوضح المصدر": the source described before, by its head word.
            if (to == from + 1 && w.IsDescribedSource(from) && t.Norm(from).StartsWith("ال", StringComparison.Ordinal) && Earlier(cueToken, from) is { } earlier)
                return earlier;
            // مصدر مقرب من «…»، شهود عيان: a described source is kept as written even where it names an entity.
            bool described = w.IsDescribedSource(from) && !inside.Any(m => m.Type == EntityTypes.Person && !AfterMin(from, m.Start));
            if (!described)
            {
                var person = inside.FirstOrDefault(m => m.Type == EntityTypes.Person);
                if (person is not null) return new QuoteSpeaker(text, start, end, person.Canonical, person.Id);
                var org = inside.FirstOrDefault(m => m.Type == EntityTypes.Organization && m.Start <= t[from].End + 1);
                if (org is not null) return new QuoteSpeaker(text, start, end, org.Canonical, org.Id);
            }
            // "وأوضح القيادي بالجبهة": a definite role that resolves to nobody refers back to the person quoted just before.
            if (w.IsRoleHead(from) && TokenIndex.Readings(t.Norm(from)).Any(r => r.Form.StartsWith("ال", StringComparison.Ordinal))
                && Inherited(cueToken) is { Id: not null } previous && _quotes.Count > 0)
                return new QuoteSpeaker(text, start, end, previous.Canonical, previous.Id);
            return new QuoteSpeaker(text, start, end, null, null);
        }

        /// <summary>The last described speaker before the cue whose phrase opens with the same noun as token k without "ال".</summary>
        private QuoteSpeaker? Earlier(int cueToken, int k)
        {
            string head = ExtractionLexicon.Bare(t.Norm(k));
            for (int i = _quotes.Count - 1; i >= 0; i--)
            {
                var sp = _quotes[i].Quote.Speaker;
                if (_quotes[i].CueToken >= cueToken || sp is null || sp.Id is not null) continue;
                var first = t.FirstTokenEndingAfter(sp.Start);
                if (first < t.Count && TokenIndex.Readings(t.Norm(first)).Any(r => ExtractionLexicon.Bare(r.Form) == head)) return sp;
            }
            return null;
        }

        /// <summary>True when a "من" stands between token <paramref name="from"/> and position <paramref name="pos"/>: the entity is the source's affiliation.</summary>
        private bool AfterMin(int from, int pos)
        {
            for (int j = from; j < t.Count && t[j].Start < pos; j++)
                if (t.IsWord(j) && t.Norm(j) is "من" or "عن" or "لدي") return true;
            return false;
        }

        /// <summary>A participle or a verb with no written subject speaks for the speaker of the statement before it.</summary>
        private QuoteSpeaker? Inherited(int cueToken)
        {
            int sentence = t.SentenceOf(cueToken);
            int s = t.SentenceStart(cueToken);
            // "وتحدث دوترتي إلى جنود …، قائلا": a person named in the sentence before the cue is its subject,
            // unless a statement of this same sentence came first.
            var person = entities.Within(t[s].Start, t[cueToken].Start).FirstOrDefault(m => m.Type == EntityTypes.Person);
            for (int i = _quotes.Count - 1; i >= 0; i--)
            {
                var (q, qCue) = _quotes[i];
                if (qCue >= cueToken || sentence - t.SentenceOf(qCue) > MaxInheritSentences) continue;
                if (person is not null && t.SentenceOf(qCue) != sentence) break;
                return q.Speaker;
            }
            return person is null ? null : new QuoteSpeaker(person.Text, person.Start, person.End, person.Canonical, person.Id);
        }

        private bool IsDateWord(int k) => w.IsMonthOrWeekday(k) || t.Norm(k) is "يوم" or "اليوم" or "امس" or "غدا" or "مساء" or "صباح";

        /// <summary>The medium named between the speaker and the content: "لوكالة «نوفا» الإيطالية", "شبكة «سكاى نيوزعربية»".</summary>
        private TextSpan? Via(int from, int to)
        {
            for (int j = from; j < to; j++)
            {
                if (!w.IsChannel(j)) continue;
                int start = t[j].Start;
                foreach (var (form, cut) in TokenIndex.Readings(t.Norm(j)))
                    if (cut > 0 && w.Lexicon.Channels.Contains(ExtractionLexicon.Bare(form))) { start = t.OriginalOffset(j, cut); break; }
                int e = j + 1;
                if (t.IsOpenQuote(e) && QuotationEnd(e) is int close && close < to) e = close + 1;
                else while (e < to && e - j <= 3 && t.IsWord(e) && !w.IsFunction(e) && !IsDateWord(e)) e++;
                // An adjective after the name: «نوفا» الإيطالية.
                while (e < to && e - j <= 6 && t.IsWord(e) && t.Norm(e).StartsWith("ال", StringComparison.Ordinal) && !w.IsFunction(e) && !IsDateWord(e)) e++;
                return new TextSpan(start, t[e - 1].End, t.Text(start, t[e - 1].End));
            }
            return null;
        }
    }
}
