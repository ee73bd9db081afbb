/*
 * sentences: see sentences.h.
 *
 * The rules, for a terminator followed by spaces and a next word:
 *   - a lower-case next word never starts a sentence ("Yahoo! in",
 *     "“Great.” she said", "and co. at noon");
 *   - titles (Mr. Dr. Gov. Mt. St.) never end one before a word or a
 *     number; other abbreviations (Co. Inc. Jan. No. U.S. e.g.) and
 *     capital initials (J. R. R. Tolkien) end one only before a word
 *     that typically opens a sentence (The, He, It, How, ...) and never
 *     before a number (No. 5, p. 55, Jan. 12);
 *   - "I." ends a sentence after a lower-case word ("you and I.") but
 *     not after a name ("Albert I. Jones");
 *   - a number or single letter opening a sentence is list numbering
 *     ("1.", "a.", "• 9."); when a paragraph starts with such a marker,
 *     later markers of the same form start new sentences;
 *   - ellipses: "...." and "…"/"..." before a capital end a sentence,
 *     three spaced dots never do, four do, and "word. . . ." is a
 *     period followed by an ellipsis that opens the next sentence;
 *     "[...]" is an omission, never an end;
 *   - closing quotes and brackets after the stop belong to the sentence;
 *   - with no space at all, "world.Today" and "1,000.That" split, but
 *     not inside e-mail addresses and URLs, or "U.S.A", "3.5";
 *   - a sentence must hold a letter or digit: trailing punctuation
 *     stays with the sentence before it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "buf.h"
#include "sentences.h"
#include "utf8.h"
#include "words.h"
#include "xalloc.h"

#define K_ABBR		1
#define K_TITLE		2
#define K_STARTER	4

static const char *const titles[] = {
	"mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs",
	"prof", "gov", "sen", "sens", "rep", "reps", "gen", "col", "capt",
	"lt", "sgt", "maj", "adm", "cmdr", "cpl", "pvt", "rev", "hon",
	"pres", "supt", "st", "mt", "ft", "insp", "det", "atty", "amb",
	"brig", "lieut", "fr", "sr", "gens", "cdr", "msgr", "rt"
};

static const char *const abbrs[] = {
	"inc", "co", "corp", "ltd", "llc", "plc", "bros", "jr", "esq", "etc",
	"vs", "v", "al", "no", "nos", "nr", "fig", "figs", "p", "pp", "vol",
	"vols", "ch", "chap", "sec", "art", "dept", "div", "est", "approx",
	"ca", "cf", "viz", "min", "max", "avg", "hr", "hrs", "mins", "sq",
	"rd", "ave", "blvd", "hwy", "univ", "assn", "intl", "natl", "govt",
	"dist", "tel", "ext", "ed", "eds", "op", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
	"tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala",
	"ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
	"ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
	"miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn",
	"tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n\xc2\xb0",
	"n\xc2\xba", "ibid", "seq", "cit", "ref", "refs", "dir", "mgr",
	"admin", "asst", "assoc", "ct", "ln", "mfg", "pct", "yr", "yrs",
	"wk", "wks", "mos", "pts", "lb", "lbs", "oz", "gal", "cu", "doz"
};

/* Words that typically open a sentence; "U.S. How" splits, "U.S. Army" not. */
static const char *const starters[] = {
	"the", "a", "an", "this", "that", "these", "those", "he", "she", "it",
	"they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
	"your", "there", "here", "but", "and", "or", "so", "yet", "if",
	"when", "while", "after", "before", "in", "on", "at", "for", "from",
	"with", "as", "by", "to", "what", "who", "why", "how", "where",
	"which", "many", "some", "most", "all", "no", "not", "one", "however",
	"meanwhile", "still", "also", "then", "now", "today", "yesterday",
	"last", "earlier", "later", "according", "both", "each", "every",
	"other", "such", "since", "although", "though", "because", "during",
	"despite", "instead", "under", "over", "about", "more", "few", "do",
	"does", "did", "is", "are", "was", "were", "will", "would", "can",
	"could", "should", "may", "might", "let", "nor", "once", "unlike",
	"like", "even", "only", "just", "next", "first", "asked", "said",
	"nobody", "none", "everyone", "everybody", "someone", "somebody",
	"anyone", "nothing", "something", "everything", "yes", "well", "oh",
	"thus", "therefore", "indeed", "again", "otherwise", "besides",
	"perhaps", "maybe", "sometimes", "often", "never", "always", "until",
	"unless", "whether", "whatever", "whoever", "whose", "whom", "every",
	"neither", "either", "much", "another", "any", "several", "two",
	"three", "four", "five", "six", "seven", "eight", "nine", "ten"
};

/* Words longer than this are no abbreviation (nor in the lists). */
#define ABBR_MAXLEN	31

static void
add_word(struct ss_abbr *a, const char *w, size_t n, int kind)
{
	if (n == 0 || n > ABBR_MAXLEN || memchr(w, '\0', n) != NULL)
		return;
	words_add_val(&a->words, w, n, (uint64_t)kind);
}

static int
lookup(const struct ss_abbr *a, const char *w, size_t n)
{
	char f[WORDS_MAXLEN];

	if (n == 0 || n > ABBR_MAXLEN)
		return 0;
	return (int)words_get(&a->words, f, words_fold(w, n, f));
}

void
ss_init(struct ss_abbr *a)
{
	size_t i;

	memset(a, 0, sizeof(*a));
	for (i = 0; i < sizeof(titles) / sizeof(titles[0]); i++)
		add_word(a, titles[i], strlen(titles[i]), K_TITLE);
	for (i = 0; i < sizeof(abbrs) / sizeof(abbrs[0]); i++)
		add_word(a, abbrs[i], strlen(abbrs[i]), K_ABBR);
	for (i = 0; i < sizeof(starters) / sizeof(starters[0]); i++)
		add_word(a, starters[i], strlen(starters[i]), K_STARTER);
}

int
ss_load(struct ss_abbr *a, const char *path)
{
	FILE *fp;
	char *line = NULL, *p, *e;
	size_t cap = 0;
	ssize_t n;
	int saved;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while ((n = getline(&line, &cap, fp)) > 0) {
		p = line;
		e = line + n;
		if ((p = memchr(line, '#', (size_t)n)) != NULL)
			e = p;
		p = line;
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (e > p && (e[-1] == '\n' || e[-1] == '\r' ||
		    e[-1] == ' ' || e[-1] == '\t' || e[-1] == '.'))
			e--;
		add_word(a, p, (size_t)(e - p), K_ABBR);
	}
	saved = errno;
	free(line);
	if (ferror(fp)) {
		fclose(fp);
		errno = saved ? saved : EIO;
		return -1;
	}
	fclose(fp);
	return 0;
}

void
ss_free(struct ss_abbr *a)
{
	words_free(&a->words);
}

/* List numbering: an optional bullet, a number or letter, ".", ".)" or ")". */
struct marker {
	int	bullet;
	int	alpha;
	int	punct;
};

struct scan {
	const char		*s;
	size_t			 len;
	const struct ss_abbr	*ab;
	struct buf		*out;
	size_t			 sent;		/* current sentence starts here */
	size_t			 tok;		/* current token starts here */
	size_t			 ptok, ptokend;	/* the token before it */
	size_t			 alnum;		/* 1 + last letter or digit seen */
	size_t			 tokalnum;	/* alnum when the token began */
	size_t			 addr_tok;	/* 1 + token in_address() read */
	size_t			 addr_seen;	/* how far it read */
	int			 addr;		/* it holds @ or :// */
	size_t			 wb_from, wb;	/* word_before() of a token */
	size_t			 lastalnum;	/* 1 + last one in the paragraph */
	size_t			 nsent;
	int			 list;		/* the paragraph is a list */
	struct marker		 style;
};

static int
is_space(int c)
{
	return c == ' ' || c == '\t';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The character at i: its code point, and its length in *n. */
static int32_t
char_at(const struct scan *sc, size_t i, size_t *n)
{
	int32_t cp;
	size_t k;

	if (i >= sc->len) {
		if (n != NULL)
			*n = 0;
		return -1;
	}
	k = utf8_decode(sc->s + i, sc->s + sc->len, &cp);
	if (n != NULL)
		*n = k;
	return cp;
}

static int
is_opener(int32_t cp)
{
	return cp == '(' || cp == '[' || cp == '"' || cp == '\'' ||
	    cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x00BF ||
	    cp == 0x00A1 || cp == 0x2039 || cp == 0x201E;
}

static int
is_closer(int32_t cp)
{
	return cp == ')' || cp == ']' || cp == '"' || cp == '\'' ||
	    cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A;
}

static int
is_bullet(int32_t cp)
{
	return cp == 0x2022 || cp == 0x2043 || cp == 0x00B7 || cp == '-' ||
	    cp == '*' || cp == 0x25AA || cp == 0x25CF;
}

/* A list marker at i; *end is set past it (before the space). */
static int
parse_marker(const struct scan *sc, size_t i, struct marker *m, size_t *end)
{
	const char *s = sc->s;
	size_t n, q;
	int32_t cp;

	memset(m, 0, sizeof(*m));
	cp = char_at(sc, i, &n);
	if (is_bullet(cp)) {
		m->bullet = 1;
		i += n;
		while (i < sc->len && is_space(s[i]))
			i++;
	}
	q = i;
	while (q < sc->len && is_digit(s[q]) && q - i < 4)
		q++;
	if (q == i) {
		if (i + 1 >= sc->len || !is_alpha(s[i]) || is_alpha(s[i + 1]))
			return 0;
		m->alpha = 1;
		q = i + 1;
	} else if (q - i > 3)
		return 0;
	if (q < sc->len && s[q] == '.') {
		m->punct = q + 1 < sc->len && s[q + 1] == ')' ? 2 : 1;
		q += m->punct;
	} else if (q < sc->len && s[q] == ')') {
		m->punct = 3;
		q++;
	} else
		return 0;
	if (q >= sc->len || !is_space(s[q]))
		return 0;
	*end = q;
	return 1;
}

static void
emit(struct scan *sc, size_t end, size_t next)
{
	buf_add(sc->out, sc->s + sc->sent, end - sc->sent);
	buf_addc(sc->out, '\n');
	sc->sent = next;
	sc->nsent++;
}

/*
 * Split at [end, next) if both sides hold a letter or digit; the joint
 * holds only spaces and tabs.
 */
static void
boundary(struct scan *sc, size_t end, size_t next)
{
	if (end <= sc->sent || sc->alnum <= sc->sent || sc->lastalnum <= next)
		return;
	emit(sc, end, next);
}

/* The next word at n: what it starts with, and its letters. */
struct word {
	size_t	at, len;	/* letters (ASCII or not) after any opener */
	int	opener;
	int32_t	first;
};

static void
next_word(const struct scan *sc, size_t n, struct word *w)
{
	size_t k, i;
	int32_t cp;

	memset(w, 0, sizeof(*w));
	cp = char_at(sc, n, &k);
	while (k > 0 && is_opener(cp) && !is_space(sc->s[n])) {
		w->opener = 1;
		n += k;
		cp = char_at(sc, n, &k);
	}
	w->at = n;
	w->first = cp;
	for (i = n; i < sc->len && (cp = char_at(sc, i, &k)) >= 0 &&
	    utf8_isalpha(cp) && i - n < 32; i += k)
		;
	w->len = i - n;
}

static int
starter(const struct scan *sc, const struct word *w)
{
	if (w->opener)
		return 1;
	return utf8_isupper(w->first) &&
	    (lookup(sc->ab, sc->s + w->at, w->len) & K_STARTER);
}

/* "U.S", "e.g", "Ph.D": short letter groups joined by periods. */
static int
multi_period(const char *w, size_t n)
{
	size_t i, run = 0, dots = 0;

	for (i = 0; i < n; i++) {
		if (is_alpha(w[i])) {
			if (++run > 3)
				return 0;
		} else if (w[i] == '.' && run > 0) {
			run = 0;
			dots++;
		} else
			return 0;
	}
	return dots > 0 && run > 0;
}

/* The word before the stop: the token without its opening quotes. */
static void
word_before(struct scan *sc, size_t stop, size_t *wb)
{
	size_t i = sc->tok > sc->sent ? sc->tok : sc->sent, k;
	int32_t cp;

	/* Remembered per token: a token of many stops is read once. */
	if (sc->wb_from == i + 1 && sc->wb <= stop) {
		*wb = sc->wb;
		return;
	}
	sc->wb_from = i + 1;
	while (i < stop && (cp = char_at(sc, i, &k)) >= 0 &&
	    (is_opener(cp) || is_bullet(cp)))
		i += k;
	*wb = sc->wb = i;
}

static int
prev_token_lower(const struct scan *sc)
{
	size_t i = sc->ptok, k;
	int32_t cp;

	if (sc->ptokend <= sc->ptok || sc->ptokend > sc->tok)
		return 0;
	/* Past its opening quotes: a bounded walk, the token is behind us. */
	while ((cp = char_at(sc, i, &k)) >= 0 && is_opener(cp) &&
	    i + k < sc->ptokend)
		i += k;
	return utf8_islower(cp);
}

/* A single '.' after word [wb, stop), next word w: does it end? */
static int
period_ends(const struct scan *sc, size_t wb, size_t stop,
    const struct word *w)
{
	const char *word = sc->s + wb;
	size_t n = stop - wb, i;
	int kind, alldig = n > 0;

	if (utf8_islower(w->first) && !w->opener)
		return 0;
	for (i = 0; i < n; i++)
		alldig &= is_digit(word[i]);
	/* List numbering opening the sentence: "1.", "a.", "• 9." */
	if ((alldig || (n == 1 && is_alpha(word[0]))) && n <= 3 &&
	    sc->tokalnum <= sc->sent)
		return 0;
	kind = lookup(sc->ab, word, n);
	if (is_digit(w->first) && (kind || n == 1 || multi_period(word, n)))
		return 0;
	if (kind & K_TITLE)
		return 0;
	if (n == 1 && word[0] == 'I')
		return prev_token_lower(sc) || starter(sc, w);
	if (n == 1 && is_alpha(word[0]))
		return starter(sc, w);
	/*
	 * Times: capital A.M. or P.M. before a capitalised word ends the
	 * sentence, small a.m. or p.m. before a name does not, the usual
	 * convention of rule sets for English ("at 6 P.M. Mr. Smith left").
	 */
	if (n == 3 && (word[0] == 'A' || word[0] == 'P') && word[1] == '.' &&
	    word[2] == 'M')
		return utf8_isupper(w->first) || w->opener;
	if ((kind & K_ABBR) || multi_period(word, n))
		return starter(sc, w);
	return 1;
}

/*
 * A URL or e-mail address: no sentence ends inside.  What has been
 * looked at of the current token is remembered, so that a token with
 * many stops is read once.
 */
static int
in_address(struct scan *sc)
{
	size_t i;

	if (sc->addr_tok != sc->tok + 1) {
		sc->addr_tok = sc->tok + 1;
		sc->addr_seen = sc->tok;
		sc->addr = sc->len - sc->tok >= 4 &&
		    memcmp(sc->s + sc->tok, "www.", 4) == 0;
	}
	/* To the end of the token: "Jane.Doe@example.com" has its @ after. */
	for (i = sc->addr_seen; i < sc->len && !is_space(sc->s[i]) &&
	    !sc->addr; i++)
		if (sc->s[i] == '@' || (sc->s[i] == ':' && i + 2 < sc->len &&
		    sc->s[i + 1] == '/' && sc->s[i + 2] == '/'))
			sc->addr = 1;
	sc->addr_seen = i;
	return sc->addr;
}

/*
 * No space after the stop: "world.Today", "1,000.That".  The letters
 * before the stop must be a word of two or more (not "U.S.A"), the next
 * a capital then a small letter.
 */
static int
glued_ends(struct scan *sc, size_t stop, size_t k)
{
	size_t b = stop;
	int32_t a, c;

	while (b > sc->tok && (is_alpha(sc->s[b - 1]) || is_digit(sc->s[b - 1]) ||
	    sc->s[b - 1] == ','))
		b--;
	if (stop - b < 2 || k + 1 >= sc->len)
		return 0;
	a = (unsigned char)sc->s[k];
	c = (unsigned char)sc->s[k + 1];
	if (!(a >= 'A' && a <= 'Z') || !(c >= 'a' && c <= 'z'))
		return 0;
	if (!is_digit(sc->s[stop - 1]) && !(sc->s[stop - 1] >= 'a' &&
	    sc->s[stop - 1] <= 'z'))
		return 0;
	if (lookup(sc->ab, sc->s + b, stop - b) & (K_TITLE | K_ABBR))
		return 0;
	/* The whole token, to its end: bounded by the scan moving on. */
	return !in_address(sc);
}

static size_t
skip_closers(const struct scan *sc, size_t k)
{
	int32_t cp;
	size_t n;

	while ((cp = char_at(sc, k, &n)) >= 0 && is_closer(cp))
		k += n;
	return k;
}

/*
 * The stop at i ('.', '?', '!', an ellipsis).  Returns where the scan
 * goes on.
 */
static size_t
terminator(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t j = i, k, n, wb, spaced = 1, end;
	int dots = 0, ellipsis = 0, bang = 0, bracket;
	struct word w;

	bracket = i > 0 && s[i - 1] == '[';
	while (j < sc->len) {
		if (s[j] == '.') {
			dots++;
			j++;
		} else if (s[j] == '?' || s[j] == '!') {
			bang = 1;
			j++;
		} else if (j + 2 < sc->len && memcmp(s + j, "\xE2\x80\xA6", 3) == 0) {
			ellipsis = 1;
			j += 3;
		} else
			break;
	}
	/* Spaced dots: ". . ." */
	if (dots == 1 && !bang && !ellipsis)
		while (j + 1 < sc->len && s[j] == ' ' && s[j + 1] == '.' &&
		    (j + 2 >= sc->len || s[j + 2] != '.')) {
			spaced++;
			j += 2;
		}
	k = skip_closers(sc, j);
	if (k < sc->len && !is_space(s[k])) {
		if (k == j && dots + bang == 1 && !ellipsis && glued_ends(sc, i, k))
			boundary(sc, k, k);
		return k > j ? k : j;
	}
	if (k >= sc->len || bracket)
		return k;
	for (n = k; n < sc->len && is_space(s[n]); n++)
		;
	if (n >= sc->len)
		return k;
	next_word(sc, n, &w);
	if (utf8_islower(w.first) && !w.opener)
		return k;
	end = k;
	if (spaced >= 3) {
		if (spaced == 3)
			return k;
		if (i > 0 && !is_space(s[i - 1])) {
			/* "word. . . . The": the period ends, the dots open. */
			if (utf8_isupper(w.first) || w.opener)
				boundary(sc, i + 1, i + 2);
			return k;
		}
	} else if (dots >= 2 || ellipsis) {
		if (!utf8_isupper(w.first) && !w.opener)
			return k;
	} else if (!bang) {
		word_before(sc, i, &wb);
		if (!period_ends(sc, wb, i, &w))
			return k;
	}
	boundary(sc, end, n);
	return k;
}

/* Spaces at ws..n: a list marker at n starts a new item. */
static void
list_item(struct scan *sc, size_t ws, size_t n)
{
	struct marker m;
	size_t end;

	if (!parse_marker(sc, n, &m, &end))
		return;
	if (m.alpha != sc->style.alpha || m.punct != sc->style.punct ||
	    m.bullet != sc->style.bullet)
		return;
	boundary(sc, ws, n);
}

static size_t
last_alnum(const char *s, size_t len)
{
	size_t i = len;

	while (i > 0) {
		i--;
		if (is_alpha(s[i]) || is_digit(s[i]) || (unsigned char)s[i] >= 0x80)
			return i + 1;
	}
	return 0;
}

/* Byte classes for the main loop, so that a word costs a load a byte. */
enum { B_OTHER, B_ALNUM, B_SPACE, B_STOP, B_HIGH };
static unsigned char byte_class[256];

static void
classes_init(void)
{
	int c;

	for (c = 0; c < 256; c++)
		byte_class[c] = c >= 0x80 ? B_HIGH : is_alpha(c) || is_digit(c) ?
		    B_ALNUM : is_space(c) ? B_SPACE : c == '.' || c == '?' ||
		    c == '!' ? B_STOP : B_OTHER;
}

/*
 * Skip letters, digits and punctuation other than stops, up to the next
 * space, stop or non-ASCII byte, sixteen bytes at a time where SSE2 is
 * there; note that letters or digits were seen.
 */
static size_t
skip_word(struct scan *sc, const unsigned char *u, size_t i)
{
	size_t from = i, j;
#ifdef __SSE2__
	const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
	const __m128i dot = _mm_set1_epi8('.'), q = _mm_set1_epi8('?');
	const __m128i bang = _mm_set1_epi8('!');
	__m128i v, hit;
	unsigned m;

	while (sc->len - i >= 16) {
		v = _mm_loadu_si128((const __m128i *)(u + i));
		hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sp),
		    _mm_cmpeq_epi8(v, tab)), _mm_or_si128(_mm_cmpeq_epi8(v, dot),
		    _mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, bang))));
		m = (unsigned)(_mm_movemask_epi8(hit) | _mm_movemask_epi8(v));
		if (m != 0) {
			i += (size_t)__builtin_ctz(m);
			goto found;
		}
		i += 16;
	}
#endif
	while (i < sc->len && byte_class[u[i]] <= B_ALNUM)
		i++;
#ifdef __SSE2__
found:
#endif
	/*
	 * Only whether a sentence holds a letter or digit matters, and a
	 * sentence never starts inside a skipped stretch: its end will do
	 * when it starts with one.
	 */
	if (byte_class[u[from]] == B_ALNUM) {
		sc->alnum = i;
		return i;
	}
	for (j = i; j > from; j--)
		if (byte_class[u[j - 1]] == B_ALNUM) {
			sc->alnum = j;
			break;
		}
	return i;
}

/* The paragraph opens with list numbering: later items split too. */
static void
find_list(struct scan *sc)
{
	size_t i = 0, k, end;

	while (i < sc->len && is_space(sc->s[i]))
		i++;
	sc->list = parse_marker(sc, i, &sc->style, &end);
	if (sc->list && sc->style.alpha) {
		/* Letters: only a list that starts at "a". */
		k = end - (sc->style.punct == 2 ? 2 : 1) - 1;
		if ((sc->s[k] | 0x20) != 'a')
			sc->list = 0;
	}
}

/* Spaces from i: a token ends, another starts. */
static size_t
spaces(struct scan *sc, size_t i)
{
	size_t ws = i;

	while (i < sc->len && is_space(sc->s[i]))
		i++;
	if (sc->tok < ws) {
		sc->ptok = sc->tok;
		sc->ptokend = ws;
	}
	sc->tok = i;
	sc->tokalnum = sc->alnum;
	if (sc->list && i < sc->len)
		list_item(sc, ws, i);
	return i;
}

size_t
ss_split(const struct ss_abbr *ab, const char *s, size_t len,
    struct buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	struct scan sc;
	size_t i = 0;
	int32_t cp;

	if (len == 0)
		return 1;
	if (byte_class['a'] != B_ALNUM)
		classes_init();
	memset(&sc, 0, sizeof(sc));
	sc.s = s;
	sc.len = len;
	sc.ab = ab;
	sc.out = out;
	sc.lastalnum = last_alnum(s, len);
	find_list(&sc);
	while (i < len) {
		switch (byte_class[u[i]]) {
		case B_ALNUM:
		case B_OTHER:
			i = skip_word(&sc, u, i);
			break;
		case B_SPACE:
			i = spaces(&sc, i);
			break;
		case B_STOP:
			i = terminator(&sc, i);
			break;
		default:
			if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
			    u[i + 2] == 0xA6) {
				i = terminator(&sc, i);
				break;
			}
			i += utf8_decode(s + i, s + len, &cp);
			if (cp >= 0 && (utf8_isalpha(cp) || utf8_isdigit(cp)))
				sc.alnum = i;
		}
	}
	buf_add(out, s + sc.sent, len - sc.sent);
	return sc.nsent + 1;
}
