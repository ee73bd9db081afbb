# gen-corpus.awk: the generator behind scripts/gen-corpus (see there).
#
# Portable awk (mawk, gawk, busybox) in the C locale, so length() counts
# bytes.  Randomness comes from the Park-Miller generator below rather
# than rand(), whose sequence differs between awks: the same seed must give
# the same corpus everywhere.  Invalid UTF-8 is written as a marker byte
# (\001 and a letter) while a document is built, and turned into raw bytes
# (plain) or U+FFFD (JSON Lines) only when it is written out.

BEGIN {
	rng = seed % 2147483646 + 1
	load_pools(pools)
	split("January February March April May June July August September October November December", MON, " ")
	split("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.", MONAB, " ")
	split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", WDAY, " ")
	split("31 28 31 30 31 30 31 31 30 31 30 31", MDAYS, " ")
	split("one two three four five six seven eight nine ten eleven twelve", WORDNUM, " ")
	split("first second third fourth fifth sixth seventh", ORD, " ")
	LQ = "\342\200\234"; RQ = "\342\200\235"
	LSQ = "\342\200\230"; RSQ = "\342\200\231"
	DASH = "\342\200\224"; NDASH = "\342\200\223"
	NBSP = "\302\240"; ZWSP = "\342\200\213"
	make_shared_pools()
	total = 0
	ndoc = 0
	while (total < size)
		document()
	exit 0
}

# ---- random numbers ------------------------------------------------------

function rnd() {
	rng = (rng * 16807) % 2147483647
	return rng / 2147483647
}

function ri(n) {
	return int(rnd() * n)
}

function chance(p) {
	return rnd() < p
}

# ---- pools ---------------------------------------------------------------

function load_pools(file,    line, name) {
	name = ""
	while ((getline line < file) > 0) {
		if (line == "" || substr(line, 1, 1) == "#")
			continue
		if (line ~ /^\[[a-z]+\]$/) {
			name = substr(line, 2, length(line) - 2)
			NP[name] = 0
			continue
		}
		POOL[name, ++NP[name]] = line
	}
	close(file)
}

function pick(name) {
	return POOL[name, ri(NP[name]) + 1]
}

# Captions and wire paragraphs are shared by many documents, as in real
# dumps where agencies syndicate copy and photo desks reuse captions.
function make_shared_pools(    i) {
	NCAP = 300
	for (i = 1; i <= NCAP; i++) {
		new_context()
		CAP[i] = fill(pick("caption"))
	}
	NWIRE = 400
	for (i = 1; i <= NWIRE; i++) {
		new_context()
		WIRE[i] = wire_paragraph()
	}
}

# ---- template filling ----------------------------------------------------

function fill(t,    out, i, j) {
	out = ""
	while ((i = index(t, "{")) > 0) {
		j = index(t, "}")
		out = out substr(t, 1, i - 1) value(substr(t, i + 1, j - i - 1))
		t = substr(t, j + 1)
	}
	return out t
}

function person() {
	return pick("first") " " pick("last")
}

function surname(p,    n) {
	n = index(p, " ")
	return substr(p, n + 1)
}

# A person as a document mentions them: mostly its own cast, so that
# quotations can be attributed and pronouns resolved.
function doc_person(    r) {
	r = rnd()
	if (r < 0.45)
		return P1
	if (r < 0.7)
		return P2
	return person()
}

function value(k,    v) {
	if (k == "P") return doc_person()
	if (k == "P2") { v = doc_person(); return v == P1 ? P2 : P1 }
	if (k == "S") return surname(P1)
	if (k == "S2") return surname(P2)
	if (k == "ROLE") return pick("role")
	if (k == "ORG") return ORG1
	if (k == "ORG2") { do v = pick("org"); while (v == ORG1); return v }
	if (k == "CITY") return CITY1
	if (k == "COUNTRY") return COUNTRY1
	if (k == "COUNTRY2") return pick("country")
	if (k == "AG") return pick("agency")
	if (k == "OUT") return OUTNAME
	if (k == "DOMAIN") return DOMAIN
	if (k == "SECTION") return SECTION
	if (k == "TOPIC") return TOPIC1
	if (k == "THING") return pick("thing")
	if (k == "THING2") return pick("thing")
	if (k == "N" || k == "N2") return number_small()
	if (k == "NUM") return ri(900) + 2
	if (k == "BIG") return big_number()
	if (k == "BIGNUM") return (ri(30) + 1) "," sprintf("%03d", ri(1000)) "." ri(10) ri(10)
	if (k == "PCT" || k == "PCT2") return percent()
	if (k == "YEAR2") return DY + ri(10) + 1
	if (k == "DOCTITLE") return DOCTITLE
	if (k == "MONEY") return money()
	if (k == "DATE" || k == "DATE2") return date_expr()
	if (k == "DATEN") return date_noun()
	if (k == "DOCYEAR") return DY
	if (k == "DATE_LONG") return date_long()
	if (k == "DATE_ISO") return sprintf("%04d-%02d-%02d", DY, DM, DD)
	if (k == "TIME") return time_expr()
	if (k == "DAY") return WDAY[ri(7) + 1]
	if (k == "DAYNUM") return ri(28) + 1
	if (k == "MONTH") return MON[ri(12) + 1]
	if (k == "YEAR") return 1985 + ri(40)
	if (k == "SCORE") return ri(5) NDASH ri(5)
	if (k == "ORDINAL") return ORD[ri(7) + 1]
	if (k == "QUOTE") return pick("quote")
	if (k == "FRAGMENT") return pick("fragment")
	if (k == "TITLE") return fill(pick("title"))
	if (k == "HANDLE") return handle()
	v = pick(tolower(k))
	return index(v, "{") ? fill(v) : v
}

function number_small(    n) {
	n = ri(40) + 2
	if (n <= 12 && chance(0.5))
		return WORDNUM[n]
	return n
}

function big_number(    r) {
	r = ri(4)
	if (r == 0) return (ri(9) + 1) "." ri(10) " million"
	if (r == 1) return (ri(900) + 100) "," sprintf("%03d", ri(1000))
	if (r == 2) return (ri(90) + 10) "000"
	return "tens of thousands of"
}

function percent(    r) {
	r = ri(3)
	if (r == 0) return ri(20) "." ri(10) "%"
	if (r == 1) return (ri(40) + 1) " percent"
	return ri(9) "." ri(10) " per cent"
}

function money(    r) {
	r = ri(5)
	if (r == 0) return "$" (ri(9) + 1) "." ri(10) " billion"
	if (r == 1) return (ri(900) + 10) " million euros"
	if (r == 2) return "\302\243" (ri(90) + 10) "m"
	if (r == 3) return "US$" (ri(500) + 1) " million"
	return "\342\202\254" (ri(9) + 1) "." ri(10) "bn"
}

function handle(    s, i, c) {
	s = ""
	for (i = 0; i < 10; i++) {
		c = ri(36)
		s = s substr("abcdefghijklmnopqrstuvwxyz0123456789", c + 1, 1)
	}
	return s
}

# ---- dates and times -----------------------------------------------------

function set_doc_date(    dom) {
	DY = 2019 + ri(8)
	DM = ri(12) + 1
	dom = MDAYS[DM] + (DM == 2 && DY % 4 == 0)
	DD = ri(dom) + 1
	DH = ri(24); DMIN = ri(60)
}

function time_expr(    r, h) {
	r = ri(6)
	h = DH % 12; if (h == 0) h = 12
	if (r == 0) return sprintf("%02d:%02d %s", h, DMIN, DH < 12 ? "AM" : "PM")
	if (r == 1) return sprintf("%d:%02d %s", h, DMIN, DH < 12 ? "a.m." : "p.m.")
	if (r == 2) return sprintf("%02d:%02d GMT", DH, DMIN)
	if (r == 3) return sprintf("%d:%02d%s ET", h, DMIN, DH < 12 ? "am" : "pm")
	if (r == 4) return sprintf("%02dh%02d", DH, DMIN)
	return sprintf("%d.%02d%s", h, DMIN, DH < 12 ? "am" : "pm")
}

function date_long(    r) {
	r = ri(6)
	if (r == 0) return MON[DM] " " DD ", " DY
	if (r == 1) return DD " " MON[DM] " " DY
	if (r == 2) return WDAY[ri(7) + 1] " " DD " " MON[DM] " " DY
	if (r == 3) return sprintf("%04d-%02d-%02dT%02d:%02d:00Z", DY, DM, DD, DH, DMIN)
	if (r == 4) return MONAB[DM] " " DD ", " DY " " time_expr()
	return sprintf("%02d/%02d/%04d", DM, DD, DY)
}

# A date as a noun phrase, in the many spellings news pages use.
function date_noun(    r, m, d, y) {
	m = ri(12) + 1; d = ri(28) + 1; y = DY + ri(3) - 1
	r = ri(16)
	if (r == 0) return MON[m] " " d ", " y
	if (r == 1) return d " " MON[m] " " y
	if (r == 2) return sprintf("%04d-%02d-%02d", y, m, d)
	if (r == 3) return sprintf("%d/%d/%d", m, d, y)
	if (r == 4) return sprintf("%02d.%02d.%04d", d, m, y)
	if (r == 5) return MONAB[m] " " d
	if (r == 6) return WDAY[ri(7) + 1]
	if (r == 7) return WDAY[ri(7) + 1] ", " MON[m] " " d
	if (r == 8) return "the " d (d == 1 || d == 21 ? "st" : d == 2 || d == 22 ? "nd" : d == 3 || d == 23 ? "rd" : "th") " of " MON[m]
	if (r == 9) return "next month"
	if (r == 10) return "mid-" y
	if (r == 11) return "the end of " y
	if (r == 12) return MON[m] " " y
	if (r == 13) return WDAY[ri(7) + 1] " " d " " MONAB[m]
	if (r == 14) return sprintf("%04d-%02d-%02dT%02d:%02d", y, m, d, ri(24), ri(60))
	return "the spring of " y
}

# A date as an adverbial (with its preposition): absolute dates, weekdays,
# relative expressions, ranges and vague periods.
function date_expr(    r, m, d, y) {
	m = ri(12) + 1; d = ri(28) + 1; y = DY + ri(3) - 1
	r = ri(22)
	if (r < 6) return "on " date_noun()
	if (r == 6) return "last " WDAY[ri(7) + 1]
	if (r == 7) return "next " WDAY[ri(7) + 1]
	if (r == 8) return "in " MON[m]
	if (r == 9) return "in " MON[m] " " y
	if (r == 10) return "last year"
	if (r == 11) return "earlier this week"
	if (r == 12) return "yesterday"
	if (r == 13) return "by the end of " y
	if (r == 14) return WORDNUM[ri(12) + 1] " days ago"
	if (r == 15) return "within " WORDNUM[ri(12) + 1] " weeks"
	if (r == 16) return "in the third quarter of " y
	if (r == 17) return "between " MON[m] " " d " and " d + ri(3) + 1
	if (r == 18) return "in the " (1960 + 10 * ri(6)) "s"
	if (r == 19) return "on " WDAY[ri(7) + 1] " morning"
	if (r == 20) return "at " time_expr() " on " WDAY[ri(7) + 1]
	return "from " MON[m] " " y " to " MON[(m % 12) + 1] " " y
}

# ---- paragraphs ----------------------------------------------------------

function new_context(    o, f) {
	P1 = person()
	do P2 = person(); while (P2 == P1)
	ORG1 = pick("org")
	CITY1 = pick("city")
	COUNTRY1 = pick("country")
	TOPIC1 = pick("topic")
	SECTION = pick("section")
	o = pick("outlet")
	split(o, f, "|")
	OUTNAME = f[1]; DOMAIN = f[2]; TIGHT = (f[3] == "tight")
	set_doc_date()
}

function cap1(s) {
	return toupper(substr(s, 1, 1)) substr(s, 2)
}

function sentences(n,    s, i) {
	s = cap1(fill(pick("sentence")))
	for (i = 1; i < n; i++)
		s = s " " cap1(fill(pick("sentence")))
	return s
}

function wire_paragraph() {
	return toupper(CITY1) " (" pick("agency") ") " DASH " " sentences(1 + ri(3))
}

function pronoun() {
	return chance(0.5) ? "He" : "She"
}

# Quotation paragraphs: curly, straight, nested and partial quotes, the
# speaker before, after or inside, named or a pronoun.  A quotation left
# open continues in the next paragraph, as in print style.
function quote_paragraph(    r, q, q2, p, L, R) {
	q = pick("quote"); q2 = pick("quote"); p = doc_person()
	if (STRAIGHT) { L = "\""; R = "\"" } else { L = LQ; R = RQ }
	r = ri(13)
	if (r == 0) return L q "," R " said " p ", " pick("role") " at " ORG1 "."
	if (r == 1) return L q "," R " " p " " fill(pick("say")) "."
	if (r == 2) return p " said: " L q "." R
	if (r == 3) return L q "," R " " surname(p) " said. " L q2 "." R
	if (r == 4) return pronoun() " added: " L q ". " q2 "." R
	if (r == 5) return surname(p) " told " OUTNAME " that the plan was " L pick("fragment") R "."
	if (r == 6) return L q ". They called it " LSQ pick("fragment") RSQ ", and " tolower(substr(q2, 1, 1)) substr(q2, 2) "," R " said " p "."
	if (r == 7) { OPENQ = 1; return L q ". " q2 "." }
	if (r == 8) return "\"" q ",\" said " p "."
	if (r == 9) return "According to " ORG1 " " date_expr() ", \"" q ".\""
	if (r == 10) return L q R " " DASH " " p ", " pick("role")
	if (r == 11) return L q "," R " " p " said " date_expr() "."
	return "'" q ",' " surname(p) " said."
}

# A wire paragraph as this document carries it: often edited a little, as
# desks do (a changed figure, a dropped sentence, straight quotes, a
# dateline added or removed, a tense changed).
function wire_copy(    w, r, i) {
	w = WIRE[ri(NWIRE) + 1]
	if (!chance(0.6))
		return w
	r = ri(6)
	if (r == 0) { sub(/[0-9]+/, ri(99) + 1, w); return w }
	if (r == 1) { i = index(w, DASH " "); return i ? substr(w, i + 4) : w }
	if (r == 2) { sub(/ said/, " says", w); return w }
	if (r == 3) { sub(/\. [^.]*\.$/, ".", w); return w }
	if (r == 4) { gsub(/  */, " ", w); return w " (" pick("agency") ")" }
	gsub(/, /, " , ", w)
	return w
}

# ---- documents -----------------------------------------------------------

function emit(s) {
	LINES[++NL] = s
}

function document(    title, url, i, n, r, c, k) {
	new_context()
	ndoc++
	NL = 0
	STRAIGHT = chance(0.25)
	title = fill(pick("title"))
	DOCTITLE = title
	url = "https://www." DOMAIN "/" SECTION "/" DY "/" sprintf("%02d/%02d", DM, DD) "/" slug(title) "-" ndoc
	if (chance(0.7)) emit(fill(pick("nav")))
	if (chance(0.3)) emit(fill(pick("nav")))
	emit(title)
	emit(fill(pick("byline")))
	if (chance(0.6)) {
		c = CAP[ri(NCAP) + 1]
		emit(c)
		if (chance(0.5)) emit(c)
		if (chance(0.3)) emit(CAP[ri(NCAP) + 1])
	}
	n = 5 + ri(22)
	OPENQ = 0
	for (i = 1; i <= n; i++)
		body_paragraph(i, n)
	k = 1 + ri(5)
	for (i = 0; i < k; i++)
		emit(fill(pick("footer")))
	flavour()
	if (jsonl)
		write_json(url, title)
	else
		write_plain(url)
}

function body_paragraph(i, n,    r, k, j) {
	if (OPENQ) {
		OPENQ = 0
		emit((STRAIGHT ? "\"" : LQ) pick("quote") "," (STRAIGHT ? "\"" : RQ) " said " P1 ".")
		return
	}
	r = rnd()
	if (r < 0.15) emit(wire_copy())
	else if (r < 0.40) emit(quote_paragraph())
	else if (r < 0.44 && i > 2) emit(pick("subhead"))
	else if (r < 0.50 && i > 1 && i < n) {
		emit(fill(pick("sidebar")))
		k = ri(4)
		for (j = 0; j < k; j++)
			emit(fill(pick("title")))
	} else if (r < 0.53) {
		emit(fill(pick("embed")))
		if (chance(0.5)) emit(DASH " " P2 " (@" handle() ") " date_long())
	} else if (r < 0.56)
		emit(CAP[ri(NCAP) + 1])
	else
		emit(sentences(2 + ri(3)))
}

function slug(s) {
	s = tolower(s)
	gsub(/[^a-z0-9]+/, "-", s)
	gsub(/^-|-$/, "", s)
	return substr(s, 1, 60)
}

# Damage as scrapers leave it: mojibake from a double decode, stray
# spaces and invisible characters, invalid bytes from a Latin-1 page or a
# cut-off sequence.  Markers \001a..\001d stand for invalid bytes.
function flavour(    i, r, s) {
	if (chance(0.03)) {
		for (i = 1; i <= NL; i++) {
			s = LINES[i]
			gsub(RSQ, "\303\242\342\202\254\342\204\242", s)
			gsub(LQ, "\303\242\342\202\254\305\223", s)
			gsub(RQ, "\303\242\342\202\254\302\235", s)
			LINES[i] = s
		}
	}
	r = rnd()
	if (r < 0.08) {
		i = ri(NL) + 1
		LINES[i] = LINES[i] "  "
	} else if (r < 0.12) {
		i = ri(NL) + 1
		sub(/ /, NBSP, LINES[i])
	} else if (r < 0.14) {
		i = ri(NL) + 1
		sub(/ /, " " ZWSP, LINES[i])
	} else if (r < 0.15) {
		i = ri(NL) + 1
		LINES[i] = LINES[i] "\t"
	}
	if (chance(0.02)) {
		i = ri(NL) + 1
		r = ri(4)
		s = LINES[i]
		if (r == 0) sub(/e /, "\001a ", s)
		else if (r == 1) s = s " \001b"
		else if (r == 2) sub(/ /, " \001c", s)
		else s = "\001d" s
		LINES[i] = s
	}
}

function write_plain(url,    eol, i, s, blank) {
	eol = chance(0.04) ? "\r\n" : "\n"
	s = "\f" url eol
	blank = !TIGHT
	for (i = 1; i <= NL; i++) {
		s = s LINES[i] (chance(0.003) ? "\r\n" : eol)
		if (blank && i < NL)
			s = s eol
	}
	if (index(s, "\001")) {
		gsub(/\001a/, "\351", s)
		gsub(/\001b/, "\342\200", s)
		gsub(/\001c/, "\200", s)
		gsub(/\001d/, "\377\376", s)
	}
	printf "%s", s
	total += length(s)
}

function json_str(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	gsub(/\t/, "\\t", s)
	gsub(/\r/, "\\r", s)
	gsub(/\f/, "\\f", s)
	gsub(/\n/, "\\n", s)
	if (index(s, "\001"))
		gsub(/\001[a-d]/, "\\ufffd", s)
	return "\"" s "\""
}

function write_json(url, title,    s, t, i) {
	t = LINES[1]
	for (i = 2; i <= NL; i++)
		t = t "\n" LINES[i]
	s = "{\"id\":\"doc-" sprintf("%07d", ndoc) "\",\"url\":" json_str(url) \
	    ",\"outlet\":" json_str(OUTNAME) ",\"title\":" json_str(title) \
	    ",\"published\":\"" sprintf("%04d-%02d-%02dT%02d:%02d:00Z", DY, DM, DD, DH, DMIN) \
	    "\",\"text\":" json_str(t) "}\n"
	printf "%s", s
	total += length(s)
}
