/*
 * quotes: the document buffer, and quote marks found and paired.
 *
 * Pairing works on a list of candidate marks per paragraph.  Each mark
 * knows its family and what flanks it; a small state machine carries an
 * open double-type quotation over paragraph ends, and single-type marks
 * pair inside their paragraph by looking ahead for a closing candidate
 * (a monotone cursor, so a paragraph of a million apostrophes is still
 * linear).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "quotes.h"
#include "quotes_int.h"
#include "utf8.h"
#include "xalloc.h"

enum fam { FAM_NONE, FAM_DQ, FAM_GUIL, FAM_GUILS, FAM_SQ, FAM_CJK, FAM_CJK2 };
enum gdir { G_OPEN = 1, G_CLOSE = 2, G_BOTH = 3 };

/* What stands beside a mark. */
enum cclass { C_EDGE, C_SPACE, C_ALNUM, C_OPENP, C_CLOSEP, C_QUOTE, C_OTHER };

struct mark {
	size_t		 off;
	uint8_t		 len;
	uint8_t		 fam;
	uint8_t		 dir;		/* enum gdir, from the glyph */
	uint8_t		 prev;		/* enum cclass */
	uint8_t		 next;
	int32_t		 nextcp;	/* the character after, or -1 */
	int32_t		 prevcp;
};

struct pairer {
	struct qt_doc	*d;
	struct mark	*m;
	size_t		 nm, capm;
	/* An open double-type quotation. */
	int		 open;
	int		 fam;
	size_t		 p0, m0, s0;
};

struct qt_doc *
qt_new(void)
{
	struct qt_doc *d = xcalloc(1, sizeof(*d));

	qt_ent_reset(d);
	return d;
}

void
qt_reset(struct qt_doc *d)
{
	buf_reset(&d->text);
	buf_reset(&d->arena);
	d->npara = 0;
	d->nspan = 0;
	d->ntok = 0;
	qt_ent_reset(d);
}

void
qt_free(struct qt_doc *d)
{
	if (d == NULL)
		return;
	buf_free(&d->text);
	buf_free(&d->arena);
	free(d->paras);
	free(d->spans);
	free(d->toks);
	free(d->ents);
	free(d->ekeys);
	free(d);
}

void
qt_add_line(struct qt_doc *d, const char *s, size_t len, size_t lineno)
{
	struct qt_para *p;

	if (d->npara == d->capara) {
		d->capara = d->capara ? d->capara * 2 : 64;
		d->paras = xreallocarray(d->paras, d->capara, sizeof(*p));
	}
	p = &d->paras[d->npara++];
	p->off = d->text.len;
	p->len = len;
	p->lineno = lineno;
	buf_add(&d->text, s, len);
}

size_t
qt_arena_add(struct qt_doc *d, const char *s, size_t len)
{
	size_t off = d->arena.len;

	buf_add(&d->arena, s, len);
	return off;
}

/*
 * Identify a quote mark at s[i]; returns its length (0: none) and sets
 * family and glyph direction.
 */
static size_t
mark_at(const unsigned char *s, size_t i, size_t len, int *fam, int *dir)
{
	unsigned char c = s[i];

	if (c == '"') {
		*fam = FAM_DQ; *dir = G_BOTH;
		return 1;
	}
	if (c == '\'') {
		*fam = FAM_SQ; *dir = G_BOTH;
		return 1;
	}
	if (c == 0xC2 && i + 1 < len) {
		if (s[i + 1] == 0xAB) {
			*fam = FAM_GUIL; *dir = G_OPEN;
			return 2;
		}
		if (s[i + 1] == 0xBB) {
			*fam = FAM_GUIL; *dir = G_CLOSE;
			return 2;
		}
		return 0;
	}
	if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80) {
		switch (s[i + 2]) {
		case 0x9C: *fam = FAM_DQ; *dir = G_OPEN; return 3;	/* “ */
		case 0x9D: *fam = FAM_DQ; *dir = G_CLOSE; return 3;	/* ” */
		case 0x9E: *fam = FAM_DQ; *dir = G_OPEN; return 3;	/* „ */
		case 0x9F: *fam = FAM_DQ; *dir = G_OPEN; return 3;	/* ‟ */
		case 0x98: *fam = FAM_SQ; *dir = G_OPEN; return 3;	/* ‘ */
		case 0x99: *fam = FAM_SQ; *dir = G_CLOSE; return 3;	/* ’ */
		case 0x9A: *fam = FAM_SQ; *dir = G_OPEN; return 3;	/* ‚ */
		case 0xB9: *fam = FAM_GUILS; *dir = G_OPEN; return 3;	/* ‹ */
		case 0xBA: *fam = FAM_GUILS; *dir = G_CLOSE; return 3;	/* › */
		}
		return 0;
	}
	if (c == 0xE3 && i + 2 < len && s[i + 1] == 0x80) {
		switch (s[i + 2]) {
		case 0x8C: *fam = FAM_CJK; *dir = G_OPEN; return 3;
		case 0x8D: *fam = FAM_CJK; *dir = G_CLOSE; return 3;
		case 0x8E: *fam = FAM_CJK2; *dir = G_OPEN; return 3;
		case 0x8F: *fam = FAM_CJK2; *dir = G_CLOSE; return 3;
		}
	}
	return 0;
}

static int
cp_class(int32_t cp)
{
	if (cp < 0)
		return C_OTHER;
	if (cp < 0x80) {
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == '\f' || cp == '\v')
			return C_SPACE;
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9'))
			return C_ALNUM;
		if (cp == '"' || cp == '\'')
			return C_QUOTE;
		if (strchr("([{/-<", (int)cp) != NULL)
			return C_OPENP;
		if (strchr(".,;:!?)]}>", (int)cp) != NULL)
			return C_CLOSEP;
		return C_OTHER;
	}
	if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	    cp == 0x3000 || cp == 0x205F)
		return C_SPACE;
	if (cp == 0xAB || cp == 0xBB || (cp >= 0x2018 && cp <= 0x201F) ||
	    cp == 0x2039 || cp == 0x203A || (cp >= 0x300C && cp <= 0x300F))
		return C_QUOTE;
	if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015)
		return C_OPENP;
	if (cp == 0x2026 || cp == 0x3001 || cp == 0x3002)
		return C_CLOSEP;
	if (utf8_isalpha(cp) || utf8_isdigit(cp))
		return C_ALNUM;
	return C_OTHER;
}

/* The character before offset i (i > 0). */
static int32_t
prev_cp(const char *s, size_t i)
{
	size_t j = i - 1, k;
	int32_t cp;

	for (k = 0; k < 3 && j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80; k++)
		j--;
	if (utf8_decode(s + j, s + i, &cp) != i - j)
		return -1;
	return cp;
}

static void
mark_flank(struct mark *m, const char *s, size_t len)
{
	size_t e = m->off + m->len;

	if (m->off == 0) {
		m->prev = C_EDGE;
		m->prevcp = -1;
	} else {
		m->prevcp = prev_cp(s, m->off);
		m->prev = (uint8_t)cp_class(m->prevcp);
	}
	if (e >= len) {
		m->next = C_EDGE;
		m->nextcp = -1;
	} else {
		utf8_decode(s + e, s + len, &m->nextcp);
		m->next = (uint8_t)cp_class(m->nextcp);
	}
}

/* Interesting first bytes: " ' and the lead bytes of the other marks. */
static const uint8_t lead[256] = {
	['"'] = 1, ['\''] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1,
};

static void
collect_marks(struct pairer *pr, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n;
	int fam, dir;
	struct mark *m;

	pr->nm = 0;
	while (i < len) {
		if (!lead[u[i]]) {
			i++;
			continue;
		}
		n = mark_at(u, i, len, &fam, &dir);
		if (n == 0) {
			i++;
			continue;
		}
		if (pr->nm == pr->capm) {
			pr->capm = pr->capm ? pr->capm * 2 : 32;
			pr->m = xreallocarray(pr->m, pr->capm, sizeof(*m));
		}
		m = &pr->m[pr->nm++];
		m->off = i;
		m->len = (uint8_t)n;
		m->fam = (uint8_t)fam;
		m->dir = (uint8_t)dir;
		mark_flank(m, s, len);
		i += n;
	}
}

static int
is_space_or_edge(int c)
{
	return c == C_EDGE || c == C_SPACE;
}

/* A mark that could open: something follows it that is not a stop. */
static int
can_open(const struct mark *m)
{
	if (is_space_or_edge(m->next))
		return m->fam == FAM_GUIL || m->fam == FAM_CJK;
	if (m->next == C_CLOSEP)
		return m->nextcp == 0x2026 || m->nextcp == '.';
	return 1;
}

static int
can_close(const struct mark *m)
{
	if (is_space_or_edge(m->prev))
		return m->fam == FAM_GUIL;
	return 1;
}

/* Left-flanked: space or an opening bracket before it. */
static int
left_open(const struct mark *m)
{
	return m->prev == C_EDGE || m->prev == C_SPACE || m->prev == C_OPENP ||
	    m->prev == C_QUOTE || m->prev == C_OTHER;
}

/*
 * Elisions that start with an apostrophe: 'em, 'til, 'tis, 'twas,
 * 'cause, rock 'n' roll, and years ('90s).
 */
static int
elision_after(const char *s, size_t len, size_t i)
{
	static const char *const el[] = { "em", "til", "tis", "twas",
	    "cause", "n", "bout", "round", "nuff", "ol", "s", "d", "ll",
	    "re", "ve", "m", "t" };
	size_t k, n, j;

	if (i < len && s[i] >= '0' && s[i] <= '9')
		return 1;
	for (j = i; j < len && ((s[j] >= 'a' && s[j] <= 'z') ||
	    (s[j] >= 'A' && s[j] <= 'Z')); j++)
		;
	n = j - i;
	if (j < len && (unsigned char)s[j] >= 0x80 && s[j] != (char)0xE2)
		return 0;
	for (k = 0; k < sizeof(el) / sizeof(el[0]); k++)
		if (strlen(el[k]) == n && strncasecmp(s + i, el[k], n) == 0)
			return 1;
	return 0;
}

/*
 * Single-type marks.  1: a candidate that opens; 2: a strong closing
 * candidate; 3: a weak one (after an s and before a lower-case word, as
 * in "the officials’ view", which is more often a plural possessive).
 */
enum { SQ_NONE, SQ_OPEN, SQ_CLOSE, SQ_WEAK };

static int
sq_kind(const struct mark *m, const char *s, size_t len)
{
	size_t e = m->off + m->len;

	if (m->fam == FAM_GUILS) {
		if (m->dir == G_OPEN)
			return can_open(m) ? SQ_OPEN : SQ_NONE;
		return can_close(m) ? SQ_CLOSE : SQ_NONE;
	}
	if (m->prev == C_ALNUM && m->next == C_ALNUM)
		return SQ_NONE;		/* don’t, Beijing’s */
	if (left_open(m) && m->next != C_SPACE && m->next != C_EDGE &&
	    m->next != C_CLOSEP) {
		if (m->dir == G_CLOSE && m->prev != C_EDGE &&
		    m->prev != C_SPACE && m->prev != C_QUOTE)
			return SQ_NONE;
		if (elision_after(s, len, e))
			return SQ_NONE;
		return SQ_OPEN;
	}
	if (m->prev != C_SPACE && m->prev != C_EDGE && m->next != C_ALNUM) {
		if (m->dir == G_OPEN && m->prev != C_ALNUM &&
		    m->prev != C_CLOSEP)
			return SQ_NONE;
		if ((m->prevcp == 's' || m->prevcp == 'S') &&
		    m->next == C_SPACE && e + 1 < len &&
		    s[e + 1] >= 'a' && s[e + 1] <= 'z')
			return SQ_WEAK;
		return SQ_CLOSE;
	}
	return SQ_NONE;
}

static int
is_space_cp(int32_t cp)
{
	return cp_class(cp) == C_SPACE;
}

/* Skip spaces forward from i; returns the new offset. */
static size_t
skip_space(const char *s, size_t i, size_t len)
{
	int32_t cp;
	size_t n;

	while (i < len) {
		n = utf8_decode(s + i, s + len, &cp);
		if (!is_space_cp(cp))
			break;
		i += n;
	}
	return i;
}

/* Trim spaces back from e (exclusive end), not below lo. */
static size_t
trim_back(const char *s, size_t lo, size_t e)
{
	int32_t cp;
	size_t j;

	while (e > lo) {
		j = e - 1;
		while (j > lo && ((unsigned char)s[j] & 0xC0) == 0x80 &&
		    e - j < 4)
			j--;
		if (utf8_decode(s + j, s + e, &cp) != e - j || !is_space_cp(cp))
			break;
		e = j;
	}
	return e;
}

static void
emit(struct pairer *pr, size_t p0, size_t m0, size_t s0, size_t p1,
    size_t e1, size_t m1, int balanced, int fam)
{
	struct qt_doc *d = pr->d;
	struct qt_span *sp;
	size_t c1;

	s0 = skip_space(qt_ptext(d, p0), s0, d->paras[p0].len);
	e1 = trim_back(qt_ptext(d, p1), p0 == p1 ? s0 : 0, e1);
	c1 = e1;
	/* “We are ready,” she said: the comma belongs to the sentence. */
	if (e1 > (p0 == p1 ? s0 : 0) && qt_ptext(d, p1)[e1 - 1] == ',')
		e1 = trim_back(qt_ptext(d, p1), p0 == p1 ? s0 : 0, e1 - 1);
	if (p0 == p1 && s0 >= e1)
		return;
	if (d->nspan == d->capspan) {
		d->capspan = d->capspan ? d->capspan * 2 : 16;
		d->spans = xreallocarray(d->spans, d->capspan, sizeof(*sp));
	}
	sp = &d->spans[d->nspan++];
	memset(sp, 0, sizeof(*sp));
	sp->p0 = p0;
	sp->m0 = m0;
	sp->s0 = s0;
	sp->p1 = p1;
	sp->e1 = e1;
	sp->m1 = m1;
	sp->c1 = c1;
	sp->balanced = balanced;
	sp->family = fam;
	sp->ent = -1;
}

static void
open_at(struct pairer *pr, size_t p, const struct mark *m)
{
	pr->open = 1;
	pr->fam = m->fam;
	pr->p0 = p;
	pr->m0 = m->off;
	pr->s0 = m->off + m->len;
}

/* What a double-type mark does, given the state. */
enum { R_NONE, R_OPEN, R_CLOSE, R_RESTART };

static int
dq_role(const struct pairer *pr, const struct mark *m)
{
	int o = can_open(m), c = can_close(m), lo = left_open(m);

	if (!pr->open) {
		if (m->dir == G_OPEN)
			return o ? R_OPEN : R_NONE;
		if (m->dir == G_CLOSE)
			return lo && o && m->prev != C_QUOTE &&
			    !is_space_or_edge(m->next) ? R_OPEN : R_NONE;
		return o && lo ? R_OPEN : R_NONE;
	}
	if (m->fam != pr->fam)
		return R_NONE;
	if (m->dir == G_CLOSE)
		return c ? R_CLOSE : (o ? R_RESTART : R_CLOSE);
	if (m->dir == G_OPEN) {
		if (c && !(lo && o))
			return R_CLOSE;
		return lo && o ? R_RESTART : R_NONE;
	}
	if (c)
		return R_CLOSE;
	return o ? R_RESTART : R_CLOSE;
}

/*
 * For each mark, the next strong closer, weak closer and opening glyph of
 * its own single-type family, so that pairing stays linear.
 */
struct ahead {
	size_t		*close, *weak, *open;
	int8_t		*kind;
	size_t		 cap;
};

#define NOWHERE ((size_t)-1)

static void
ahead_fill(struct ahead *a, const struct pairer *pr, const char *s,
    size_t len)
{
	size_t i, f, nc[2] = { NOWHERE, NOWHERE }, nw[2] = { NOWHERE,
	    NOWHERE }, no[2] = { NOWHERE, NOWHERE };

	if (a->cap < pr->nm) {
		a->cap = pr->nm;
		a->close = xreallocarray(a->close, a->cap, sizeof(size_t));
		a->weak = xreallocarray(a->weak, a->cap, sizeof(size_t));
		a->open = xreallocarray(a->open, a->cap, sizeof(size_t));
		a->kind = xreallocarray(a->kind, a->cap, 1);
	}
	for (i = 0; i < pr->nm; i++) {
		const struct mark *m = &pr->m[i];

		a->kind[i] = (int8_t)(m->fam == FAM_SQ || m->fam == FAM_GUILS ?
		    sq_kind(m, s, len) : SQ_NONE);
	}
	for (i = pr->nm; i-- > 0; ) {
		const struct mark *m = &pr->m[i];

		if (m->fam != FAM_SQ && m->fam != FAM_GUILS)
			continue;
		f = m->fam == FAM_GUILS;
		a->close[i] = nc[f];
		a->weak[i] = nw[f];
		a->open[i] = no[f];
		if (a->kind[i] == SQ_CLOSE)
			nc[f] = i;
		else if (a->kind[i] == SQ_WEAK)
			nw[f] = i;
		else if (a->kind[i] == SQ_OPEN && m->dir == G_OPEN)
			no[f] = i;
	}
}

/* Pair a single-type opener at mark i; returns the mark to go on at. */
static size_t
pair_single(struct pairer *pr, const struct ahead *a, size_t p, size_t i)
{
	size_t j = a->close[i], w = a->weak[i], o = a->open[i];

	if (pr->m[i].dir == G_OPEN && o < j && o < w)
		return i + 1;		/* ‘a ‘b ’: the first is no quote */
	if (j == NOWHERE)
		j = w;
	if (j == NOWHERE)
		return i + 1;
	emit(pr, p, pr->m[i].off, pr->m[i].off + pr->m[i].len, p,
	    pr->m[j].off, pr->m[j].off + pr->m[j].len, 1, pr->m[i].fam);
	return j + 1;
}

/*
 * A quotation left open at the end of paragraph p - 1: it goes on if p
 * opens with a mark of its family, else it ends, unbalanced, with the
 * paragraph before.  Returns the first mark of p still to look at.
 */
static size_t
carry_over(struct pairer *pr, size_t p)
{
	struct qt_doc *d = pr->d;
	const char *s = qt_ptext(d, p);
	size_t first = skip_space(s, 0, d->paras[p].len);

	if (pr->nm > 0 && pr->m[0].off == first && pr->m[0].fam == pr->fam &&
	    can_open(&pr->m[0]))
		return 1;
	emit(pr, pr->p0, pr->m0, pr->s0, p - 1, d->paras[p - 1].len,
	    d->paras[p - 1].len, 0, pr->fam);
	pr->open = 0;
	return 0;
}

static void
pair_para(struct pairer *pr, struct ahead *a, size_t p)
{
	struct qt_doc *d = pr->d;
	const char *s = qt_ptext(d, p);
	size_t len = d->paras[p].len, i = 0;
	const struct mark *m;

	collect_marks(pr, s, len);
	if (pr->open)
		i = carry_over(pr, p);
	ahead_fill(a, pr, s, len);
	while (i < pr->nm) {
		m = &pr->m[i];
		if (pr->open && pr->fam == FAM_SQ) {
			/* A single-quoted quotation carried over paragraphs. */
			if (m->fam == FAM_SQ && (a->kind[i] == SQ_CLOSE ||
			    (a->kind[i] == SQ_WEAK && a->close[i] == NOWHERE))) {
				emit(pr, pr->p0, pr->m0, pr->s0, p, m->off,
				    m->off + m->len, 1, pr->fam);
				pr->open = 0;
			}
			i++;
			continue;
		}
		if (!pr->open && a->kind[i] == SQ_OPEN && m->fam == FAM_SQ &&
		    m->off == skip_space(s, 0, len) && a->close[i] == NOWHERE &&
		    a->weak[i] == NOWHERE) {
			/* 'Para one.  'Para two,' he said. (British style) */
			open_at(pr, p, m);
			i++;
			continue;
		}
		if (!pr->open && a->kind[i] == SQ_OPEN) {
			i = pair_single(pr, a, p, i);
			continue;
		}
		if (m->fam == FAM_SQ || m->fam == FAM_GUILS) {
			i++;
			continue;
		}
		switch (dq_role(pr, m)) {
		case R_OPEN:
			open_at(pr, p, m);
			break;
		case R_CLOSE:
			emit(pr, pr->p0, pr->m0, pr->s0, p, m->off,
			    m->off + m->len, 1, pr->fam);
			pr->open = 0;
			break;
		case R_RESTART:
			emit(pr, pr->p0, pr->m0, pr->s0, p, m->off, m->off, 0,
			    pr->fam);
			open_at(pr, p, m);
			break;
		}
		i++;
	}
}

static size_t
count_words(const char *s, size_t len)
{
	size_t i, n = 0;
	int in = 0, w;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		w = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c >= 0xC3 ||
		    (c >= 0x80 && c < 0xC0 && in);
		if (w && !in)
			n++;
		in = w;
	}
	return n;
}

/* Start of a continued paragraph's text: after its opening mark. */
static size_t
cont_start(const struct qt_doc *d, size_t p)
{
	const char *s = qt_ptext(d, p);
	size_t len = d->paras[p].len, i = skip_space(s, 0, len), n;
	int fam, dir;

	if (i < len && (n = mark_at((const unsigned char *)s, i, len, &fam,
	    &dir)) > 0)
		i = skip_space(s, i + n, len);
	return i;
}

/* Join a multi-paragraph quotation's pieces into the arena. */
static void
join_text(struct qt_doc *d, struct qt_span *sp)
{
	size_t p, a, b;

	sp->text_off = d->arena.len;
	for (p = sp->p0; p <= sp->p1; p++) {
		a = p == sp->p0 ? sp->s0 : cont_start(d, p);
		b = p == sp->p1 ? sp->e1 : trim_back(qt_ptext(d, p), a,
		    d->paras[p].len);
		if (a > b)
			a = b;
		if (p > sp->p0)
			buf_addc(&d->arena, '\n');
		buf_add(&d->arena, qt_ptext(d, p) + a, b - a);
	}
	sp->text_len = d->arena.len - sp->text_off;
}

size_t
qt_run(struct qt_doc *d)
{
	struct pairer pr;
	struct ahead a;
	size_t p, k;

	memset(&pr, 0, sizeof(pr));
	memset(&a, 0, sizeof(a));
	pr.d = d;
	d->nspan = 0;
	for (p = 0; p < d->npara; p++)
		pair_para(&pr, &a, p);
	if (pr.open && d->npara > 0)
		emit(&pr, pr.p0, pr.m0, pr.s0, d->npara - 1,
		    d->paras[d->npara - 1].len, d->paras[d->npara - 1].len, 0,
		    pr.fam);
	free(pr.m);
	free(a.close);
	free(a.weak);
	free(a.open);
	free(a.kind);
	for (k = 0; k < d->nspan; k++) {
		struct qt_span *sp = &d->spans[k];

		if (sp->p0 != sp->p1)
			join_text(d, sp);
		else {
			sp->text_off = sp->s0;
			sp->text_len = sp->e1 - sp->s0;
		}
		sp->words = sp->p0 != sp->p1 ?
		    count_words(d->arena.p + sp->text_off, sp->text_len) :
		    count_words(qt_ptext(d, sp->p0) + sp->s0, sp->text_len);
	}
	if (d->nspan > 0)
		qt_attribute(d);
	return d->nspan;
}

static const char *
arena_str(const struct qt_doc *d, size_t off)
{
	return d->arena.p != NULL ? d->arena.p + off : "";
}

void
qt_get(const struct qt_doc *d, size_t i, struct qt_quote *q)
{
	const struct qt_span *sp = &d->spans[i];

	q->line = d->paras[sp->p0].lineno;
	q->end_line = d->paras[sp->p1].lineno;
	q->start = sp->s0;
	q->end = sp->e1;
	if (sp->p0 != sp->p1)
		q->text = arena_str(d, sp->text_off);
	else
		q->text = qt_ptext(d, sp->p0) + sp->s0;
	q->len = sp->text_len;
	q->speaker = arena_str(d, sp->spk_off);
	q->speaker_len = sp->spk_len;
	q->speaker_text = arena_str(d, sp->stx_off);
	q->speaker_text_len = sp->stx_len;
	q->role = arena_str(d, sp->role_off);
	q->role_len = sp->role_len;
	q->cue = sp->cue_len ? qt_ptext(d, sp->cue_para) + sp->cue_off : "";
	q->cue_len = sp->cue_len;
	q->full = sp->full;
	q->balanced = sp->balanced;
	q->words = sp->words;
}
