/*
 * boiler_feat: the features of one paragraph, read in one pass over its
 * bytes without allocating.
 *
 * Words are runs of letters and digits (apostrophes allowed inside).
 * ASCII is read through a byte table and each ASCII word's lexicon hash
 * is computed on the way, so that one probe of the lexicon tells whether
 * the word is a stopword and which gated rules it opens; words with
 * other characters take the slow path through utf8.c and words_fold().
 */
#include <string.h>

#include "boiler.h"
#include "boiler_int.h"
#include "utf8.h"
#include "words.h"

enum { C_OTHER, C_LOWER = 1, C_UPPER = 2, C_DIGIT = 4, C_HIGH = 8, C_APOS,
	C_AT, C_COLON, C_BAR, C_GT, C_DASH };

/* Lexicon lookups stop at this length: no key or stopword is longer. */
#define LOOKUP_MAXLEN	14

static unsigned char ctab[256];	/* a character's class */
static unsigned char ftab[256];	/* its folded form, 0 if not alnum */

static void
ctab_init(void)
{
	int c;

	if (ctab['a'] == C_LOWER)
		return;
	for (c = 0; c < 256; c++)
		ctab[c] = c >= 0x80 ? C_HIGH : C_OTHER;
	for (c = 'a'; c <= 'z'; c++) {
		ctab[c] = C_LOWER;
		ftab[c] = (unsigned char)c;
		ctab[c - 32] = C_UPPER;
		ftab[c - 32] = (unsigned char)c;
	}
	for (c = '0'; c <= '9'; c++) {
		ctab[c] = C_DIGIT;
		ftab[c] = (unsigned char)c;
	}
	ctab['\''] = C_APOS;
	ctab['@'] = C_AT;
	ctab[':'] = C_COLON;
	ctab['|'] = C_BAR;
	ctab['>'] = C_GT;
	ctab['-'] = C_DASH;
}

struct word {
	const char	*s;
	size_t		 len;		/* bytes in the text */
	char		 low[WORDS_MAXLEN];	/* folded (ASCII) form */
	size_t		 n;	/* its length, may exceed low */
	int		 ascii;	/* low is the whole folded word */
	size_t		 cont;	/* UTF-8 continuation bytes */
	unsigned	 seen;		/* C_LOWER | C_UPPER | C_DIGIT */
	int32_t		 first;
};

/* The character at p (p < end) if it is a letter or digit, else -1. */
static int32_t
word_char(const char *p, const char *end, size_t *k)
{
	unsigned char c = (unsigned char)*p;
	int32_t cp;

	if (c < 0x80) {
		*k = 1;
		return ftab[c] ? c : -1;
	}
	*k = utf8_decode(p, end, &cp);
	if (cp == UTF8_INVALID || !(utf8_isalpha(cp) || utf8_isdigit(cp)))
		return -1;
	return cp;
}

/* An apostrophe (' or U+2019) with a word character after it. */
static size_t
inner_apostrophe(const char *p, const char *end)
{
	size_t n = 0, k;

	if (*p == '\'')
		n = 1;
	else if (end - p >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0)
		n = 3;
	if (n == 0 || p + n >= end)
		return 0;
	return word_char(p + n, end, &k) >= 0 ? n : 0;
}

static void
word_put(struct word *w, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++, w->n++)
		if (w->n < WORDS_MAXLEN)
			w->low[w->n] = s[i];
}

/*
 * The non-ASCII character (or apostrophe) at p inside a word: its
 * length, or 0 when the word ends here.  Apostrophes fold to "'", so
 * that "it\u2019s" and "it's" are one word; other characters are kept as
 * they are and the word takes the slow path for lookups.
 */
static size_t
word_other(struct word *w, const char *p, const char *end)
{
	int32_t cp;
	size_t k;

	if ((cp = word_char(p, end, &k)) >= 0) {
		w->ascii = 0;
		w->cont += k - 1;
		w->seen |= utf8_isupper(cp) ? C_UPPER : utf8_islower(cp) ?
		    C_LOWER : 0;
		word_put(w, p, k);
		return k;
	}
	if ((k = inner_apostrophe(p, end)) > 0) {
		word_put(w, "'", 1);
		w->cont += k - 1;
	}
	return k;
}

/* Read the word starting at p (a word character); returns its end. */
static const char *
read_word(struct word *w, const char *p, const char *end)
{
	unsigned char c, f;
	unsigned seen = 0;
	size_t k, n = 0;

	w->s = p;
	w->ascii = 1;
	w->cont = 0;
	for (;;) {
		/* The common case, kept in registers: ASCII letters, digits. */
		while (p < end && (f = ftab[c = (unsigned char)*p]) != 0) {
			if (n < WORDS_MAXLEN)
				w->low[n] = (char)f;
			n++;
			seen |= ctab[c];
			p++;
		}
		if (p >= end || (c < 0x80 && c != '\''))
			break;
		w->n = n;
		w->seen = seen;
		if ((k = word_other(w, p, end)) == 0)
			break;
		n = w->n;
		seen = w->seen;
		p += k;
	}
	w->n = n;
	w->seen = seen;
	w->len = (size_t)(p - w->s);
	return p;
}

/* The word's lexicon value: stopword bit and rule gates. */
static uint64_t
word_value(const struct words *lex, const struct word *w, uint64_t h)
{
	char low[WORDS_MAXLEN];
	size_t n;

	if (lex == NULL || w->n > LOOKUP_MAXLEN)
		return 0;
	if (w->ascii)
		return words_get_hashed(lex, h, w->low, w->n);
	if ((n = words_fold(w->s, w->len, low)) == 0)
		return 0;
	return words_get(lex, low, n);
}

/* A word in capitals right after a sentence: "... Tuesday. REUTERS". */
static int
caps_after_sentence(const struct word *w, const char *start)
{
	const char *q = w->s;

	if (w->seen != C_UPPER || w->n < 2 || q - start < 2 || q[-1] != ' ')
		return 0;
	if (strchr(".!?\"", q[-2]) != NULL && q[-2] != '\0')
		return 1;
	return q - start >= 4 && memcmp(q - 4, "\xe2\x80\x9d", 3) == 0;
}

static void
count_word(const struct boiler *b, struct boiler_para *p,
    const struct word *w, const char *start)
{
	uint64_t h, v;

	p->nchars -= (unsigned)w->cont;
	/* low is WORDS_MAXLEN bytes, a multiple of 8: padded reads stay in. */
	h = words_hash_padded(w->low, w->n < WORDS_MAXLEN ? w->n :
	    WORDS_MAXLEN);
	p->nwords++;
	p->fp = (p->fp ^ h) * 0x9e3779b97f4a7c15ULL;
	if (w->seen & C_DIGIT)
		p->ndigit++;
	if (ctab[(unsigned char)w->s[0]] == C_DIGIT)
		return;
	if (ctab[(unsigned char)w->s[0]] == C_LOWER ||
	    (w->first >= 0x80 && utf8_islower(w->first)))
		p->nlower++;
	if (b == NULL)
		return;
	v = word_value(&b->lex, w, h);
	if (v & BOILER_STOP)
		p->nstop++;
	/* Only the line's first word opens families. */
	if (w->s != start)
		v &= ~b->famgates;
	p->gates |= v & ~BOILER_STOP;
	if (caps_after_sentence(w, start))
		p->gates |= b->special[BOILER_SP_CAPS];
}

/* Characters that open gates by themselves: the copyright sign, arrows. */
static void
high_char(const struct boiler *b, struct boiler_para *p, int32_t cp)
{
	if (b == NULL)
		return;
	if (cp == 0xa9)
		p->gates |= b->special[BOILER_SP_COPY];
	else if (cp == 0x25be || cp == 0x25bc || cp == 0x2630)
		p->gates |= b->special[BOILER_SP_ARROW];
	else if (cp == 0xbb || cp == 0x203a)
		p->gates |= b->special[BOILER_SP_CRUMB];
	else if (cp == 0x2022 || cp == 0xb7)
		p->gates |= b->special[BOILER_SP_BAR];
	else if (cp == 0x2014 || cp == 0x2013)
		p->gates |= b->special[BOILER_SP_DASH];
}

/* Whether [s, end) has "//" at s (after a colon: a URL). */
static int
url_at(const char *s, const char *end)
{
	return end - s >= 2 && s[0] == '/' && s[1] == '/';
}

/* Read the words of [s, s+len) into p's counts. */
static void
scan(const struct boiler *b, const char *s, size_t len,
    struct boiler_para *p)
{
	const char *q = s, *end = s + len;
	struct word w;
	int32_t cp;
	size_t k;

	while (q < end) {
		unsigned char c = (unsigned char)*q;

		switch (ctab[c]) {
		case C_LOWER: case C_UPPER: case C_DIGIT:
			w.first = c;
			q = read_word(&w, q, end);
			count_word(b, p, &w, s);
			if (w.n == 3 && memcmp(w.low, "www", 3) == 0 &&
			    q < end && *q == '.')
				p->nlink++;
			continue;
		case C_HIGH:
			k = utf8_decode(q, end, &cp);
			if (cp != UTF8_INVALID && (utf8_isalpha(cp) ||
			    utf8_isdigit(cp))) {
				w.first = cp;
				q = read_word(&w, q, end);
				count_word(b, p, &w, s);
				continue;
			}
			p->nchars -= (unsigned)(k - 1);
			high_char(b, p, cp);
			q += k;
			continue;
		case C_AT:
			p->nlink++;
			break;
		case C_COLON:
			if (url_at(q + 1, end))
				p->nlink++;
			break;
		case C_BAR:
			if (b != NULL)
				p->gates |= b->special[BOILER_SP_BAR];
			break;
		case C_GT:
			if (b != NULL)
				p->gates |= b->special[BOILER_SP_CRUMB];
			break;
		case C_DASH:
			/* " - " separates; a hyphen inside a word does not. */
			if (b != NULL && q > s && q[-1] == ' ' && q + 1 < end &&
			    q[1] == ' ')
				p->gates |= b->special[BOILER_SP_DASH];
			break;
		}
		q++;
	}
}

uint64_t
boiler_fp(const char *s, size_t len)
{
	struct boiler_para p;

	ctab_init();
	memset(&p, 0, sizeof(p));
	p.fp = 0;
	scan(NULL, s, len, &p);
	return p.fp;
}

int
boiler_next_word(const char **pp, const char *end, const char **ws,
    size_t *wl, int32_t *first)
{
	const char *p = *pp;
	struct word w;
	int32_t cp = -1;
	size_t k = 1;

	ctab_init();
	while (p < end && (cp = word_char(p, end, &k)) < 0)
		p += k;
	if (p >= end)
		return 0;
	w.first = cp;
	*pp = read_word(&w, p, end);
	*ws = w.s;
	*wl = w.len;
	*first = cp;
	return 1;
}

static int
is_space_at(const char *p, const char *end, size_t *k)
{
	if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' ||
	    *p == '\v' || *p == '\f') {
		*k = 1;
		return 1;
	}
	if (end - p >= 2 && (unsigned char)p[0] == 0xc2 &&
	    (unsigned char)p[1] == 0xa0) {
		*k = 2;
		return 1;
	}
	return 0;
}

/* A list bullet: * \u2022 \u25aa \u25ba \u25a0 \u25e6 \u2023. */
static int
is_bullet_at(const char *p, const char *end, size_t *k)
{
	static const char *const bullets[] = { "\xe2\x80\xa2",
	    "\xe2\x96\xaa", "\xe2\x96\xba", "\xe2\x96\xa0",
	    "\xe2\x97\xa6", "\xe2\x80\xa3", NULL };
	size_t i;

	if (*p == '*') {
		*k = 1;
		return 1;
	}
	/*
	 * Pictographs (U+1F300 to U+1FAFF) and the variation selector
	 * after them: "\U0001f4e3 For more news, follow us on ...".
	 */
	if (end - p >= 4 && (unsigned char)p[0] == 0xf0 &&
	    (unsigned char)p[1] == 0x9f &&
	    (unsigned char)p[2] >= 0x8c && (unsigned char)p[2] <= 0xab) {
		*k = 4;
		return 1;
	}
	if (end - p >= 3 && memcmp(p, "\xef\xb8\x8f", 3) == 0) {
		*k = 3;
		return 1;
	}
	for (i = 0; bullets[i] != NULL && end - p >= 3; i++)
		if (memcmp(p, bullets[i], 3) == 0) {
			*k = 3;
			return 1;
		}
	return 0;
}

/* A link number of a text browser's dump: "[12]Home". */
static int
is_ref_at(const char *p, const char *end, size_t *k)
{
	const char *q = p + 1;

	if (*p != '[')
		return 0;
	while (q < end && q - p <= 5 && *q >= '0' && *q <= '9')
		q++;
	if (q == p + 1 || q >= end || *q != ']')
		return 0;
	*k = (size_t)(q + 1 - p);
	return 1;
}

/*
 * The paragraph without white space (and no-break spaces) around it,
 * nor the bullets of a list item or a dump's link numbers in front,
 * which would hide its first word from the rules ("\u2022 Share on
 * Facebook", "[3]Share on Facebook").
 */
static void
trim(const char *s, size_t len, size_t *start, size_t *tlen)
{
	const char *p = s, *end = s + len;
	size_t k;

	while (p < end && (is_space_at(p, end, &k) || is_bullet_at(p, end,
	    &k) || is_ref_at(p, end, &k)))
		p += k;
	while (end > p) {
		if (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')
			end--;
		else if (end - p >= 2 && (unsigned char)end[-2] == 0xc2 &&
		    (unsigned char)end[-1] == 0xa0)
			end -= 2;
		else
			break;
	}
	*start = (size_t)(p - s);
	*tlen = (size_t)(end - p);
}

/*
 * The length of the text without closing quotes, brackets and spaces at
 * its end.
 */
static size_t
strip_closers(const char *s, size_t len)
{
	while (len > 0) {
		unsigned char c = (unsigned char)s[len - 1];

		if (c == '"' || c == '\'' || c == ')' || c == ']' ||
		    c == ' ') {
			len--;
		} else if (len >= 3 && (memcmp(s + len - 3,
		    "\xe2\x80\x9d", 3) == 0 || memcmp(s + len - 3,
		    "\xe2\x80\x99", 3) == 0)) {
			len -= 3;
		} else if (len >= 2 &&
		    memcmp(s + len - 2, "\xc2\xbb", 2) == 0) {
			len -= 2;
		} else
			break;
	}
	return len;
}

/*
 * Whether the text ends like a sentence: . ! ? : ; (list items) or an
 * ellipsis.
 */
static int
ends_sentence(const char *s, size_t len)
{
	len = strip_closers(s, len);
	if (len == 0)
		return 0;
	switch (s[len - 1]) {
	case '.': case '!': case '?': case ':': case ';':
		return 1;
	}
	return len >= 3 && memcmp(s + len - 3, "\xe2\x80\xa6", 3) == 0;
}

/* A credit in brackets at the end: "(AP Photo/Jane Doe)". */
static int
ends_paren(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == '.' || s[len - 1] == ' '))
		len--;
	return len > 0 && s[len - 1] == ')';
}

/*
 * Lines that start with a digit, a bracket, a dash or an @ may match
 * joined rules whatever their first word.
 */
static int
lead_char(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];

	if (ctab[c] == C_DIGIT || c == '(' || c == '[' || c == '-' ||
	    c == '@' || c == '/')
		return 1;
	return len >= 3 && (memcmp(s, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(s, "\xe2\x80\x93", 3) == 0);
}

void
boiler_features(const struct boiler *b, const char *text, size_t len,
    struct boiler_para *p)
{
	const char *s;

	ctab_init();
	trim(text, len, &p->tstart, &p->tlen);
	s = text + p->tstart;
	p->nwords = p->nstop = p->nlower = p->ndigit = p->nlink = 0;
	p->gates = 0;
	p->fp = 0;
	p->nchars = (unsigned)p->tlen;
	scan(b, s, p->tlen, p);
	p->terminal = ends_sentence(s, p->tlen);
	if (ends_paren(s, p->tlen))
		p->gates |= b->special[BOILER_SP_PAREN];
	if (p->tlen > 0 && lead_char(s, p->tlen))
		p->gates |= b->special[BOILER_SP_LEAD];
	if (p->ndigit > 0 && p->nwords <= 14)
		p->gates |= b->special[BOILER_SP_DIGIT];
}
