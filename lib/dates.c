/*
 * dates: the tokenizer and the driver of the recogniser; the grammar
 * proper is in dates_gram.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates_int.h"
#include "xalloc.h"

#define DATES_PIECE	(1u << 20)

void
dates_init(struct dates *d, const struct dw_lang *lang)
{
	memset(d, 0, sizeof(*d));
	d->lang = lang;
	d->order = DATES_MDY;
}

void
dates_free(struct dates *d)
{
	free(d->hit);
	free(d->tok);
	d->hit = NULL;
	d->tok = NULL;
	d->nhit = d->caphit = d->ntok = d->captok = 0;
}

const char *
dates_type_name(enum dates_type t)
{
	static const char *const names[] = { "DATE", "TIME", "DURATION",
	    "SET" };

	return names[t];
}

static struct dates_tok *
tok_new(struct dates *d)
{
	if (d->ntok == d->captok) {
		d->captok = d->captok ? d->captok * 2 : 256;
		d->tok = xreallocarray(d->tok, d->captok, sizeof(*d->tok));
	}
	return &d->tok[d->ntok++];
}

/*
 * Classify the UTF-8 punctuation that matters to dates: dashes (ranges),
 * apostrophes ('90s), quotes, spaces.  Returns the ASCII stand-in, ' '
 * for a space, or 0 when the bytes are not one of these (they are then
 * word bytes).  *n is set to the sequence length.
 */
static int
tok_utf8_punct(const unsigned char *p, const unsigned char *end, size_t *n)
{
	if (p[0] == 0xc2 && p + 1 < end && p[1] == 0xa0) {
		*n = 2;
		return ' ';
	}
	if (p[0] != 0xe2 || p + 2 >= end || p[1] != 0x80)
		return 0;
	*n = 3;
	if (p[2] <= 0x8a || p[2] == 0xaf)
		return ' ';
	if (p[2] >= 0x90 && p[2] <= 0x95)
		return '-';
	if (p[2] == 0x98 || p[2] == 0x99)
		return '\'';
	if (p[2] == 0x9c || p[2] == 0x9d)
		return '"';
	if (p[2] == 0xa6)
		return '.';
	return 0;
}

static int
tok_isword(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int
tok_ordsuffix(int a, int b)
{
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
	    (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

/* Digits at p: the number (capped at 99999) and a suffix (st, s). */
static const unsigned char *
tok_number(struct dates_tok *t, const unsigned char *p,
    const unsigned char *end)
{
	const unsigned char *q = p;
	long v = 0;

	while (q < end && *q >= '0' && *q <= '9') {
		if (v < 100000)
			v = v * 10 + (*q - '0');
		q++;
	}
	t->kind = TK_NUM;
	t->ndig = (uint8_t)(q - p > 9 ? 9 : q - p);
	t->num = v >= 100000 ? -1 : (int32_t)v;
	/* 18th, 1st, 22nd, 3rd; 1990s. */
	if (q + 1 < end && tok_ordsuffix(q[0] | 0x20, q[1] | 0x20) &&
	    (q + 2 == end || !tok_isword(q[2]))) {
		t->ord = 1;
		q += 2;
	} else if (q < end && (*q == 's' || *q == 'S') &&
	    (q + 1 == end || !tok_isword(q[1]))) {
		t->plural = 1;
		q++;
	}
	return q;
}

/*
 * Whether the period t ends an abbreviation rather than a sentence:
 * after a single letter (p.m., U.S.) or a word the table marks as an
 * abbreviation (Jan., Mr.).
 */
static int
tok_abbr(const struct dates *d, const struct dates_tok *t)
{
	const struct dates_tok *w;

	if (d->ntok < 2)
		return 0;
	w = t - 1;
	if (w->kind != TK_WORD || w->end != t->start)
		return 0;
	return w->end - w->start == 1 ||
	    (w->w != NULL && (w->w->flags & DW_F_ABBR));
}

/*
 * Whether punctuation t, followed by the byte at p, ends a sentence:
 * ". ", "? ", ": " and the like, but not "p.m." or "9:30".
 */
static int
tok_ends_sentence(const struct dates *d, const struct dates_tok *t,
    const unsigned char *p, const unsigned char *end)
{
	if (p < end && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' &&
	    *p < 0x80)
		return 0;
	if (t->c == '.')
		return !tok_abbr(d, t);
	return t->c == '!' || t->c == '?' || t->c == ':' || t->c == ';';
}

/* Byte classes for the tokenizer's loops. */
enum { TC_PUNCT, TC_SPACE, TC_DIGIT, TC_LETTER, TC_HIGH };

static const uint8_t tok_class[256] = {
	['\t'] = TC_SPACE, ['\n'] = TC_SPACE, ['\v'] = TC_SPACE,
	['\f'] = TC_SPACE, ['\r'] = TC_SPACE, [' '] = TC_SPACE,
	['0' ... '9'] = TC_DIGIT,
	['A' ... 'Z'] = TC_LETTER, ['a' ... 'z'] = TC_LETTER,
	[0x80 ... 0xff] = TC_HIGH
};

/*
 * The end of the run of ASCII letters at p, eight bytes at a time: for
 * each byte b (high bit aside, case folded), b >= 'a' sets the byte's
 * top bit of b + 0x1f, and b > 'z' that of b + 0x05; no carry crosses a
 * byte since b < 0x80.  This loop is the scanner's hottest.
 */
static const unsigned char *
tok_letters(const unsigned char *q, const unsigned char *end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101ull, top = ones * 0x80;
	uint64_t x, y, stop;

	while (end - q >= 8) {
		memcpy(&x, q, 8);
		y = (x & ~top) | ones * 0x20;
		stop = (~(y + ones * 0x1f) | (y + ones * 0x05) | x) & top;
		if (stop != 0)
			return q + (__builtin_ctzll(stop) >> 3);
		q += 8;
	}
#endif
	while (q < end && tok_class[*q] == TC_LETTER)
		q++;
	return q;
}

/*
 * A word at p: letters, and bytes >= 0x80 other than the punctuation
 * tok_utf8_punct() knows.  The table is looked up here; words with such
 * bytes are in no table.
 */
static const unsigned char *
tok_word(const struct dates *d, struct dates_tok *t, const unsigned char *p,
    const unsigned char *end)
{
	const unsigned char *q = p;
	size_t n;
	int high = 0;

	for (;;) {
		q = tok_letters(q, end);
		if (q == end || tok_class[*q] != TC_HIGH ||
		    tok_utf8_punct(q, end, &n))
			break;
		high = 1;
		q++;
	}
	t->kind = TK_WORD;
	t->cap = *p >= 'A' && *p <= 'Z';
	if (high)
		t->w = NULL;
	else if (end - p >= 8)
		t->w = datewords_find_wide(d->lang, (const char *)p,
		    (size_t)(q - p));
	else
		t->w = datewords_find(d->lang, (const char *)p,
		    (size_t)(q - p));
	return q;
}

static void
tokenize(struct dates *d, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + len, *q;
	struct dates_tok *t;
	int space = 1, sent = 1, c;
	size_t n;

	d->ntok = 0;
	while (p < end) {
		if (tok_class[*p] == TC_SPACE) {
			space = 1;
			p++;
			continue;
		}
		c = *p >= 0x80 ? tok_utf8_punct(p, end, &n) : 0;
		if (c == ' ') {
			space = 1;
			p += n;
			continue;
		}
		t = tok_new(d);
		t->w = NULL;
		t->num = 0;
		t->ndig = t->ord = t->plural = t->cap = 0;
		t->c = 0;
		t->start = (uint32_t)((const char *)p - s);
		t->space = (uint8_t)space;
		t->sent = (uint8_t)sent;
		space = 0;
		if (tok_class[*p] == TC_DIGIT) {
			q = tok_number(t, p, end);
		} else if (c == 0 && tok_class[*p] >= TC_LETTER) {
			q = tok_word(d, t, p, end);
		} else {
			t->kind = TK_PUNCT;
			t->c = (char)(c ? c : *p);
			q = p + (c ? n : 1);
		}
		t->end = (uint32_t)((const char *)q - s);
		p = q;
		if (t->kind != TK_PUNCT)
			sent = 0;
		else if (tok_ends_sentence(d, t, p, end))
			sent = 1;
		else if (t->c != '"' && t->c != '\'' && t->c != '(')
			sent = 0;
	}
}

static struct dates_hit *
hit_new(struct dates *d)
{
	if (d->nhit == d->caphit) {
		d->caphit = d->caphit ? d->caphit * 2 : 16;
		d->hit = xreallocarray(d->hit, d->caphit, sizeof(*d->hit));
	}
	return &d->hit[d->nhit++];
}

/*
 * Whether a bare time of day c belongs to the day just before it:
 * "tomorrow at 10 a.m.", "on June 18, at noon".
 */
static int
day_before(const struct px *p, const struct cand *day, const struct cand *c)
{
	const struct dates_tok *t;
	size_t i;

	if (c->first <= day->last || c->first - day->last > 3)
		return 0;
	for (i = day->last + 1; i < c->first; i++) {
		t = &p->t[i];
		if (t->kind == TK_PUNCT ? t->c != ',' : t->kind != TK_WORD ||
		    t->w == NULL || t->w->cls != DW_PREP)
			return 0;
	}
	return 1;
}

void
dates_new_doc(struct dates *d)
{
	d->story = 0;
}

/*
 * A day the story tells of, in the week up to the reference, dates the
 * bare times of day that follow it: "crashed Wednesday night ... left
 * at 8:19 p.m." is Wednesday's evening, not the day of publication.
 */
static void
story_day(struct dates *d, const struct px *p, const struct tv *v)
{
	long z;

	if (p->ref == NULL || v->y == TV_UNKNOWN || v->d == TV_UNKNOWN)
		return;
	z = cal_days(v->y, v->m, v->d) - cal_days(p->ref->y, p->ref->m,
	    p->ref->d);
	if (z < -7 || z > 0)
		return;		/* a week back at most, and not ahead */
	d->story = 1;
	d->story_y = v->y;
	d->story_m = v->m;
	d->story_d = v->d;
}

/* Whether token i is a word of approximation TimeML puts in the extent. */
static int
approx(const struct px *p, size_t i)
{
	static const char *const w[] = { "about", "around", "approximately",
	    "roughly", "nearly", "almost" };
	const struct dates_tok *t = &p->t[i];
	size_t k, n = t->end - t->start, m;

	if (t->kind != TK_WORD)
		return 0;
	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
		m = strlen(w[k]);
		if (m == n && strncasecmp(p->s + t->start, w[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Whether a date ending at token i takes "about": "about a year ago". */
static int
approx_ok(const struct px *p, size_t i)
{
	const struct dates_tok *t = &p->t[i];

	return t->kind == TK_WORD && t->end - t->start == 3 &&
	    strncasecmp(p->s + t->start, "ago", 3) == 0;
}

/* Whether the story's day is still within a week of the reference. */
static int
story_near(const struct dates *d, const struct px *p)
{
	long z = cal_days(d->story_y, d->story_m, d->story_d) -
	    cal_days(p->ref->y, p->ref->m, p->ref->d);

	return z >= -7 && z <= 0;
}

/* Scan the piece [s, s+len) of a paragraph that starts base bytes in. */
static void
scan_piece(struct dates *d, const char *s, size_t len, size_t base,
    const struct dates_ref *ref)
{
	struct px p;
	struct cand c, day = { 0 };
	struct tv anchor;
	struct dates_hit *h;
	size_t i, e, prev = 0;
	int have_day = 0, have_anchor = 0;

	tokenize(d, s, len);
	memset(&p, 0, sizeof(p));
	p.d = d;
	p.s = s;
	p.t = d->tok;
	p.n = d->ntok;
	p.ref = ref != NULL && ref->set ? ref : NULL;
	for (i = 0; i < p.n; ) {
		const struct dates_tok *t = &p.t[i];

		/* Most tokens are words no rule starts with: skip them here. */
		if ((t->kind == TK_WORD && t->w == NULL && t->end - t->start > 2) ||
		    (t->kind == TK_PUNCT && t->c != '\'') ||
		    !gram_trigger(&p, i) || (e = gram_match(&p, i, &c)) == 0) {
			i++;
			continue;
		}
		/* "about 5 a.m.", "around noon", "about a year ago" */
		if (c.first > prev && c.first > 0 && approx(&p, c.first - 1) &&
		    (c.type == DATES_TIME || (c.last > c.first &&
		    approx_ok(&p, c.last))))
			c.first--;
		i = prev = e;
		/* "the next day" after a date in the paragraph: from that date */
		if (c.ana && have_anchor) {
			gram_anaphora(&c, &anchor);
		} else if (c.ana && d->story && p.ref != NULL &&
		    story_near(d, &p)) {
			struct tv st = c.v;	/* from the story's last day */

			st.gran = G_DAY;
			st.y = d->story_y;
			st.m = d->story_m;
			st.d = d->story_d;
			st.lit[0] = '\0';
			gram_anaphora(&c, &st);
		}
		if ((c.type == DATES_DATE || c.type == DATES_TIME) &&
		    c.v.lit[0] == '\0' && c.v.y != TV_UNKNOWN) {
			anchor = c.v;
			have_anchor = 1;
		}
		if (c.bare && have_day && day_before(&p, &day, &c)) {
			c.v.y = day.v.y;
			c.v.m = day.v.m;
			c.v.d = day.v.d;
		} else if (c.bare && d->story && p.ref != NULL &&
		    story_near(d, &p)) {
			c.v.y = d->story_y;
			c.v.m = d->story_m;
			c.v.d = d->story_d;
		}
		if (c.v.gran == G_DAY && c.v.lit[0] == '\0' && !c.bare &&
		    c.v.m != TV_UNKNOWN) {
			day = c;
			have_day = 1;
			/* "Monday's collapse" recalls a day, tells no story */
			if (!(c.last + 2 < p.n && p.t[c.last + 1].kind ==
			    TK_PUNCT && p.t[c.last + 1].c == '\'' &&
			    !p.t[c.last + 1].space))
				story_day(d, &p, &c.v);
		}
		if ((c.type == DATES_DURATION || c.type == DATES_SET) &&
		    !d->all_types)
			continue;
		h = hit_new(d);
		h->start = base + p.t[c.first].start;
		h->end = base + p.t[c.last].end;
		h->type = c.type;
		h->relative = c.relative;
		h->full = c.full;
		tv_format(&c.v, h->value);
		if (c.range)
			tv_format(&c.v2, h->end_value);
		else
			h->end_value[0] = '\0';
	}
}

/*
 * Where to cut a huge paragraph at or before n: after a sentence end if
 * there is one in the last 4096 bytes, else after a space, else at n.
 */
static size_t
piece_end(const char *s, size_t n)
{
	size_t k, lo = n > 4096 ? n - 4096 : 0;

	for (k = n; k > lo + 1; k--)
		if (s[k - 1] == ' ' && (s[k - 2] == '.' || s[k - 2] == '?' ||
		    s[k - 2] == '!'))
			return k;
	for (k = n; k > lo; k--)
		if (s[k - 1] == ' ' || s[k - 1] == '\n')
			return k;
	return n;
}

/* With a sink, hand it the hits found so far and forget them. */
static size_t
drain(struct dates *d)
{
	size_t i, n = d->nhit;

	if (d->sink == NULL)
		return 0;
	for (i = 0; i < n; i++)
		d->sink(d->sink_arg, &d->hit[i]);
	d->nhit = 0;
	return n;
}

size_t
dates_scan(struct dates *d, const char *s, size_t len,
    const struct dates_ref *ref)
{
	size_t off = 0, n, total = 0;

	d->nhit = 0;
	/*
	 * Tokens take several times the bytes they cover, so a paragraph of
	 * any length is scanned in pieces of at most DATES_PIECE bytes, cut
	 * between sentences: memory stays bounded, and only an expression
	 * astride a cut in a run of text without sentence ends is lost.
	 */
	while (len - off > DATES_PIECE) {
		n = piece_end(s + off, DATES_PIECE);
		scan_piece(d, s + off, n, off, ref);
		total += drain(d);
		off += n;
	}
	scan_piece(d, s + off, len - off, off, ref);
	total += drain(d);
	return d->sink != NULL ? total : d->nhit;
}

int
dates_parse_ref(const char *s, size_t len, struct dates_ref *r)
{
	int v[5] = { 0, 0, 0, -1, -1 };
	static const size_t at[] = { 0, 5, 8, 11, 14 };
	static const size_t wid[] = { 4, 2, 2, 2, 2 };
	size_t f, k;

	if (len < 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (f = 0; f < 5; f++) {
		if (f == 3) {
			if (len < 16 || (s[10] != 'T' && s[10] != ' ') ||
			    s[13] != ':')
				break;
		}
		v[f] = 0;
		for (k = 0; k < wid[f]; k++) {
			if (s[at[f] + k] < '0' || s[at[f] + k] > '9')
				return -1;
			v[f] = v[f] * 10 + s[at[f] + k] - '0';
		}
	}
	if (f == 3 && len > 10 && s[10] >= '0' && s[10] <= '9')
		return -1;
	if (v[1] < 1 || v[1] > 12 || v[2] < 1 ||
	    v[2] > cal_mdays(v[0], v[1]) || v[3] > 23 || v[4] > 59)
		return -1;
	r->set = 1;
	r->y = v[0];
	r->m = v[1];
	r->d = v[2];
	r->hh = v[3];
	r->mi = v[3] >= 0 ? v[4] : -1;
	return 0;
}

int
dates_hit_ref(const struct dates_hit *h, struct dates_ref *r)
{
	if (!h->full || h->relative)
		return 0;
	return dates_parse_ref(h->value, strlen(h->value), r) == 0;
}

void
dates_ref_format(const struct dates_ref *r, char *b, size_t n)
{
	if (r->hh >= 0)
		snprintf(b, n, "%04d-%02d-%02dT%02d:%02d", r->y, r->m, r->d,
		    r->hh, r->mi);
	else
		snprintf(b, n, "%04d-%02d-%02d", r->y, r->m, r->d);
}
