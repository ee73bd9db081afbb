/*
 * boiler_feat: the features of one paragraph, read in one pass over its
 * bytes without allocating.
 */
#include <string.h>

#include "boiler.h"
#include "boiler_int.h"
#include "utf8.h"
#include "words.h"

/* Stopwords are short; longer tokens skip the lookup. */
#define STOP_MAXLEN	12

#define FNV_OFFSET	0xcbf29ce484222325ULL
#define FNV_PRIME	0x100000001b3ULL

static int
ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* The character at p (p < end) if it is a letter or digit, else -1. */
static int32_t
word_char(const char *p, const char *end, size_t *k)
{
	unsigned char c = (unsigned char)*p;
	int32_t cp;

	if (c < 0x80) {
		*k = 1;
		return ascii_alnum(c) ? c : -1;
	}
	*k = utf8_decode(p, end, &cp);
	if (cp == UTF8_INVALID || !(utf8_isalpha(cp) || utf8_isdigit(cp)))
		return -1;
	return cp;
}

/* An apostrophe (' or U+2019) between two word characters. */
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

int
boiler_next_word(const char **pp, const char *end, const char **ws,
    size_t *wl, int32_t *first)
{
	const char *p = *pp;
	int32_t cp = -1;
	size_t k, a;

	while (p < end && (cp = word_char(p, end, &k)) < 0)
		p += k;
	if (p >= end)
		return 0;
	*ws = p;
	*first = cp;
	p += k;
	while (p < end) {
		if (word_char(p, end, &k) >= 0)
			p += k;
		else if ((a = inner_apostrophe(p, end)) > 0)
			p += a;
		else
			break;
	}
	*wl = (size_t)(p - *ws);
	*pp = p;
	return 1;
}

static uint64_t
fp_word(uint64_t h, const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		h = (h ^ c) * FNV_PRIME;
	}
	return (h ^ ' ') * FNV_PRIME;
}

uint64_t
boiler_fp(const char *s, size_t len)
{
	const char *p = s, *end = s + len, *w;
	uint64_t h = FNV_OFFSET;
	size_t wl;
	int32_t first;

	while (boiler_next_word(&p, end, &w, &wl, &first))
		h = fp_word(h, w, wl);
	return h;
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

/* The paragraph without white space (and no-break spaces) around it. */
static void
trim(const char *s, size_t len, size_t *start, size_t *tlen)
{
	const char *p = s, *end = s + len;
	size_t k;

	while (p < end && is_space_at(p, end, &k))
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
 * Whether the text ends like a sentence: . ! ? : or an ellipsis, maybe
 * inside closing quotes or brackets.
 */
static int
ends_sentence(const char *s, size_t len)
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
		} else if (len >= 2 && memcmp(s + len - 2, "\xc2\xbb", 2) == 0) {
			len -= 2;
		} else
			break;
	}
	if (len == 0)
		return 0;
	switch (s[len - 1]) {
	case '.': case '!': case '?': case ':':
		return 1;
	}
	return len >= 3 && memcmp(s + len - 3, "\xe2\x80\xa6", 3) == 0;
}

/* Link-like tokens: URLs, www. names, @handles and e-mail addresses. */
static unsigned
count_links(const char *s, size_t len)
{
	const char *p, *end = s + len;
	unsigned n = 0;

	for (p = s; (p = memchr(p, '@', (size_t)(end - p))) != NULL; p++)
		n++;
	for (p = s; (p = memmem(p, (size_t)(end - p), "://", 3)) != NULL;
	    p += 3)
		n++;
	for (p = s; (p = memmem(p, (size_t)(end - p), "www.", 4)) != NULL;
	    p += 4)
		n++;
	return n;
}

static int
is_stopword(const struct words *stop, const char *w, size_t wl)
{
	char low[WORDS_MAXLEN];
	size_t i, n;

	if (wl > STOP_MAXLEN)
		return 0;
	for (i = 0; i < wl && (unsigned char)w[i] < 0x80; i++)
		low[i] = (w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i];
	if (i < wl) {
		if ((n = words_fold(w, wl, low)) == 0)
			return 0;
	} else
		n = wl;
	return words_has(stop, low, n);
}

static void
count_word(const struct boiler *b, struct boiler_para *p, const char *w,
    size_t wl, int32_t first)
{
	size_t i;

	p->nwords++;
	p->fp = fp_word(p->fp, w, wl);
	if (first < 0x80 ? (first >= '0' && first <= '9') :
	    utf8_isdigit(first)) {
		p->ndigit++;
		return;
	}
	if (first < 0x80 ? (first >= 'a' && first <= 'z') :
	    utf8_islower(first))
		p->nlower++;
	for (i = 1; i < wl; i++)
		if (w[i] >= '0' && w[i] <= '9') {
			p->ndigit++;
			break;
		}
	if (is_stopword(b->opts.stop, w, wl))
		p->nstop++;
}

void
boiler_features(const struct boiler *b, const char *text, size_t len,
    struct boiler_para *p)
{
	const char *s, *q, *end, *w;
	size_t wl, i;
	int32_t first;

	trim(text, len, &p->tstart, &p->tlen);
	s = text + p->tstart;
	end = s + p->tlen;
	p->nchars = p->nwords = p->nstop = p->nlower = p->ndigit = 0;
	p->fp = FNV_OFFSET;
	for (i = 0; i < p->tlen; i++)
		p->nchars += ((unsigned char)s[i] & 0xc0) != 0x80;
	q = s;
	while (boiler_next_word(&q, end, &w, &wl, &first))
		count_word(b, p, w, wl, first);
	p->terminal = ends_sentence(s, p->tlen);
	p->nlink = count_links(s, p->tlen);
}
