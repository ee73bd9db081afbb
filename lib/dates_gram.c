/*
 * dates_gram: the English-order grammar of date and time expressions,
 * over the tokens of dates.c.
 *
 * Every rule is a function g_NAME(p, i, c) that tries to read one kind
 * of expression starting at token i; it returns the index just past the
 * expression, or 0 when the tokens are not of that kind.  gram_match()
 * tries the rules that can start with token i, longest forms first, then
 * extends the result (a time with its day, a range).  A rule reads a
 * bounded number of tokens ahead, so scanning stays linear.
 *
 * The rules follow the TimeML guidelines for extents: modifiers and
 * determiners belong to the expression, prepositions do not.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dates_int.h"

/* Tense of a clause, for resolving "Monday" and "in November". */
enum { T_PAST_NEAR = -2, T_PAST = -1, T_NONE = 0, T_FUTURE = 1 };

static size_t	g_core(struct px *, size_t, struct cand *, int cue);
static size_t	of_year(struct px *, size_t, struct cand *, int *);
static int	rel_off(int);

/* Token access; every helper is safe past the end. */

static const struct dates_tok *
tk(const struct px *p, size_t i)
{
	return i < p->n ? &p->t[i] : NULL;
}

static const struct dw_entry *
wd(const struct px *p, size_t i, int cls)
{
	const struct dates_tok *t = tk(p, i);

	if (t == NULL || t->kind != TK_WORD || t->w == NULL ||
	    t->w->cls != cls)
		return NULL;
	return t->w;
}

static int
wval(const struct px *p, size_t i, int cls, int val)
{
	const struct dw_entry *e = wd(p, i, cls);

	return e != NULL && e->value == val;
}

static int
pc(const struct px *p, size_t i, char c)
{
	const struct dates_tok *t = tk(p, i);

	return t != NULL && t->kind == TK_PUNCT && t->c == c;
}

/* Token i follows token i-1 with no space between. */
static int
glued(const struct px *p, size_t i)
{
	const struct dates_tok *t = tk(p, i);

	return t != NULL && i > 0 && !t->space;
}

static const struct dates_tok *
num(const struct px *p, size_t i)
{
	const struct dates_tok *t = tk(p, i);

	return t != NULL && t->kind == TK_NUM ? t : NULL;
}

/* Whether token i is the word w (lower case), whatever its case. */
static int
isw(const struct px *p, size_t i, const char *w)
{
	const struct dates_tok *t = tk(p, i);
	size_t k, n;

	if (t == NULL || t->kind != TK_WORD)
		return 0;
	n = t->end - t->start;
	for (k = 0; k < n; k++)
		if (w[k] == '\0' || (p->s[t->start + k] | 0x20) != w[k])
			return 0;
	return w[n] == '\0';
}

static int
is_the(const struct px *p, size_t i)
{
	return wval(p, i, DW_DET, 0);
}

static void
tv_clear(struct tv *v)
{
	v->gran = G_DAY;
	v->y = v->m = v->d = v->wk = v->q = TV_UNKNOWN;
	v->wday = 0;
	v->hh = v->mi = v->ss = -1;
	v->part = 0;
	v->fiscal = 0;
	v->lit[0] = '\0';
}

static void
cand_clear(struct cand *c, size_t i)
{
	c->first = i;
	c->last = i;
	c->type = DATES_DATE;
	c->relative = 0;
	c->full = 0;
	c->range = 0;
	c->bare = 0;
	c->ana = 0;
	tv_clear(&c->v);
	tv_clear(&c->v2);
}

/* A participle after "will be", "to be": "will be held" is future. */
static int
future_aux(const struct px *p, size_t i)
{
	size_t k;

	/* "can be counted", "could be scaled back": a base "be" is no past */
	if (i > 0 && isw(p, i - 1, "be"))
		return 1;

	for (k = 1; k <= 3 && k <= i; k++) {
		const struct dates_tok *t = &p->t[i - k];

		if (t->kind == TK_WORD && t->w != NULL &&
		    t->w->cls == DW_FUTURE)
			return 1;
		if (t->kind != TK_WORD)
			return 0;
	}
	return 0;
}

/*
 * The tense cue word i gives: T_PAST or T_FUTURE, 0 for none.  *report
 * is set for a reporting verb ("said"), which dates the telling, not the
 * event.  With guess, an unknown word in -ed counts as a past.
 */
static int
tok_cue(const struct px *p, size_t i, int *report, int guess)
{
	const struct dates_tok *t = &p->t[i];
	int cue = 0;

	*report = 0;
	if (t->kind != TK_WORD)
		return 0;
	/* "is to meet Sunday": an arrangement */
	if (isw(p, i, "to") && i > 0 && (isw(p, i - 1, "is") ||
	    isw(p, i - 1, "are")))
		return T_FUTURE;
	/* "set to", "set for" schedule; "the date it set in December" */
	if (isw(p, i, "set") && !isw(p, i + 1, "to") && !isw(p, i + 1, "for"))
		return isw(p, i + 1, "in") || isw(p, i + 1, "on") ? T_PAST : 0;
	/* "could not be reached Friday" tells of the past */
	if (t->w != NULL && t->w->cls == DW_FUTURE && t->w->value == 2 &&
	    isw(p, i + 1, "not"))
		return 0;
	if (t->w != NULL && t->w->cls == DW_FUTURE)
		return T_FUTURE;
	if (t->w != NULL && t->w->cls == DW_PAST) {
		cue = T_PAST;
		*report = t->w->value == 1;
	} else if (guess && t->w == NULL && t->end - t->start > 4 && !t->cap &&
	    p->s[t->end - 1] == 'd' && p->s[t->end - 2] == 'e')
		cue = T_PAST;	/* a regular past: "agreed" */
	if (cue == T_PAST && future_aux(p, i))
		cue = T_FUTURE;	/* "will be held" */
	return cue;
}

/* Whether word i opens a subordinate clause. */
static int
clause_start(const struct px *p, size_t i)
{
	static const char *const w[] = { "that", "because", "than", "but",
	    "when", "while", "if", "where", "although" };
	size_t k;

	if (p->t[i].kind != TK_WORD)
		return 0;
	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (isw(p, i, w[k]))
			return 1;
	return 0;
}

/*
 * Tense of the clause around tokens [a, b): the nearest cue word within
 * the sentence, "will" and the like for the future, past forms for the
 * past, the earlier one on a tie.  Reporting verbs count only when
 * report is set and nothing else speaks.
 */
static int
tense_of(const struct px *p, size_t a, size_t b, int report)
{
	size_t i, k;
	int best = T_NONE, bestd = 99, rep = T_NONE, cue, isrep;

	/* "postponed until April 12", "extended to Dec. 31" */
	if (a > 1 && (isw(p, a - 1, "until") || isw(p, a - 1, "till") ||
	    isw(p, a - 1, "to")))
		for (k = 2; k <= 4 && k <= a; k++)
			if (wd(p, a - k, DW_DEFER) != NULL)
				return T_FUTURE;
	/* "since July": only a time gone by */
	if (a > 0 && isw(p, a - 1, "since"))
		return T_PAST;
	for (i = a, k = 0; i > 0 && k < 40; k++) {
		if ((cue = tok_cue(p, --i, &isrep, 1)) != 0) {
			if (!isrep) {
				best = cue;
				bestd = (int)k;
				break;
			}
			/* "said Tuesday", "said on Tuesday", "said late Sunday" */
			if (report && k <= 2)
				return cue;
			rep = cue;
		}
		if (p->t[i].sent)
			break;
	}
	for (i = b, k = 0; i < p->n && k < 25 && (int)k < bestd; i++, k++) {
		const struct dates_tok *t = &p->t[i];

		if (t->kind == TK_PUNCT && (t->c == '.' || t->c == '!' ||
		    t->c == '?' || t->c == ';'))
			break;
		/*
		 * A new clause speaks of its own time: "told analysts in
		 * February that it would", "by November, earlier than it
		 * had forecast".
		 */
		if (clause_start(p, i) || (t->kind == TK_PUNCT &&
		    t->c == ',' && (best != T_NONE || rep != T_NONE)))
			break;
		/*
		 * A word in -ed after the date is often a participle ("a
		 * charge related to"): it speaks only when nothing before did.
		 */
		if ((cue = tok_cue(p, i, &isrep, best == T_NONE &&
		    rep == T_NONE)) != 0) {
			if (!isrep) {
				best = cue;
				break;
			}
			rep = cue;
		}
	}
	if (best == T_NONE && report)
		return rep;
	return best;
}

/*
 * The tense for placing a weekday, where "said Tuesday" means the past
 * Tuesday, and for a month or date, where "said" tells nothing: "the
 * deal closes March 1, officials said".
 */
static int
tense(const struct px *p, size_t a, size_t b)
{
	return tense_of(p, a, b, 0);
}

static int
tense_wday(const struct px *p, size_t a, size_t b)
{
	return tense_of(p, a, b, 1);
}

/* Resolution against the reference. */

static long
ref_days(const struct px *p)
{
	return cal_days(p->ref->y, p->ref->m, p->ref->d);
}

static void
set_day(struct tv *v, long z)
{
	v->gran = G_DAY;
	cal_civil(z, &v->y, &v->m, &v->d);
}

static void
set_week(struct tv *v, long z, enum gran g)
{
	v->gran = g;
	v->wk = cal_isoweek(z, &v->y);
}

/* The day that is off days from the reference, or XXXX-XX-XX. */
static void
res_day(const struct px *p, struct cand *c, long off)
{
	c->relative = 1;
	if (p->ref == NULL) {
		c->v.gran = G_DAY;
		return;
	}
	set_day(&c->v, ref_days(p) + off);
}

/* "this/last/next UNIT": the unit containing the reference, moved by off. */
static int
res_unit(const struct px *p, struct cand *c, int unit, int off)
{
	struct tv *v = &c->v;
	int m, q;

	c->relative = 1;
	switch (unit) {
	case DW_U_DAY:
		res_day(p, c, off);
		return 1;
	case DW_U_WEEK:
	case DW_U_WEEKEND:
		v->gran = unit == DW_U_WEEK ? G_WEEK : G_WEEKEND;
		if (p->ref != NULL)
			set_week(v, ref_days(p) + 7L * off, v->gran);
		return 1;
	case DW_U_MONTH:
		v->gran = G_MONTH;
		if (p->ref == NULL)
			return 1;
		m = p->ref->y * 12 + p->ref->m - 1 + off;
		v->y = m / 12;
		v->m = m % 12 + 1;
		return 1;
	case DW_U_QUARTER:
		v->gran = G_QUARTER;
		if (p->ref == NULL)
			return 1;
		q = p->ref->y * 4 + (p->ref->m - 1) / 3 + off;
		v->y = q / 4;
		v->q = q % 4 + 1;
		return 1;
	case DW_U_YEAR:
		v->gran = G_YEAR;
		if (p->ref != NULL)
			v->y = p->ref->y + off;
		return 1;
	case DW_U_DECADE:
		v->gran = G_DECADE;
		if (p->ref != NULL)
			v->y = (p->ref->y / 10 + off) * 10;
		return 1;
	case DW_U_CENTURY:
		v->gran = G_CENTURY;
		if (p->ref != NULL)
			v->y = (p->ref->y / 100 + off) * 100;
		return 1;
	}
	return 0;
}

/*
 * A weekday: dir -1 the latest on or before the reference, +1 the first
 * on or after it, -2 and +2 strictly, 0 the one in the reference's week,
 * 3 the nearest.
 */
static void
res_wday(const struct px *p, struct cand *c, int wday, int dir)
{
	long z;
	int w;

	c->relative = 1;
	if (p->ref == NULL) {
		c->v.gran = G_WDAY;
		c->v.wday = wday;
		return;
	}
	z = ref_days(p);
	w = cal_wday(z);
	if (dir == 0)
		z += wday - w;
	else if (dir == 3)	/* the nearest, the past on a tie */
		z += (wday - w + 7) % 7 < (w - wday + 7) % 7 ?
		    (wday - w + 7) % 7 : -((w - wday + 7) % 7);
	else if (dir < 0) {
		z -= (w - wday + 7) % 7;
		if (dir == -2 && wday == w)
			z -= 7;
	} else {
		z += (wday - w + 7) % 7;
		if (dir == 2 && wday == w)
			z += 7;
	}
	set_day(&c->v, z);
}

/* The year of a month (and day) given without one, by tense. */
static int
res_year(const struct px *p, int m, int d, int t)
{
	long diff;
	int y = p->ref->y;

	if (d == TV_UNKNOWN) {
		diff = (m - p->ref->m) * 31L;
	} else {
		if (d > cal_mdays(y, m))
			d = cal_mdays(y, m);
		diff = cal_days(y, m, d) - ref_days(p);
	}
	/*
	 * A past date with no year is last year's only when that is the
	 * nearer reading, or the month is still to come: news gives the
	 * year of a day long gone ("payable Dec. 1" on Nov. 1 is this
	 * year's, whatever the verb).
	 */
	if (t <= T_PAST && diff > 0 && (d == TV_UNKNOWN || diff > 150 ||
	    t < T_PAST))
		return y - 1;
	if (t == T_FUTURE && diff < 0 && (d != TV_UNKNOWN || diff < -31))
		return y + 1;
	/* No tense: the same year, unless that is most of a year away. */
	if (t == T_NONE && diff > 240)
		return y - 1;
	if (t == T_NONE && diff < -240)
		return y + 1;
	return y;
}

/* Lexical pieces. */

/* "a.m.", "am", "PM", "p.m": sets *h to 0 or 12; returns the end. */
static size_t
g_ampm(const struct px *p, size_t i, int *h)
{
	const struct dates_tok *t = tk(p, i);
	const struct dw_entry *e;

	if (t == NULL || t->kind != TK_WORD)
		return 0;
	if ((e = wd(p, i, DW_AMPM)) != NULL) {
		*h = e->value;
		return i + 1;
	}
	if (t->end - t->start != 1 || !pc(p, i + 1, '.') || !glued(p, i + 1) ||
	    !isw(p, i + 2, "m") || !glued(p, i + 2))
		return 0;
	if ((p->s[t->start] | 0x20) == 'a')
		*h = 0;
	else if ((p->s[t->start] | 0x20) == 'p')
		*h = 12;
	else
		return 0;
	if (pc(p, i + 3, '.') && glued(p, i + 3))
		return i + 4;
	return i + 3;
}

/* A time zone after a time: "EST", "GMT+8", "UTC-05:00", "local time". */
static size_t
g_zone(const struct px *p, size_t i)
{
	const struct dates_tok *t = tk(p, i);

	if (isw(p, i + 1, "time") && (isw(p, i, "local") ||
	    isw(p, i, "eastern") || isw(p, i, "pacific") ||
	    isw(p, i, "central") || isw(p, i, "mountain")))
		return i + 2;

	if (wd(p, i, DW_ZONE) == NULL || !t->cap)
		return i;
	if (t->end - t->start > 1 && (p->s[t->start + 1] < 'A' ||
	    p->s[t->start + 1] > 'Z'))
		return i;
	i++;
	if ((pc(p, i, '+') || pc(p, i, '-')) && glued(p, i) &&
	    num(p, i + 1) && glued(p, i + 1)) {
		i += 2;
		if (pc(p, i, ':') && glued(p, i) && num(p, i + 1) &&
		    glued(p, i + 1))
			i += 2;
	}
	return i;
}

/* Whether token i may not touch a date: digits or letters glued to it. */
static int
sticky(const struct px *p, size_t i)
{
	const struct dates_tok *t = tk(p, i);

	if (t == NULL || t->space)
		return 0;
	if (t->kind != TK_PUNCT)
		return 1;
	if (t->c == '.' || t->c == ',' || t->c == '/' || t->c == ':' ||
	    t->c == '-')
		return num(p, i + 1) != NULL && glued(p, i + 1);
	return t->c == '%' || t->c == '$';
}

/* The context before token i allows a bare number to be a time or year. */
static int
prep_before(const struct px *p, size_t i)
{
	return i > 0 && (wd(p, i - 1, DW_PREP) != NULL ||
	    wd(p, i - 1, DW_OF) != NULL || wval(p, i - 1, DW_TO, 0) ||
	    wd(p, i - 1, DW_APPROX) != NULL);
}

/* Words before a number that make it a year: "in 2018", "the 2012 vote". */
static int
year_cue(const struct px *p, size_t i)
{
	return i > 0 && (wd(p, i - 1, DW_PREP) != NULL ||
	    wd(p, i - 1, DW_OF) != NULL || wval(p, i - 1, DW_TO, 0) ||
	    is_the(p, i - 1) || wd(p, i - 1, DW_MONTH) != NULL ||
	    wd(p, i - 1, DW_SEASON) != NULL ||
	    (wd(p, i - 1, DW_TO) != NULL && i > 1 && num(p, i - 2) != NULL &&
	    num(p, i - 2)->ndig == 4));
}

/* Times of day. */

static size_t
g_clock(struct px *p, size_t i, struct cand *c)
{
	const struct dates_tok *t = num(p, i);
	size_t j;
	int h = -1, ampm = -1, mi = 0, ss = -1;

	c->type = DATES_TIME;
	if (wd(p, i, DW_NOON) != NULL) {
		c->v.hh = wd(p, i, DW_NOON)->value;
		c->v.mi = 0;
		return g_zone(p, i + 1);
	}
	if (t == NULL || t->ndig > 2 || t->ord || t->plural)
		return 0;
	if (i > 0 && !t->space && (pc(p, i - 1, ':') || pc(p, i - 1, '.') ||
	    pc(p, i - 1, '$') || pc(p, i - 1, '/') ||
	    (tk(p, i - 1)->kind != TK_PUNCT && !isw(p, i - 1, "t"))))
		return 0;
	h = t->num;
	j = i + 1;
	if (pc(p, j, ':') && glued(p, j) && num(p, j + 1) && glued(p, j + 1) &&
	    num(p, j + 1)->ndig == 2 && num(p, j + 1)->num <= 59) {
		mi = num(p, j + 1)->num;
		j += 2;
		if (pc(p, j, ':') && glued(p, j) && num(p, j + 1) &&
		    glued(p, j + 1) && num(p, j + 1)->ndig == 2 &&
		    num(p, j + 1)->num <= 59) {
			ss = num(p, j + 1)->num;
			j += 2;
		}
		if (sticky(p, j) && wd(p, j, DW_AMPM) == NULL)
			return 0;
		if (h > 23)
			return 0;
	} else if (pc(p, j, '.') && glued(p, j) && num(p, j + 1) &&
	    glued(p, j + 1) && num(p, j + 1)->ndig == 2 &&
	    num(p, j + 1)->num <= 59 && h <= 23 &&
	    (g_ampm(p, j + 2, &ampm) != 0 || wd(p, j + 2, DW_ZONE) != NULL)) {
		/* "3.30pm", "9.15 a.m.": a dot only with am, pm or a zone */
		mi = num(p, j + 1)->num;
		j += 2;
	} else if (j < p->n && tk(p, j)->kind == TK_WORD && !glued(p, j)) {
		/* "4 pm" with a space; glued "4pm" below. */
	} else if (j < p->n && tk(p, j)->kind != TK_WORD && glued(p, j)) {
		return 0;
	}
	{
		size_t k = g_ampm(p, j, &ampm);

		if (k != 0) {
			if (h < 1 || h > 12)
				return 0;
			h = h % 12 + ampm;
			j = k;
		} else if (isw(p, j, "o") && pc(p, j + 1, '\'') &&
		    isw(p, j + 2, "clock") && h >= 1 && h <= 12 && j == i + 1) {
			j += 3;
		} else if (wd(p, j, DW_NOON) != NULL && h == 12 && j == i + 1) {
			h = wd(p, j, DW_NOON)->value;	/* 12 noon, 12 midnight */
			j++;
		} else if (j == i + 1) {
			return 0;	/* a bare number */
		} else if (t->ndig != 2 && !prep_before(p, i) &&
		    wd(p, j, DW_ZONE) == NULL) {
			return 0;	/* 3:16 could be a ratio or a verse */
		}
	}
	c->v.hh = h;
	c->v.mi = mi;
	c->v.ss = ss;
	return g_zone(p, j);
}

/* Years, decades. */

/* A four-digit number that can be a year in a date: "June 18, 2023". */
static int
year_tok(const struct px *p, size_t i)
{
	const struct dates_tok *t = num(p, i);

	return t != NULL && t->ndig == 4 && !t->ord && !t->plural &&
	    t->num >= 1000 && t->num <= 2999 && !sticky(p, i + 1);
}

/* A lower-case plural noun after a number: "2000 troops". */
static int
plural_noun(const struct px *p, size_t i)
{
	const struct dates_tok *t = tk(p, i);
	size_t n;

	if (t == NULL || t->kind != TK_WORD || t->cap)
		return 0;
	if (t->w != NULL)
		return t->w->cls == DW_UNIT && (t->w->flags & DW_F_PLURAL);
	n = t->end - t->start;
	return n > 3 && p->s[t->end - 1] == 's' && p->s[t->end - 2] != 's' &&
	    p->s[t->end - 2] != 'u' && p->s[t->end - 2] != 'i';
}

/* A bare year: "in 2018", "1998", "fiscal 1998", "1998-99". */
static size_t	g_quarter(struct px *, size_t, struct cand *);

static size_t
g_year(struct px *p, size_t i, struct cand *c, int cue)
{
	const struct dates_tok *t = num(p, i);
	const struct dates_tok *u;
	size_t j = i + 1;
	int y;

	if (t == NULL || t->ndig != 4 || t->ord || t->plural)
		return 0;
	y = t->num;
	if (y < 1000 || y > 2999)
		return 0;
	if (i > 0 && !t->space && !cue && !pc(p, i - 1, '(') &&
	    !pc(p, i - 1, '"') && !pc(p, i - 1, '\''))
		return 0;
	if (i > 0 && (wd(p, i - 1, DW_BLOCK) != NULL || pc(p, i - 1, '#') ||
	    pc(p, i - 1, '$') || num(p, i - 1) != NULL))
		return 0;
	if (num(p, j) != NULL)
		return 0;	/* a run of numbers: "0161 496 2023" */
	/* "1998-99", "2019-2023": a range of years. */
	if (pc(p, j, '-') && glued(p, j) && (u = num(p, j + 1)) != NULL &&
	    glued(p, j + 1) && !sticky(p, j + 2)) {
		int y2 = u->ndig == 2 ? y / 100 * 100 + u->num :
		    u->ndig == 4 ? u->num : -1;

		if (y2 <= y || y2 > 2999)
			return 0;
		c->range = 1;
		c->v2.gran = G_YEAR;
		c->v2.y = y2;
		j += 2;
	} else if (sticky(p, j)) {
		return 0;
	}
	if (!cue && !c->range) {
		int ctx = year_cue(p, i);
		const struct dates_tok *n = tk(p, j);

		if (wd(p, j, DW_QTY) != NULL || wd(p, j, DW_UNIT) != NULL)
			return 0;
		if (!ctx && (plural_noun(p, j) || y < 1900 || y > 2100))
			return 0;
		/* "about 2000 volunteers", "than 1500 in all" */
		if (i > 0 && wd(p, i - 1, DW_APPROX) != NULL && n != NULL &&
		    n->kind == TK_WORD && !n->cap)
			return 0;
	}
	/* "the 1988 third quarter", "1990 first half" */
	if (!c->range && wd(p, j, DW_ORD) != NULL) {
		struct cand q;
		size_t k;

		cand_clear(&q, j);
		if ((k = g_quarter(p, j, &q)) != 0) {
			*c = q;
			c->first = i;
			c->relative = 0;
			c->v.y = y;
			return k;
		}
	}
	c->v.gran = G_YEAR;
	c->v.y = y;
	return j;
}

/* "1990s", "the '90s", "1800s" (a century). */
static size_t
g_decade(struct px *p, size_t i, struct cand *c, int cue)
{
	const struct dates_tok *t;
	size_t j = i;
	int y;

	if (pc(p, i, '\'') && (t = num(p, i + 1)) != NULL && glued(p, i + 1) &&
	    t->ndig == 2 && t->plural && t->num % 10 == 0) {
		y = (t->num >= 30 ? 1900 : 2000) + t->num;
		j = i + 2;
	} else if ((t = num(p, i)) != NULL && t->plural && t->ndig == 4 &&
	    t->num % 10 == 0 && t->num >= 1000 && t->num <= 2990) {
		y = t->num;
		j = i + 1;
	} else if ((t = num(p, i)) != NULL && t->plural && t->ndig == 2 &&
	    t->num % 10 == 0 && cue) {
		y = (t->num >= 30 ? 1900 : 2000) + t->num;
		j = i + 1;
	} else {
		return 0;
	}
	if (i > 0 && !tk(p, i)->space && !cue && !pc(p, i - 1, '(') &&
	    !pc(p, i - 1, '"'))
		return 0;
	c->v.gran = y % 100 == 0 && y != 2000 ? G_CENTURY : G_DECADE;
	c->v.y = y;
	return j;
}

/* "in '98", "since '05": a year in two digits after an apostrophe. */
static size_t
g_year2(struct px *p, size_t i, struct cand *c)
{
	const struct dates_tok *t = num(p, i + 1);

	if (!pc(p, i, '\'') || t == NULL || !glued(p, i + 1) || t->ndig != 2 ||
	    t->ord || t->plural || sticky(p, i + 2) ||
	    (i > 0 && glued(p, i)) || !year_cue(p, i) || is_the(p, i - 1))
		return 0;
	c->v.gran = G_YEAR;
	c->v.y = t->num >= 30 ? 1900 + t->num : 2000 + t->num;
	return i + 2;
}

/* Calendar dates with month names. */

/* The month token at i, if it can be one here. */
static const struct dw_entry *
month_at(const struct px *p, size_t i)
{
	const struct dw_entry *e = wd(p, i, DW_MONTH);

	if (e == NULL)
		return NULL;
	if ((e->flags & DW_F_AMBIG) && !tk(p, i)->cap)
		return NULL;
	return e;
}

/* A day of the month: "18", "18th"; returns 0 or the day. */
static int
mday(const struct px *p, size_t i)
{
	const struct dates_tok *t = num(p, i);

	if (t == NULL || t->ndig > 2 || t->plural || t->num < 1 ||
	    t->num > 31)
		return 0;
	if (sticky(p, i + 1) && !pc(p, i + 1, ',') && !pc(p, i + 1, '-') &&
	    !pc(p, i + 1, '.'))
		return 0;
	return t->num;
}

/* Fill c's value from month m, day d (or unknown), year y (or unknown). */
/* Whether a past verb comes right before first: "ended (on) Sept. 30". */
static int
past_near(const struct px *p, size_t first)
{
	size_t k = first;
	int rep;

	if (k > 0 && wd(p, k - 1, DW_PREP) != NULL)
		k--;
	return k > 0 && tok_cue(p, k - 1, &rep, 1) == T_PAST && !rep;
}

/*
 * Whether the date [first, last] names an event, "the Nov. 6 election",
 * "the March 11 earthquake": the tense of the sentence is not its own,
 * so the nearer year wins.
 */
static int
prenominal(const struct px *p, int first, int last)
{
	const struct dates_tok *t = tk(p, (size_t)last + 1);

	return first > 0 && is_the(p, (size_t)first - 1) && t != NULL &&
	    t->kind == TK_WORD && t->w == NULL && !t->cap;
}

static int
set_date(struct px *p, struct cand *c, int y, int m, int d, int first,
    int last)
{
	struct tv *v = &c->v;

	if (d != TV_UNKNOWN && d > (y != TV_UNKNOWN ? cal_mdays(y, m) :
	    m == 2 ? 29 : cal_mdays(2001, m)))
		return 0;
	v->gran = d == TV_UNKNOWN ? G_MONTH : G_DAY;
	v->m = m;
	v->d = d;
	if (y != TV_UNKNOWN) {
		v->y = y;
		c->full = d != TV_UNKNOWN;
		return 1;
	}
	c->relative = 1;
	if (p->ref == NULL)
		return 1;
	if (m == 9 && d == 11 && p->ref->y > 2001 && (isw(p, last + 1,
	    "attacks") || isw(p, last + 1, "attack") ||
	    isw(p, last + 1, "terrorist") || isw(p, last + 1, "terror")))
		v->y = 2001;	/* the day that needs no year */
	else if (d != TV_UNKNOWN && prenominal(p, first, last))
		v->y = res_year(p, m, d, T_NONE);
	else
		v->y = res_year(p, m, d, past_near(p, (size_t)first) ?
		    T_PAST_NEAR : tense(p, (size_t)first, (size_t)last + 1));
	return 1;
}

/* After a day: ", 2023", " 2023"; returns the end and sets *y. */
static size_t
opt_year(const struct px *p, size_t j, int *y)
{
	size_t k = pc(p, j, ',') ? j + 1 : j;

	if (year_tok(p, k) && !(pc(p, k + 1, ',') && num(p, k + 2) &&
	    glued(p, k + 2))) {
		*y = num(p, k)->num;
		return k + 1;
	}
	*y = TV_UNKNOWN;
	return j;
}

/* A second day after a dash: "June 18-19"; 0 if none. */
static int
range_day(const struct px *p, size_t j, int d)
{
	const struct dates_tok *t;

	if (!pc(p, j, '-') || (t = num(p, j + 1)) == NULL || t->ndig > 2 ||
	    t->num <= d || t->num > 31 || t->plural || sticky(p, j + 2))
		return 0;
	return t->num;
}

/*
 * End the day in c at d2 ("18-19"), within the same month.  A day the
 * month lacks ("June 30-31") is refused before c changes, so that a
 * shorter reading of the same words does not inherit the range.
 */
static int
set_day_range(struct cand *c, int d2)
{
	if (d2 > cal_mdays(c->v.y == TV_UNKNOWN ? 2001 : c->v.y, c->v.m))
		return 0;
	c->range = 1;
	c->v2 = c->v;
	c->v2.d = d2;
	return 1;
}

/* "June 18, 2023", "Jun. 18", "June 18th", "June 2023", "June 18-19". */
static size_t
g_mdate(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *e = month_at(p, i);
	size_t j = i + 1, k;
	int d, d2 = 0, y;

	if (e == NULL)
		return 0;
	if (pc(p, j, '.') && glued(p, j))
		j++;
	if ((d = mday(p, j)) != 0) {
		k = j + 1;
		if ((d2 = range_day(p, k, d)) != 0)
			k += 2;
		if (pc(p, k, ':') || (pc(p, k, '.') && num(p, k + 1)))
			return 0;
		k = opt_year(p, k, &y);
		if (!set_date(p, c, y, e->value, d, (int)i, (int)k - 1))
			return 0;
		if (d2 && !set_day_range(c, d2))
			return 0;
		return k;
	}
	if ((k = of_year(p, j, c, &y)) != 0 && y != TV_UNKNOWN) {
		c->v.gran = G_MONTH;
		c->v.y = y;
		c->v.m = e->value;
		return k;
	}
	c->relative = 0;
	k = j;
	if (pc(p, k, ',') || wd(p, k, DW_OF) != NULL)
		k++;
	if (year_tok(p, k)) {
		if (!set_date(p, c, num(p, k)->num, e->value, TV_UNKNOWN,
		    (int)i, (int)k))
			return 0;
		return k + 1;
	}
	return 0;
}

/* "18 June 2023", "18th of June", "18-19 June 2023". */
static size_t
g_dmdate(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *e;
	size_t j = i + 1, k;
	int d = mday(p, i), d2 = 0, y;

	if (d == 0 || (i > 0 && glued(p, i) && !pc(p, i - 1, '(')))
		return 0;
	if ((d2 = range_day(p, j, d)) != 0)
		j += 2;
	if (wd(p, j, DW_OF) != NULL)
		j++;
	if ((e = month_at(p, j)) == NULL)
		return 0;
	k = j + 1;
	if (pc(p, k, '.') && glued(p, k))
		k++;
	k = opt_year(p, k, &y);
	if (!set_date(p, c, y, e->value, d, (int)i, (int)k - 1))
		return 0;
	if (d2 && !set_day_range(c, d2))
		return 0;
	return k;
}

/* A two-digit year: 23 is 2023, 89 is 1989. */
static int
year2(int yy)
{
	return yy < 50 ? 2000 + yy : 1900 + yy;
}

/*
 * Read fields f of a numeric date (na, nc digits in the first and last)
 * into *y, *m, *d by the order option; a field over 12 is a day
 * whatever the order.  Returns 0 when they make no date.
 */
static int
numdate_fields(const struct px *p, const int *f, int na, int nc, char sep,
    int *y, int *m, int *d)
{
	if (na == 4 || (p->d->order == DATES_YMD && na == 2 && nc == 2 &&
	    sep != '.')) {
		if (nc > 2)
			return 0;
		*y = na == 4 ? f[0] : year2(f[0]);
		*m = f[1];
		*d = f[2];
	} else if (na <= 2 && (nc == 4 || nc == 2)) {
		if (sep == '.' && nc == 2)
			return 0;	/* 1.5.10: a version */
		*y = nc == 4 ? f[2] : year2(f[2]);
		if (f[0] > 12 || (p->d->order == DATES_DMY && f[1] <= 12)) {
			*d = f[0];
			*m = f[1];
		} else {
			*m = f[0];
			*d = f[1];
		}
	} else {
		return 0;
	}
	return *y >= 1000 && *y <= 2999 && *m >= 1 && *m <= 12 && *d >= 1 &&
	    *d <= cal_mdays(*y, *m);
}

/* An ISO date's time: "2023-06-18T16:01"; j is after the date. */
static size_t
iso_time(struct px *p, size_t j, struct cand *c)
{
	struct cand t;
	size_t e;

	if (!isw(p, j, "t") || !glued(p, j) || !num(p, j + 1) ||
	    !glued(p, j + 1))
		return j;
	cand_clear(&t, j + 1);
	if ((e = g_clock(p, j + 1, &t)) == 0)
		return j;
	c->v.hh = t.v.hh;
	c->v.mi = t.v.mi;
	c->v.ss = t.v.ss;
	c->type = DATES_TIME;
	return e;
}

/* "2023-06-18", "06/18/2023", "18.06.2023", "6/18/23". */
static size_t
g_numdate(struct px *p, size_t i, struct cand *c)
{
	const struct dates_tok *a = num(p, i), *b, *d;
	char sep;
	int f[3], y, m, dd;

	if (a == NULL || a->ord || a->plural || !tk(p, i + 1) ||
	    tk(p, i + 1)->kind != TK_PUNCT || !glued(p, i + 1))
		return 0;
	sep = tk(p, i + 1)->c;
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	if ((b = num(p, i + 2)) == NULL || !glued(p, i + 2) ||
	    !pc(p, i + 3, sep) || !glued(p, i + 3) ||
	    (d = num(p, i + 4)) == NULL || !glued(p, i + 4) || d->ord ||
	    d->plural || b->ndig > 2 || (sticky(p, i + 5) &&
	    !(isw(p, i + 5, "t") && num(p, i + 6) && glued(p, i + 6))))
		return 0;
	if (i > 0 && glued(p, i) && tk(p, i - 1)->kind != TK_PUNCT)
		return 0;
	if (i > 0 && glued(p, i) && (pc(p, i - 1, '-') || pc(p, i - 1, '/') ||
	    pc(p, i - 1, '.') || pc(p, i - 1, '$')))
		return 0;
	if (i > 0 && wd(p, i - 1, DW_BLOCK) != NULL)
		return 0;
	/* Dotted dates are written 18.06.2023; 10.4.1998 is a version. */
	if (sep == '.' && (a->ndig != 2 || b->ndig != 2))
		return 0;
	f[0] = a->num;
	f[1] = b->num;
	f[2] = d->num;
	if (!numdate_fields(p, f, a->ndig, d->ndig, sep, &y, &m, &dd))
		return 0;
	c->v.gran = G_DAY;
	c->v.y = y;
	c->v.m = m;
	c->v.d = dd;
	c->full = 1;
	if (a->ndig == 4)
		return iso_time(p, i + 5, c);
	return i + 5;
}

/* Weekdays and parts of the day. */

/* A part of the day after a day: "Tuesday night". */
static size_t
opt_part(struct px *p, size_t j, struct cand *c)
{
	const struct dw_entry *e = wd(p, j, DW_PART);

	if (e == NULL)
		return j;
	c->v.part = e->value;
	c->type = DATES_TIME;
	return j + 1;
}

static size_t
g_wday(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *e = wd(p, i, DW_WDAY);
	size_t j;
	int t;

	if (e == NULL || !tk(p, i)->cap)
		return 0;
	j = i + 1;
	if (pc(p, j, ',') || pc(p, j, '.') || wd(p, j, DW_MONTH) ||
	    num(p, j)) {
		struct cand d;
		size_t k, x = pc(p, j, ',') || pc(p, j, '.') ? j + 1 : j;

		cand_clear(&d, x);
		if ((k = g_mdate(p, x, &d)) != 0 ||
		    (k = g_dmdate(p, x, &d)) != 0) {
			if (d.v.gran == G_DAY) {
				c->v = d.v;
				c->full = d.full;
				c->relative = d.relative;
				c->range = d.range;
				c->v2 = d.v2;
				return k;
			}
		}
	}
	if ((e->flags & DW_F_ABBR) || (wd(p, j, DW_PRESS) && tk(p, j)->cap))
		return 0;	/* "Sunday Times" */
	t = tense_wday(p, i, i + 1);
	res_wday(p, c, e->value, t == T_FUTURE ? 1 : t == T_PAST ? -1 : 3);
	return opt_part(p, j, c);
}

/* Literal values and durations. */

static void
set_lit(struct cand *c, const char *lit)
{
	size_t n = strlen(lit);

	if (n >= sizeof(c->v.lit))
		n = sizeof(c->v.lit) - 1;
	memcpy(c->v.lit, lit, n);
	c->v.lit[n] = '\0';
}

/* A count in digits: "2", "7-1/2", "5 1/2", "2.5". */
static size_t
count_digits(const struct px *p, size_t i, int *n10)
{
	const struct dates_tok *t = tk(p, i);
	size_t j = i + 1;
	int dash = pc(p, j, '-');

	if (t->ord || t->plural || t->ndig > 4 || t->num < 0 ||
	    (i > 0 && glued(p, i) && !pc(p, i - 1, '(')))
		return 0;
	*n10 = t->num * 10;
	if ((dash || !tk(p, j) || tk(p, j)->space) && num(p, j + dash) &&
	    num(p, j + dash)->num == 1 && pc(p, j + dash + 1, '/') &&
	    glued(p, j + dash + 1) && num(p, j + dash + 2) &&
	    glued(p, j + dash + 2) && num(p, j + dash + 2)->num == 2 &&
	    (!dash || (glued(p, j) && glued(p, j + 1)))) {
		*n10 += 5;
		j += dash + 3;
	} else if (pc(p, j, '.') && glued(p, j) && num(p, j + 1) &&
	    glued(p, j + 1) && num(p, j + 1)->ndig == 1) {
		*n10 += num(p, j + 1)->num;
		j += 2;
	}
	return j;
}

/*
 * A count before a unit: "2", "two", "twenty-five", "a", "several",
 * "7-1/2", "seven-and-a-half".  Sets *n10 to ten times the count, or -1
 * when it is not known; returns the end, 0 if there is no count.
 */
static size_t
g_count(const struct px *p, size_t i, int *n10)
{
	const struct dates_tok *t = tk(p, i);
	const struct dw_entry *e;
	size_t j = i + 1;

	if (t == NULL)
		return 0;
	if (t->kind == TK_NUM)
		return count_digits(p, i, n10);
	if (t->kind != TK_WORD || t->w == NULL)
		return 0;
	e = t->w;
	if (e->cls == DW_NUM) {
		*n10 = e->value * 10;
		if (pc(p, j, '-') && glued(p, j) && wd(p, j + 1, DW_NUM) &&
		    glued(p, j + 1) && e->value >= 20 &&
		    wd(p, j + 1, DW_NUM)->value < 10) {
			*n10 += wd(p, j + 1, DW_NUM)->value * 10;
			j += 2;
		}
		/* seven-and-a-half, seven and a half */
		if (isw(p, j + (pc(p, j, '-') ? 1 : 0), "and")) {
			size_t k = j + (pc(p, j, '-') ? 1 : 0) + 1;

			if (pc(p, k, '-'))
				k++;
			if (isw(p, k, "a") && (pc(p, k + 1, '-') ?
			    wd(p, k + 2, DW_HALF) != NULL :
			    wd(p, k + 1, DW_HALF) != NULL)) {
				*n10 += 5;
				j = k + (pc(p, k + 1, '-') ? 3 : 2);
				if (pc(p, j, '-'))
					j++;
			}
		}
		return j;
	}
	if (e->cls == DW_DET && e->value == 1) {
		*n10 = 10;
		if (wd(p, j, DW_FEW) != NULL) {
			*n10 = -1;
			j++;
			if (wd(p, j, DW_OF) != NULL)
				j++;
		}
		return j;
	}
	if (e->cls == DW_FEW) {
		*n10 = -1;
		if (wd(p, j, DW_OF) != NULL)
			j++;
		return j;
	}
	return 0;
}

/* The duration "P5Y", "PT7.5H", "PXM" of n10/10 units. */
static void
set_dur(struct cand *c, int unit, int n10)
{
	static const char *const u[] = { "", "M", "H", "D", "W", "WE",
	    "M", "Q", "Y", "DE", "CE", "W", "S" };
	char *b = c->v.lit, *end = b + sizeof(c->v.lit) - 4, d[12];
	const char *x;
	int n = 0, v;

	if (unit == DW_U_FORTNIGHT && n10 >= 0)
		n10 *= 2;
	*b++ = 'P';
	if (unit == DW_U_MINUTE || unit == DW_U_HOUR || unit == DW_U_SECOND)
		*b++ = 'T';
	if (n10 < 0) {
		*b++ = 'X';
	} else {
		/* Written by hand: this runs for every duration in the text. */
		v = n10 / 10;
		do
			d[n++] = (char)('0' + v % 10);
		while ((v /= 10) != 0 && n < 10);
		while (n > 0 && b < end)
			*b++ = d[--n];
		if (n10 % 10 != 0) {
			*b++ = '.';
			*b++ = (char)('0' + n10 % 10);
		}
	}
	for (x = u[unit]; *x != '\0'; x++)
		*b++ = *x;
	*b = '\0';
	c->type = DATES_DURATION;
}

/* Mark c as dated from the story: off units from an anchor date. */
static void
set_ana(struct cand *c, int unit, int off)
{
	c->ana = 1;
	c->ana_unit = unit;
	c->ana_off = off;
}

void
gram_anaphora(struct cand *c, const struct tv *a)
{
	struct tv *v = &c->v;
	int u = c->ana_unit, off = c->ana_off, m;
	int day = a->gran == G_DAY && a->y != TV_UNKNOWN &&
	    a->m != TV_UNKNOWN;

	if (a->y == TV_UNKNOWN || a->lit[0] != '\0')
		return;
	if (u == DW_U_DAY && day) {
		set_day(v, cal_days(a->y, a->m, a->d) + off);
	} else if (u == DW_U_WEEK && day) {
		set_week(v, cal_days(a->y, a->m, a->d) + 7L * off, G_WEEK);
	} else if ((u == DW_U_MONTH || u == DW_U_QUARTER) &&
	    a->m != TV_UNKNOWN && (a->gran == G_DAY || a->gran == G_MONTH)) {
		m = a->y * 12 + a->m - 1;
		if (u == DW_U_MONTH) {
			m += off;
			v->y = m / 12;
			v->m = m % 12 + 1;
		} else {
			m = m / 3 + off;
			v->y = m / 4;
			v->q = m % 4 + 1;
		}
	} else if (u == DW_U_YEAR && a->gran != G_DECADE &&
	    a->gran != G_CENTURY) {
		v->y = a->y + off;
	} else {
		return;
	}
	c->relative = 0;
}

/* "two years ago", "a week ago", "several days ago". */
static void
res_ago(const struct px *p, struct cand *c, int unit, int n10)
{
	int n = n10 / 10;

	c->relative = 1;
	if (n10 < 0 || unit == DW_U_HOUR || unit == DW_U_MINUTE ||
	    unit == DW_U_SECOND) {
		set_lit(c, "PAST_REF");
		return;
	}
	if (unit == DW_U_FORTNIGHT) {
		unit = DW_U_WEEK;
		n *= 2;
	}
	if (unit == DW_U_DAY)
		res_day(p, c, -n);
	else if (unit == DW_U_WEEK) {
		c->v.gran = G_WEEK;
		if (p->ref != NULL)
			set_week(&c->v, ref_days(p) - 7L * n, G_WEEK);
	} else
		res_unit(p, c, unit, -n);
}

/* "five years", "two-day", "7-1/2 hours", "two years ago". */
static size_t
g_amount(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *u;
	size_t j;
	int n10;

	if ((u = wd(p, i, DW_UNIT)) != NULL && (u->flags & DW_F_PLURAL) &&
	    wd(p, i + 1, DW_AGO) != NULL) {
		res_ago(p, c, u->value, -1);	/* "years ago" */
		return i + 2;
	}
	if ((j = g_count(p, i, &n10)) == 0)
		return 0;
	if (pc(p, j, '-') && glued(p, j) && glued(p, j + 1))
		j++;
	if ((u = wd(p, j, DW_UNIT)) == NULL || u->value == DW_U_WEEKEND)
		return 0;
	/* "a second", "one day": the count must agree with a plural. */
	if ((u->flags & DW_F_PLURAL) && n10 == 10 &&
	    wd(p, i, DW_DET) != NULL)
		return 0;
	/*
	 * "two years ago"; "a year earlier", which TimeML dates from its
	 * anchor, taken here to be the reference as news usually means it;
	 * not "a year earlier than planned", a duration.
	 */
	if (wd(p, j + 1, DW_AGO) != NULL || (isw(p, j + 1, "earlier") &&
	    n10 > 0 && !isw(p, j + 2, "than"))) {
		res_ago(p, c, u->value, n10);
		if (isw(p, j + 1, "earlier") && n10 % 10 == 0)
			set_ana(c, u->value, -(n10 / 10));
		return j + 2;
	}
	if (isw(p, j + 1, "later") && n10 >= 10 && n10 % 10 == 0 &&
	    !isw(p, j + 2, "than") &&
	    u->value >= DW_U_DAY && u->value != DW_U_WEEKEND) {
		if (u->value == DW_U_WEEK || u->value == DW_U_FORTNIGHT) {
			c->relative = 1;
			c->v.gran = G_WEEK;
			if (p->ref != NULL)
				set_week(&c->v, ref_days(p) + 7L * (n10 / 10) *
				    (u->value == DW_U_WEEK ? 1 : 2), G_WEEK);
		} else if (!res_unit(p, c, u->value, n10 / 10)) {
			return 0;
		}
		set_ana(c, u->value, n10 / 10);
		return j + 2;
	}
	set_dur(c, u->value, n10);
	return j + 1;
}

/* Quarters and halves. */

/* The year after "of": "of 2023", "of this year", "of fiscal 2023". */
static size_t
of_year(struct px *p, size_t j, struct cand *c, int *y)
{
	const struct dw_entry *r;
	struct cand t;

	if (wd(p, j, DW_OF) == NULL)
		return 0;
	j++;
	if (wd(p, j, DW_FISCAL) != NULL)
		j++;
	if (year_tok(p, j)) {
		*y = num(p, j)->num;
		return j + 1;
	}
	if (is_the(p, j) && wval(p, j + 1, DW_UNIT, DW_U_YEAR)) {
		*y = p->ref != NULL ? p->ref->y : TV_UNKNOWN;
		c->relative = 1;
		return j + 2;
	}
	if ((r = wd(p, j, DW_REL)) != NULL &&
	    wval(p, j + 1, DW_UNIT, DW_U_YEAR)) {
		cand_clear(&t, j);
		res_unit(p, &t, DW_U_YEAR, r->value == DW_R_THIS ? 0 :
		    r->value == DW_R_LAST || r->value == DW_R_PREV ? -1 : 1);
		*y = t.v.y;
		c->relative = 1;
		return j + 2;
	}
	return 0;
}

/*
 * Whether quarter (or half) q, later in the year than the reference,
 * is last year's.  The past tense says so; the future does too while
 * last year's period ended under two months ago ("will take a charge
 * against fourth-quarter earnings" in February: results not yet out);
 * with no tense the nearer one wins, this year's on a tie (the third
 * quarter in March is still to come in most talk of it).
 */
static int
back_period(const struct px *p, int q, int half, int t)
{
	int n = half ? 2 : 4, cur = half ? (p->ref->m - 1) / 6 + 1 :
	    (p->ref->m - 1) / 3 + 1;
	long ended = ref_days(p) - cal_days(p->ref->y - 1, q * 12 / n, 1);

	if (t == T_PAST)
		return 1;
	if (half)
		return 0;
	if (q == n && ended < 31 + 60)
		return 1;
	if (t == T_FUTURE)
		return 0;
	return n - (q - cur) < q - cur;
}

/* "the year-ago second quarter", "the year-earlier quarter" before i */
static int
year_ago(const struct px *p, size_t i)
{
	return i >= 3 && (isw(p, i - 1, "ago") || isw(p, i - 1, "earlier")) &&
	    pc(p, i - 2, '-') && isw(p, i - 3, "year");
}

static size_t
g_quarter(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *o = wd(p, i, DW_ORD);
	size_t j = i + 1, k;
	int q, half, y, cur, t;

	if (o != NULL) {
		q = o->value;
		if (pc(p, j, '-') && glued(p, j))
			j++;
		if (wval(p, j, DW_UNIT, DW_U_QUARTER) && q <= 4)
			half = 0;
		else if (wd(p, j, DW_HALF) != NULL && q <= 2)
			half = 1;
		else
			return 0;
		j++;
	} else if (isw(p, i, "q") && num(p, j) && glued(p, j) &&
	    num(p, j)->ndig == 1 && num(p, j)->num >= 1 &&
	    num(p, j)->num <= 4) {
		q = num(p, j)->num;
		half = 0;
		j++;
	} else {
		return 0;
	}
	c->v.gran = half ? G_HALF : G_QUARTER;
	c->v.q = q;
	if ((k = of_year(p, j, c, &y)) != 0) {
		c->v.y = y;
		return k;
	}
	if (year_tok(p, j) && o == NULL) {
		c->v.y = num(p, j)->num;
		return j + 1;
	}
	c->relative = 1;
	if (p->ref != NULL) {
		cur = half ? (p->ref->m - 1) / 6 + 1 : (p->ref->m - 1) / 3 + 1;
		t = tense(p, i, j);
		c->v.y = p->ref->y;
		if (q > cur && back_period(p, q, half, t))
			c->v.y--;
		if (year_ago(p, i))
			c->v.y--;
	}
	return j;
}

/* Seasons: "summer 2023", "the summer of 2023", "in spring". */
static size_t
g_season(struct px *p, size_t i, struct cand *c, int cue)
{
	const struct dw_entry *e = wd(p, i, DW_SEASON);
	size_t j = i + 1, k;
	int y;

	if (e == NULL)
		return 0;
	c->v.gran = G_SEASON;
	c->v.q = e->value;
	if ((k = of_year(p, j, c, &y)) != 0) {
		c->v.y = y;
		return k;
	}
	if (year_tok(p, j)) {
		c->v.y = num(p, j)->num;
		return j + 1;
	}
	if ((e->flags & DW_F_AMBIG) && !cue)
		return 0;
	if (!cue && !prep_before(p, i))
		return 0;
	if (wd(p, j, DW_OF) != NULL)
		return 0;	/* "the fall of Rome" */
	if ((e->flags & DW_F_AMBIG) && i > 0 && is_the(p, i - 1) &&
	    j < p->n && tk(p, j)->kind != TK_PUNCT)
		return 0;	/* "the fall in prices" */
	c->relative = 1;
	if (p->ref != NULL) {
		/* In the past, a season not over yet is last year's. */
		static const int last[] = { 0, 5, 8, 11, 14 };
		int t = tense(p, i, j);

		c->v.y = p->ref->y;
		if (t == T_PAST && last[e->value] >= p->ref->m)
			c->v.y--;
	}
	return j;
}

/* A month on its own: "in November", "since March". */
static size_t
g_month(struct px *p, size_t i, struct cand *c, int cue)
{
	const struct dw_entry *e = month_at(p, i);
	const struct dates_tok *n;

	if (e == NULL || (e->flags & DW_F_ABBR) || !tk(p, i)->cap)
		return 0;
	if ((e->flags & DW_F_AMBIG) && !cue && !prep_before(p, i) &&
	    !(i > 1 && (wd(p, i - 1, DW_TO) || pc(p, i - 1, '-') ||
	    isw(p, i - 1, "or") || isw(p, i - 1, "and")) &&
	    (wd(p, i - 2, DW_MONTH) || (i > 2 && num(p, i - 2) != NULL &&
	    wd(p, i - 3, DW_MONTH)))))
		return 0;	/* "between December 2008 and March" */
	n = tk(p, i + 1);
	if (n != NULL && n->kind == TK_WORD && n->cap && n->w == NULL &&
	    (e->flags & DW_F_AMBIG))
		return 0;	/* a name: "June Carter" */
	if (n != NULL && n->kind == TK_PUNCT && n->c == '\'' && !n->space &&
	    (e->flags & DW_F_AMBIG) && !cue && !prep_before(p, i))
		return 0;	/* "May's", "April's": often a name */
	if (!set_date(p, c, TV_UNKNOWN, e->value, TV_UNKNOWN, (int)i, (int)i))
		return 0;
	return i + 1;
}

/* "March last year", "June this year": one expression. */
static size_t
g_month_rel(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *e = month_at(p, i), *r;
	struct cand t;

	if (e == NULL || (e->flags & DW_F_ABBR) || !tk(p, i)->cap ||
	    (r = wd(p, i + 1, DW_REL)) == NULL || r->value == DW_R_RECENT ||
	    r->value == DW_R_PAST || !wval(p, i + 2, DW_UNIT, DW_U_YEAR))
		return 0;
	cand_clear(&t, i + 1);
	res_unit(p, &t, DW_U_YEAR, rel_off(r->value));
	c->v.gran = G_MONTH;
	c->v.y = t.v.y;
	c->v.m = e->value;
	c->relative = 1;
	return i + 3;
}

/* Relative expressions. */

static int
rel_off(int r)
{
	switch (r) {
	case DW_R_THIS:
	case DW_R_THAT:
		return 0;
	case DW_R_LAST:
	case DW_R_PAST:
	case DW_R_PREV:
		return -1;
	default:
		return 1;
	}
}

/* "last March", "next June": the month's occurrence before or after. */
static void
res_relmonth(const struct px *p, struct cand *c, int m, int r)
{
	int off = rel_off(r);

	c->v.gran = G_MONTH;
	c->v.m = m;
	c->relative = 1;
	if (p->ref == NULL)
		return;
	c->v.y = p->ref->y;
	if (off < 0 && m >= p->ref->m)
		c->v.y--;
	else if (off > 0 && m <= p->ref->m)
		c->v.y++;
}

static void
res_relseason(const struct px *p, struct cand *c, int s, int r)
{
	static const int first[] = { 0, 3, 6, 9, 12 };
	static const int last[] = { 0, 5, 8, 11, 14 };
	int off = rel_off(r), m;

	c->v.gran = G_SEASON;
	c->v.q = s;
	c->relative = 1;
	if (p->ref == NULL)
		return;
	m = p->ref->m;
	c->v.y = p->ref->y;
	if (s == DW_S_WI && m <= 2)
		m += 12, c->v.y--;
	if (off < 0 && m <= last[s])
		c->v.y--;
	else if (off > 0 && m >= first[s])
		c->v.y++;
}

/* "last week", "this year"; "the past year" and "the next two days" last. */
static size_t
rel_unit(struct px *p, size_t j, struct cand *c, int r, int det,
    const struct dw_entry *u)
{
	if (u->flags & DW_F_PLURAL) {
		if (r == DW_R_THIS)
			return 0;
		set_dur(c, u->value, -1);
		return j + 1;
	}
	if (u->value == DW_U_HOUR || u->value == DW_U_MINUTE ||
	    u->value == DW_U_FORTNIGHT || r == DW_R_PAST ||
	    (r == DW_R_LAST && det)) {
		if (!det && r != DW_R_PAST)
			return 0;
		set_dur(c, u->value, 10);
		return j + 1;
	}
	/*
	 * "the next day", "the previous day", "that day": TimeML dates them
	 * from the story's own time; the reference stands in for it here.
	 */
	if (u->value == DW_U_DAY && r != DW_R_THAT && (!det ||
	    (r != DW_R_NEXT && r != DW_R_COMING && r != DW_R_PREV)))
		return 0;
	if (!res_unit(p, c, u->value, rel_off(r)))
		return 0;
	if (r == DW_R_THAT || (det && (r == DW_R_NEXT || r == DW_R_COMING ||
	    r == DW_R_PREV)))
		set_ana(c, u->value, rel_off(r));
	return j + 1;
}

/* "this morning", "last night". */
static size_t
rel_part(struct px *p, size_t j, struct cand *c, int r,
    const struct dw_entry *u)
{
	if (r == DW_R_THIS && u->value != DW_P_NI)
		res_day(p, c, 0);
	else if (r == DW_R_LAST && (u->value == DW_P_NI ||
	    u->value == DW_P_EV))
		res_day(p, c, -1);
	else
		return 0;
	c->v.part = u->value;
	c->type = DATES_TIME;
	return j + 1;
}

static size_t
g_rel(struct px *p, size_t i, struct cand *c, int det)
{
	const struct dw_entry *e = wd(p, i, DW_REL), *u;
	size_t j = i + 1, k;
	int r, n10;

	if (e == NULL)
		return 0;
	r = e->value;
	if (r == DW_R_THIS && wval(p, j, DW_REL, DW_R_PAST)) {
		r = DW_R_LAST;
		j++;
	}
	if (r == DW_R_THAT && ((u = wd(p, j, DW_UNIT)) == NULL ||
	    (u->flags & DW_F_PLURAL) || u->value < DW_U_DAY ||
	    u->value == DW_U_WEEKEND || u->value == DW_U_FORTNIGHT ||
	    det != is_the(p, i - 1) || (det && !isw(p, i, "same")) ||
	    (!det && !isw(p, i, "that"))))
		return 0;
	if (r == DW_R_RECENT) {
		u = wd(p, j, DW_UNIT);
		if (u == NULL || !(u->flags & DW_F_PLURAL))
			return 0;
		set_lit(c, "PAST_REF");
		c->relative = 1;
		return j + 1;
	}
	if (r != DW_R_THIS && (k = g_count(p, j, &n10)) != 0 &&
	    (u = wd(p, k, DW_UNIT)) != NULL && wd(p, j, DW_DET) == NULL) {
		set_dur(c, u->value, n10);
		return k + 1;
	}
	if ((u = wd(p, j, DW_UNIT)) != NULL)
		return rel_unit(p, j, c, r, det, u);
	if (det && r != DW_R_PREV && r != DW_R_COMING && r != DW_R_PAST)
		return 0;
	if ((u = wd(p, j, DW_WDAY)) != NULL && !(u->flags & DW_F_ABBR)) {
		res_wday(p, c, u->value, r == DW_R_THIS ? 0 :
		    rel_off(r) < 0 ? -2 : 2);
		return opt_part(p, j + 1, c);
	}
	if ((u = month_at(p, j)) != NULL && !(u->flags & DW_F_ABBR)) {
		res_relmonth(p, c, u->value, r);
		return j + 1;
	}
	if ((u = wd(p, j, DW_SEASON)) != NULL) {
		res_relseason(p, c, u->value, r);
		return j + 1;
	}
	if ((u = wd(p, j, DW_PART)) != NULL && !det)
		return rel_part(p, j, c, r, u);
	if (det && r == DW_R_PAST) {
		set_lit(c, "PAST_REF");
		c->relative = 1;
		return j;
	}
	return 0;
}

/* today, yesterday, tonight, now, currently, recently. */
static size_t
g_deixis(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *e = wd(p, i, DW_DEIXIS);

	if (e == NULL)
		return 0;
	c->relative = 1;
	switch (e->value) {
	case DW_D_TODAY:
		if (tk(p, i)->cap && !tk(p, i)->sent && ((i > 0 &&
		    tk(p, i - 1)->kind == TK_WORD && tk(p, i - 1)->cap &&
		    tk(p, i - 1)->w == NULL) || wd(p, i + 1, DW_PRESS)))
			return 0;	/* "USA Today", "the Today show" */
		res_day(p, c, 0);
		return opt_part(p, i + 1, c);
	case DW_D_YESTERDAY:
		res_day(p, c, -1);
		return opt_part(p, i + 1, c);
	case DW_D_TOMORROW:
		res_day(p, c, 1);
		return opt_part(p, i + 1, c);
	case DW_D_TONIGHT:
		res_day(p, c, 0);
		c->v.part = DW_P_NI;
		c->type = DATES_TIME;
		return i + 1;
	case DW_D_NOW:
	case DW_D_NOWADAYS:
		if (pc(p, i + 1, '-') && glued(p, i + 1))
			return 0;	/* "now-defunct" */
		set_lit(c, "PRESENT_REF");
		return i + 1;
	case DW_D_RECENTLY:
		if (isw(p, i - 1, "as") && isw(p, i + 1, "as"))
			return 0;	/* "as recently as Feb. 15": the date */
		set_lit(c, "PAST_REF");
		return i + 1;
	case DW_D_THESE:
		if (!wval(p, i + 1, DW_UNIT, DW_U_DAY) ||
		    !(wd(p, i + 1, DW_UNIT)->flags & DW_F_PLURAL))
			return 0;
		set_lit(c, "PRESENT_REF");
		return i + 2;
	case DW_D_PRESENT:
		if (!isw(p, i - 1, "at") && !is_the(p, i - 1))
			return 0;
		if (is_the(p, i - 1) && !(i > 1 && wd(p, i - 2, DW_PREP)))
			return 0;
		set_lit(c, "PRESENT_REF");
		return i + 1;
	}
	return 0;
}

/* Modifiers: "early this year", "mid-1998", "the end of the year". */
static size_t
g_mod(struct px *p, size_t i, struct cand *c, int det)
{
	const struct dw_entry *e = wd(p, i, DW_MOD), *u;
	size_t j = i + 1, k;

	if (e == NULL)
		return 0;
	if (e->flags & DW_F_NOUN) {
		if (!det || wd(p, j, DW_OF) == NULL)
			return 0;
		j++;
		if (is_the(p, j) && (u = wd(p, j + 1, DW_UNIT)) != NULL &&
		    !(u->flags & DW_F_PLURAL) && u->value >= DW_U_WEEK &&
		    res_unit(p, c, u->value, 0))
			return j + 2;
		return g_core(p, j, c, 1);
	}
	if (det) {	/* "the early 1990s", "the mid-1990s" */
		if (pc(p, j, '-') && glued(p, j) && glued(p, j + 1))
			j++;
		return g_decade(p, j, c, 1);
	}
	if (pc(p, j, '-') && glued(p, j) && glued(p, j + 1)) {
		j++;
		if ((k = g_year(p, j, c, 1)) != 0 ||
		    (k = g_decade(p, j, c, 1)) != 0 ||
		    (k = g_mdate(p, j, c)) != 0 ||
		    (k = g_month(p, j, c, 1)) != 0)
			return k;
		return 0;
	}
	if (e->flags & DW_F_COMP) {
		/* "later in the year", "earlier in the day" */
		if (isw(p, j, "in") && is_the(p, j + 1) &&
		    (u = wd(p, j + 2, DW_UNIT)) != NULL &&
		    !(u->flags & DW_F_PLURAL) && u->value >= DW_U_DAY &&
		    u->value != DW_U_WEEKEND && res_unit(p, c, u->value, 0))
			return j + 3;
		if ((k = g_rel(p, j, c, 0)) != 0 || (k = g_deixis(p, j, c)) != 0)
			return c->v.lit[0] == '\0' ? k : 0;
		return g_wday(p, j, c);
	}
	return g_core(p, j, c, 1);
}

/*
 * What may follow a modifier: a year, a month, a relative or deictic
 * expression, a weekday, a season, a decade.
 */
static size_t
g_core(struct px *p, size_t i, struct cand *c, int cue)
{
	size_t k;

	if ((k = g_mdate(p, i, c)) != 0 || (k = g_dmdate(p, i, c)) != 0 ||
	    (k = g_month_rel(p, i, c)) != 0 ||
	    (k = g_decade(p, i, c, cue)) != 0 || (k = g_year(p, i, c, cue)) != 0 ||
	    (k = g_rel(p, i, c, 0)) != 0 || (k = g_wday(p, i, c)) != 0 ||
	    (k = g_season(p, i, c, cue)) != 0 ||
	    (k = g_month(p, i, c, cue)) != 0 || (k = g_quarter(p, i, c)) != 0)
		return k;
	if (is_the(p, i) && ((k = g_decade(p, i + 1, c, 1)) != 0 ||
	    (k = g_quarter(p, i + 1, c)) != 0 ||
	    (k = g_season(p, i + 1, c, 1)) != 0))
		return k;
	if ((k = g_deixis(p, i, c)) != 0 && c->v.lit[0] == '\0')
		return k;
	return 0;
}

/* "the ...": the determiner belongs to the expression. */
/*
 * "the year" and "the quarter" alone, which TimeML dates: the year the
 * story is in (last year in a past clause early in the year; the year of
 * a date before it in the paragraph if there is one), the
 * quarter last reported (the current one in the future tense); and "the
 * year 2000".  Not "the year-earlier", "the year ended June 30", "the
 * year before" (a clause of its own), "Man of the Year".
 */
static size_t
the_unit(struct px *p, size_t i, size_t j, struct cand *c)
{
	const struct dw_entry *u = wd(p, j, DW_UNIT);
	static const char *const no[] = { "ended", "ending", "ends", "before",
	    "after", "earlier", "later", "ago", "to", "through", "of", "in",
	    "that", "when", "s" };
	size_t k;

	if (u == NULL || (u->flags & DW_F_PLURAL) || tk(p, j)->cap ||
	    (u->value != DW_U_YEAR && u->value != DW_U_QUARTER))
		return 0;
	if (u->value == DW_U_YEAR && year_tok(p, j + 1)) {
		c->v.gran = G_YEAR;
		c->v.y = num(p, j + 1)->num;
		return j + 2;	/* "the year 2000" */
	}
	if (j + 1 < p->n && (glued(p, j + 1) && tk(p, j + 1)->kind ==
	    TK_PUNCT && (pc(p, j + 1, '-') || pc(p, j + 1, '\''))))
		return 0;
	for (k = 0; k < sizeof(no) / sizeof(no[0]); k++)
		if (isw(p, j + 1, no[k]))
			return 0;
	if (i > 1 && isw(p, i - 1, "of") && isw(p, i - 2, "time"))
		return 0;	/* "this time of the year" */
	if (u->value == DW_U_YEAR) {
		/* "profit for the year rose", said in February: last year */
		res_unit(p, c, DW_U_YEAR, p->ref != NULL && p->ref->m <= 2 &&
		    tense(p, i, j + 1) == T_PAST ? -1 : 0);
		set_ana(c, DW_U_YEAR, 0);
	} else {
		res_unit(p, c, DW_U_QUARTER,
		    tense(p, i, j + 1) == T_FUTURE ? 0 : -1);
	}
	return j + 1;
}

static size_t
g_det(struct px *p, size_t i, struct cand *c)
{
	size_t j = i + 1, k;
	const struct dw_entry *u;

	if (!is_the(p, i))
		return g_amount(p, i, c);
	if (wd(p, j, DW_FISCAL) != NULL && (k = g_quarter(p, j + 1, c)) != 0)
		return k;	/* "the fiscal first quarter" */
	if ((k = g_quarter(p, j, c)) != 0 || (k = g_decade(p, j, c, 1)) != 0 ||
	    (k = g_season(p, j, c, 1)) != 0 || (k = g_rel(p, j, c, 1)) != 0 ||
	    (k = g_mod(p, j, c, 1)) != 0)
		return k;
	if (wval(p, j, DW_UNIT, DW_U_DAY) && (isw(p, j + 1, "before") ||
	    isw(p, j + 1, "after")) && (j + 2 >= p->n ||
	    tk(p, j + 2)->kind == TK_PUNCT)) {
		res_day(p, c, isw(p, j + 1, "before") ? -1 : 1);
		set_ana(c, DW_U_DAY, isw(p, j + 1, "before") ? -1 : 1);
		return j + 2;	/* "the day before", ending its clause */
	}
	if ((k = the_unit(p, i, j, c)) != 0)
		return k;
	if (num(p, j) != NULL && wd(p, j + 1, DW_ORD) != NULL &&
	    (k = g_year(p, j, c, 1)) != 0) {
		if (c->v.gran != G_YEAR) {
			c->first = i;
			return k;	/* "the 1988 third quarter" */
		}
		cand_clear(c, i);
	}
	if ((u = wd(p, j, DW_UNIT)) != NULL && u->value == DW_U_WEEKEND) {
		int t = tense_wday(p, i, j + 1);

		res_unit(p, c, DW_U_WEEKEND, 0);
		if (p->ref != NULL && t == T_PAST &&
		    cal_wday(ref_days(p)) < 6)
			res_unit(p, c, DW_U_WEEKEND, -1);
		return j + 1;
	}
	if (isw(p, j, "near") || isw(p, j, "distant") ||
	    isw(p, j, "foreseeable"))
		j++;
	if (wval(p, j, DW_DEIXIS, DW_D_FUTURE)) {
		set_lit(c, "FUTURE_REF");
		c->relative = 1;
		return j + 1;
	}
	if (j == i + 1 && wval(p, j + 1, DW_UNIT, DW_U_CENTURY) &&
	    ((num(p, j) && num(p, j)->ord && num(p, j)->num >= 1 &&
	    num(p, j)->num <= 30) || wd(p, j, DW_ORD) != NULL)) {
		c->v.gran = G_CENTURY;
		c->v.y = ((num(p, j) ? num(p, j)->num :
		    wd(p, j, DW_ORD)->value) - 1) * 100;
		return j + 2;
	}
	if (j == i + 1 && wd(p, j, DW_ORD) == NULL && num(p, j) &&
	    num(p, j)->ord && (k = g_dmdate(p, j, c)) != 0)
		return k;
	return 0;
}

/* "fiscal 1998", "fiscal year 2023", "FY2023". */
static size_t
g_fiscal(struct px *p, size_t i, struct cand *c)
{
	size_t j = i + 1;

	if (wd(p, i, DW_FISCAL) != NULL) {
		if (wval(p, j, DW_UNIT, DW_U_YEAR))
			j++;
		if (!year_tok(p, j))
			return 0;
	} else if (isw(p, i, "fy")) {
		if (!num(p, j) || num(p, j)->ndig != 4 || !year_tok(p, j))
			return 0;
	} else {
		return 0;
	}
	c->v.gran = G_YEAR;
	c->v.y = num(p, j)->num;
	c->v.fiscal = 1;
	return j + 1;
}

/* Sets: "every Monday", "each year", "daily". */
static size_t
g_set(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *e = wd(p, i, DW_SET), *u;
	size_t j = i + 1, k;
	int n10;
	char b[DATES_VALUELEN];

	if (e == NULL)
		return 0;
	c->type = DATES_SET;
	if (e->value != 0) {
		set_dur(c, e->value, 10);
		c->type = DATES_SET;
		return j;
	}
	if (isw(p, j, "other")) {
		set_dur(c, DW_U_WEEK, 20);
		j++;
	}
	if ((u = wd(p, j, DW_WDAY)) != NULL) {
		snprintf(b, sizeof(b), "XXXX-WXX-%d", u->value);
		set_lit(c, b);
	} else if ((u = wd(p, j, DW_UNIT)) != NULL) {
		set_dur(c, u->value, isw(p, i + 1, "other") ? 20 : 10);
	} else if ((u = wd(p, j, DW_PART)) != NULL) {
		static const char *const pt[] = { "", "MO", "AF", "EV", "NI",
		    "DT" };

		snprintf(b, sizeof(b), "XXXX-XX-XXT%s", pt[u->value]);
		set_lit(c, b);
	} else if ((k = g_count(p, j, &n10)) != 0 &&
	    (u = wd(p, k, DW_UNIT)) != NULL) {
		set_dur(c, u->value, n10);
		j = k;
	} else {
		return 0;
	}
	c->type = DATES_SET;
	return j + 1;
}

/* Holidays. */

/* The month and day of a movable feast in year y. */
static void
feast(int code, int y, int *m, int *d)
{
	long z;
	int a, b, c, k, e, f, g, h, i, l;

	switch (code) {
	case DW_H_EASTER:
	case DW_H_GOODFRIDAY:
		/* The anonymous Gregorian computus (Meeus). */
		a = y % 19, b = y / 100, c = y % 100;
		k = b / 4, e = b % 4, f = (b + 8) / 25;
		g = (b - f + 1) / 3;
		h = (19 * a + b - k - g + 15) % 30;
		i = c / 4, l = (32 + 2 * e + 2 * i - h - c % 4) % 7;
		a = (a + 11 * h + 22 * l) / 451;
		z = cal_days(y, (h + l - 7 * a + 114) / 31,
		    (h + l - 7 * a + 114) % 31 + 1);
		if (code == DW_H_GOODFRIDAY)
			z -= 2;
		cal_civil(z, &y, m, d);
		return;
	case DW_H_THANKSGIVING:	/* the fourth Thursday of November */
		*m = 11;
		*d = 1 + (4 - cal_wday(cal_days(y, 11, 1)) + 7) % 7 + 21;
		return;
	case DW_H_MEMORIAL:	/* the last Monday of May */
		*m = 5;
		*d = 31 - (cal_wday(cal_days(y, 5, 31)) - 1);
		return;
	default:		/* Labor Day: the first Monday of September */
		*m = 9;
		*d = 1 + (1 - cal_wday(cal_days(y, 9, 1)) + 7) % 7;
		return;
	}
}

/* "Christmas", "Christmas Eve", "New Year's Day", "Easter 2024". */
static size_t
g_holiday(struct px *p, size_t i, struct cand *c)
{
	const struct dw_entry *e = wd(p, i, DW_HOLIDAY);
	size_t j = i + 1;
	int md, y = TV_UNKNOWN, m, d;

	if (e == NULL || !tk(p, i)->cap)
		return 0;
	md = e->value;
	if (md == 101) {	/* New Year's Day, New Year's Eve */
		if (!wval(p, j, DW_UNIT, DW_U_YEAR) || !tk(p, j)->cap)
			return 0;
		j++;
	}
	if (e->flags & DW_F_POSS) {
		if (!pc(p, j, '\'') || !isw(p, j + 1, "s") || !glued(p, j + 1))
			return 0;
		j += 2;
	}
	if (md == 101 && isw(p, j, "eve")) {
		md = 1231;
		j++;
	} else if (md == 1225 && isw(p, j, "eve")) {
		md = 1224;
		j++;
	} else if (isw(p, j, "day") && tk(p, j)->cap) {
		j++;
	} else if (e->flags & DW_F_DAY) {
		return 0;
	} else if (md == DW_H_EASTER && isw(p, j, "sunday")) {
		j++;
	}
	if (year_tok(p, j))
		y = num(p, j++)->num;
	m = md > 100 ? md / 100 : md == DW_H_EASTER ? 4 : md == DW_H_LABOR ?
	    9 : md == DW_H_MEMORIAL ? 5 : 11;
	d = md > 100 ? md % 100 : TV_UNKNOWN;
	if (y == TV_UNKNOWN && p->ref == NULL) {
		c->relative = 1;
		c->v.gran = G_DAY;
		c->v.m = md > 100 ? m : TV_UNKNOWN;
		c->v.d = d;
		return j;
	}
	if (y == TV_UNKNOWN) {
		c->relative = 1;
		y = res_year(p, m, d, tense(p, i, j));
	}
	if (md < 100)
		feast(md, y, &m, &d);
	c->v.gran = G_DAY;
	c->v.y = y;
	c->v.m = m;
	c->v.d = d;
	return j;
}

/* Driver. */

int
gram_trigger(const struct px *p, size_t i)
{
	const struct dates_tok *t = &p->t[i];

	if (t->kind == TK_NUM)
		return 1;
	if (t->kind == TK_PUNCT)
		return t->c == '\'';
	if (t->w == NULL) {
		size_t n = t->end - t->start;

		return (n == 1 && (p->s[t->start] | 0x20) == 'q') ||
		    (n == 2 && (p->s[t->start] | 0x20) == 'f' &&
		    (p->s[t->start + 1] | 0x20) == 'y');
	}
	switch (t->w->cls) {
	case DW_DET:	/* "the" and "a" start something only before these */
		t = tk(p, i + 1);
		return t != NULL && (t->kind == TK_NUM || t->w != NULL ||
		    (t->kind == TK_PUNCT && t->c == '\''));
	case DW_MONTH: case DW_WDAY: case DW_NUM: case DW_ORD: case DW_REL:
	case DW_DEIXIS: case DW_MOD: case DW_FEW: case DW_SEASON:
	case DW_NOON: case DW_FISCAL: case DW_SET: case DW_HOLIDAY:
		return 1;
	case DW_UNIT:
		return p->d->all_types || wd(p, i + 1, DW_AGO) != NULL ||
		    (pc(p, i + 1, '-') && isw(p, i + 2, "end"));
	}
	return 0;
}

static size_t
match_one(struct px *p, size_t i, struct cand *c)
{
	const struct dates_tok *t = &p->t[i];
	size_t k;

	if (t->kind == TK_NUM) {
		if ((k = g_numdate(p, i, c)) != 0 ||
		    (k = g_decade(p, i, c, 0)) != 0 ||
		    (k = g_year(p, i, c, 0)) != 0 ||
		    (k = g_dmdate(p, i, c)) != 0 ||
		    (k = g_clock(p, i, c)) != 0)
			return k;
		cand_clear(c, i);
		return g_amount(p, i, c);
	}
	if (t->kind == TK_PUNCT)
		return (k = g_decade(p, i, c, 0)) != 0 ? k : g_year2(p, i, c);
	if (t->w == NULL)
		return (k = g_quarter(p, i, c)) != 0 ? k : g_fiscal(p, i, c);
	switch (t->w->cls) {
	case DW_MONTH:
		if ((k = g_mdate(p, i, c)) != 0 || (k = g_month_rel(p, i, c)) != 0)
			return k;
		return g_month(p, i, c, 0);
	case DW_WDAY:
		return g_wday(p, i, c);
	case DW_REL:
		return g_rel(p, i, c, 0);
	case DW_DEIXIS:
		return g_deixis(p, i, c);
	case DW_MOD:
		return g_mod(p, i, c, 0);
	case DW_DET:
		return g_det(p, i, c);
	case DW_NUM:
	case DW_FEW:
		return g_amount(p, i, c);
	case DW_ORD:
		return g_quarter(p, i, c);
	case DW_SEASON:
		return g_season(p, i, c, 0);
	case DW_NOON:
		return g_clock(p, i, c);
	case DW_FISCAL:
		return (k = g_fiscal(p, i, c)) != 0 ? k : g_quarter(p, i + 1, c);
	case DW_SET:
		return g_set(p, i, c);
	case DW_HOLIDAY:
		return g_holiday(p, i, c);
	case DW_UNIT:	/* "years ago"; "year-end"; "for years" */
		if ((t->w->flags & DW_F_PLURAL) && wd(p, i + 1, DW_AGO))
			return g_amount(p, i, c);
		if (t->w->value == DW_U_YEAR && pc(p, i + 1, '-') &&
		    glued(p, i + 1) && isw(p, i + 2, "end") && glued(p, i + 2)) {
			res_unit(p, c, DW_U_YEAR, 0);
			return i + 3;
		}
		if (!(t->w->flags & DW_F_PLURAL) || !isw(p, i - 1, "for"))
			return 0;
		set_dur(c, t->w->value, -1);
		return i + 1;
	}
	return 0;
}

/* A day at token k that a time of day can sit on; returns its end. */
static size_t
day_at(struct px *p, size_t k, struct cand *d)
{
	size_t x;

	cand_clear(d, k);
	if (((x = g_mdate(p, k, d)) != 0 || (x = g_dmdate(p, k, d)) != 0 ||
	    (x = g_numdate(p, k, d)) != 0 || (x = g_wday(p, k, d)) != 0 ||
	    (x = g_deixis(p, k, d)) != 0) && d->v.gran == G_DAY &&
	    d->v.lit[0] == '\0' && d->v.hh < 0 && !d->range)
		return x;
	return 0;
}

/*
 * A bare time of day: on the day right after it ("4 p.m. Tuesday", one
 * expression), on the day after "on" ("6 a.m. on Saturday", two
 * expressions, the day giving the time its date), or on the reference day.
 */
static size_t
time_day(struct px *p, size_t e, struct cand *c)
{
	struct cand d;
	size_t k = pc(p, e, ',') ? e + 1 : e, x;
	int merge = 1;

	if ((x = day_at(p, k, &d)) == 0 && isw(p, k, "on")) {
		x = day_at(p, k + 1, &d);
		merge = 0;
	}
	if (x != 0) {
		c->v.y = d.v.y;
		c->v.m = d.v.m;
		c->v.d = d.v.d;
		c->relative = d.relative;
		c->full = d.full && merge;
		return merge ? x : e;
	}
	res_day(p, c, 0);
	c->bare = 1;
	return e;
}

/* A day followed by its time: "June 19, 2023, 4:01 PM". */
static size_t
day_time(struct px *p, size_t e, struct cand *c)
{
	struct cand t;
	size_t k = pc(p, e, ',') ? e + 1 : e, x;

	if (!num(p, k))
		return e;
	cand_clear(&t, k);
	if ((x = g_clock(p, k, &t)) == 0 || x == k + 1)
		return e;
	c->v.hh = t.v.hh;
	c->v.mi = t.v.mi;
	c->v.ss = t.v.ss;
	c->v.part = 0;
	c->type = DATES_TIME;
	return x;
}

/*
 * A range ends after it starts: a relative end ("from Friday to Monday",
 * "from November to March") moves on by a week or a year.
 */
static void
range_order(struct cand *c, int relative)
{
	struct tv *a = &c->v, *b = &c->v2;
	long z;

	if (!relative || a->y == TV_UNKNOWN || b->y == TV_UNKNOWN)
		return;
	if (a->gran == G_DAY && b->m != TV_UNKNOWN &&
	    cal_days(b->y, b->m, b->d) < cal_days(a->y, a->m, a->d)) {
		z = cal_days(b->y, b->m, b->d) + 7;
		cal_civil(z, &b->y, &b->m, &b->d);
	} else if (a->gran == G_MONTH && b->m != TV_UNKNOWN &&
	    b->y * 12 + b->m < a->y * 12 + a->m) {
		b->y = a->y + (b->m < a->m);
	}
}

/* "from Monday to Wednesday", "from 1998 to 2001". */
static size_t
range_end(struct px *p, size_t e, struct cand *c)
{
	struct cand d;
	const struct dw_entry *to = wd(p, e, DW_TO);
	size_t x;

	if (c->first == 0 || c->range)
		return e;
	/*
	 * TimeML marks "between 1998 and 2001" as two expressions; only
	 * "from X to Y" is read as one range here.
	 */
	if (!isw(p, c->first - 1, "from"))
		return e;
	if ((to == NULL || to->value == 1) && !pc(p, e, '-'))
		return e;
	cand_clear(&d, e + 1);
	if ((x = match_one(p, e + 1, &d)) == 0 || d.type != c->type ||
	    d.v.gran != c->v.gran || d.range || d.v.lit[0] != '\0' ||
	    c->v.lit[0] != '\0')
		return e;
	if (c->relative && d.full && c->v.gran == G_DAY) {
		c->v.y = d.v.y;	/* "June 18 to June 20, 2023" */
		c->relative = 0;
	}
	c->range = 1;
	c->v2 = d.v;
	range_order(c, d.relative);
	return x;
}

size_t
gram_match(struct px *p, size_t i, struct cand *c)
{
	size_t e;

	cand_clear(c, i);
	if ((e = match_one(p, i, c)) == 0)
		return 0;
	if (c->type == DATES_TIME && c->v.lit[0] == '\0' && c->v.m ==
	    TV_UNKNOWN && c->v.y == TV_UNKNOWN && c->v.hh >= 0 &&
	    c->v.part == 0)
		e = time_day(p, e, c);
	else if (c->type == DATES_DATE && c->v.gran == G_DAY &&
	    c->v.lit[0] == '\0' && !c->range)
		e = day_time(p, e, c);
	if (c->type == DATES_DATE || c->type == DATES_TIME)
		e = range_end(p, e, c);
	c->last = e - 1;
	return e;
}
