/*
 * boiler_class: the decisions of boiler_classify(), step by step (see
 * boiler.h for the order and the reasons behind it).
 */
#include <string.h>
#include <strings.h>

#include "boiler.h"
#include "boiler_int.h"

/*
 * Thresholds of the initial class, in characters and in the share of
 * stopwords among words; after jusText's defaults (70, 200, 0.30), with
 * a lower floor because news prose is heavy with names.
 */
#define LEN_LOW		70
#define LEN_HIGH	200
/* A full sentence this long, dense with stopwords, is prose on its own. */
#define LEN_SENTENCE	120
#define WORDS_SENTENCE	18
#define STOP_HIGH	0.30
#define STOP_LOW	0.18
#define STOP_FLOOR	0.12

/*
 * How far (in non-blank paragraphs) the top of a page is searched for
 * its headline: past the longest menus, never past the first good
 * paragraph.
 */
#define HEAD_SPAN	40
/*
 * A run of short sentences this long is the body of a page written in
 * short paragraphs; such sentences have this many words and share of
 * stopwords at least.
 */
#define RUN_SENTENCES	3
#define RUN_WORDS	40
#define RUN_MINWORDS	5
#define STOP_RUN	0.25
/*
 * How many lines of a document are looked up as pull quotes, each in
 * the whole document: a page has a few, a hostile input millions.
 */
#define PULL_TRIES	32
/* How many headlines a teaser box may hold under its heading. */
#define TEASER_RUN	6
/* How far apart the two copies of a repeated caption may be. */
#define REPEAT_SPAN	3
/* Repeats longer than this are article text, not captions. */
#define REPEAT_MAXLEN	600
/* An embedded post longer than this is not one. */
#define EMBED_MAXLEN	1200

#define TEXT(doc, para)	((doc)->bytes.p + (para)->off + (para)->tstart)

static double
stop_share(const struct boiler_para *p)
{
	return p->nwords ? (double)p->nstop / p->nwords : 0.0;
}

/*
 * A line of capitalised words without a function word in sight: a menu
 * ("News Politics General News").  Headlines have their "in" and "to".
 */
static int
is_menu(const struct boiler_para *p)
{
	return p->nwords >= 4 && !p->terminal && (p->nlower == 0 ||
	    (p->nwords >= 5 && p->nstop == 0 && p->nlower * 4 < p->nwords));
}

static int
is_sentence(const struct boiler_para *p)
{
	return p->terminal && p->nstop >= 1 && p->nwords >= 3;
}

static int
is_heading(const struct boiler_para *p)
{
	return p->nwords >= 2 && p->nwords <= 20 && !is_menu(p);
}

static void
set_bad(struct boiler_para *p, enum boiler_reason why)
{
	p->cls0 = p->cls = BC_BAD;
	p->reason = why;
	p->hard = 1;
}

/* The initial class of a paragraph no rule has taken, after jusText. */
static void
initial_class(struct boiler_para *p)
{
	double sd = stop_share(p);

	p->hard = 0;
	p->weak = 0;
	if (p->nwords == 0)
		set_bad(p, BR_NO_WORDS);
	else if (p->nlink > 0 && p->nlink * 4 >= p->nwords)
		set_bad(p, BR_LINKS);
	else if (is_menu(p))
		set_bad(p, BR_MENU);
	else if (p->nchars >= LEN_HIGH)
		p->cls0 = sd >= STOP_HIGH ? BC_GOOD :
		    sd >= STOP_LOW ? BC_NEARGOOD : BC_BAD;
	else if (p->nchars >= LEN_SENTENCE && p->terminal &&
	    p->nwords >= WORDS_SENTENCE && sd >= STOP_HIGH) {
		p->cls0 = BC_GOOD;
		p->weak = 1;
	}
	else if (p->nchars >= LEN_LOW)
		p->cls0 = sd >= STOP_HIGH || (p->terminal && sd >= STOP_LOW) ?
		    BC_NEARGOOD : sd >= STOP_FLOOR ? BC_SHORT : BC_BAD;
	else
		p->cls0 = BC_SHORT;
	if (!p->hard && p->cls0 == BC_BAD)
		p->reason = BR_STOPWORDS;
	p->hard = p->cls0 == BC_BAD;
	p->cls = p->cls0;
}

/* Step 1 and 2: features, rules, initial classes, embedded posts. */
static void
step_rules(struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *p, *prev = NULL;
	const struct rules_family *f;
	size_t i;

	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank)
			continue;
		boiler_features(b, d->bytes.p + p->off, p->len, p);
		p->fam = rules_match(&b->rules, TEXT(d, p), p->tlen,
		    p->gates);
		if (p->fam < 0) {
			initial_class(p);
			prev = p;
			continue;
		}
		set_bad(p, BR_RULE);
		f = rules_get(&b->rules, (size_t)p->fam);
		if ((f->flags & BF_EMBED) && prev != NULL && !prev->hard &&
		    prev->len <= EMBED_MAXLEN)
			set_bad(prev, BR_EMBED);
		prev = p;
	}
}

static unsigned
rule_flags(const struct boiler *b, const struct boiler_para *p)
{
	return p->fam >= 0 ? rules_get(&b->rules, (size_t)p->fam)->flags : 0;
}

static int	transparent(const struct boiler *, const struct boiler_para *);
static const struct boiler_para *adjacent(const struct boiler_doc *, size_t,
		    int);

/*
 * A paragraph that reads as a sentence of running prose, however short
 * ("His owners searched for days.").
 */
static int
run_sentence(const struct boiler_para *p)
{
	return !p->hard && is_sentence(p) && p->nwords >= RUN_MINWORDS &&
	    p->nlink == 0 && stop_share(p) >= STOP_RUN;
}

/* A heading between them ("2. Food waste every week"). */
static int
run_heading(const struct boiler_para *p)
{
	return !p->hard && !p->terminal && p->nwords >= 2 &&
	    p->nwords <= 12 && p->nlink == 0;
}

static void
promote(struct boiler_doc *d, size_t from, size_t to)
{
	struct boiler_para *p;

	for (; from < to; from++) {
		p = &d->p[from];
		if (!p->blank && run_sentence(p))
			p->cls0 = p->cls = BC_GOOD;
	}
}

/*
 * Step 1b: a page without a good paragraph may be an article written
 * in short ones, a tabloid story or a listicle.  A run of short
 * sentences, with headings between them but never two in a row, and
 * inline junk (ads) looked through, is its body.  Comment threads do
 * not run so: their names and "Reply" lines break them up.
 */
static void
step_runs(const struct boiler *b, struct boiler_doc *d)
{
	const struct boiler_para *p;
	size_t i, start = 0, nsent = 0, words = 0;
	int in = 0, head = 0;

	for (i = 0; i < d->n; i++)
		if (!d->p[i].blank && d->p[i].cls0 == BC_GOOD)
			return;
	for (i = 0; i <= d->n; i++) {
		p = i < d->n ? &d->p[i] : NULL;
		if (p != NULL && (p->blank || (p->hard && transparent(b, p))))
			continue;
		if (p != NULL && run_sentence(p)) {
			if (!in) {
				in = 1;
				start = i;
				nsent = words = 0;
			}
			nsent++;
			words += p->nwords;
			head = 0;
			continue;
		}
		if (p != NULL && in && !head && run_heading(p)) {
			head = 1;
			continue;
		}
		if (in && nsent >= RUN_SENTENCES && words >= RUN_WORDS)
			promote(d, start, i);
		in = head = 0;
	}
}

/* Take back a rule's verdict: the paragraph is judged as prose. */
static void
unrule(struct boiler_para *p)
{
	p->fam = -1;
	p->reason = BR_GOOD;
	initial_class(p);
}

/*
 * Rules of BF_TAIL families hold only after the last good paragraph;
 * above it such a line is judged as prose.
 */
static void
step_tail(const struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *p;
	size_t i, last = d->n;

	for (i = d->n; i-- > 0;)
		if (!d->p[i].blank && d->p[i].fam < 0 &&
		    d->p[i].cls0 == BC_GOOD) {
			last = i;
			break;
		}
	for (i = 0; i < last && last < d->n; i++) {
		p = &d->p[i];
		if (!p->blank && (rule_flags(b, p) & BF_TAIL))
			unrule(p);
	}
}

/* The length of an opening quote mark at s, or 0. */
static size_t
open_quote(const char *s, size_t len)
{
	if (len >= 1 && (s[0] == '"' || s[0] == '\''))
		return 1;
	if (len >= 2 && memcmp(s, "\xc2\xab", 2) == 0)
		return 2;
	if (len >= 3 && (memcmp(s, "\xe2\x80\x9c", 3) == 0 ||
	    memcmp(s, "\xe2\x80\x98", 3) == 0))
		return 3;
	return 0;
}

/* The length of s without closing quote marks and spaces at its end. */
static size_t
cut_closers(const char *s, size_t len)
{
	for (;;) {
		if (len >= 1 && (s[len - 1] == '"' || s[len - 1] == '\'' ||
		    s[len - 1] == ' '))
			len--;
		else if (len >= 2 && memcmp(s + len - 2, "\xc2\xbb", 2) == 0)
			len -= 2;
		else if (len >= 3 && (memcmp(s + len - 3, "\xe2\x80\x9d",
		    3) == 0 || memcmp(s + len - 3, "\xe2\x80\x99", 3) == 0))
			len -= 3;
		else
			return len;
	}
}

/* Whether a longer prose paragraph of d other than p holds s. */
static int
quoted_elsewhere(const struct boiler_doc *d, const struct boiler_para *p,
    const char *s, size_t len)
{
	const struct boiler_para *q;
	size_t j;

	for (j = 0; j < d->n; j++) {
		q = &d->p[j];
		if (q == p || q->blank || q->fam >= 0 || q->tlen <= len + 2)
			continue;
		if (memmem(TEXT(d, q), q->tlen, s, len) != NULL)
			return 1;
	}
	return 0;
}

/*
 * Step 3c: pull quotes.  A magazine prints a line of the body again,
 * in quotes, as a paragraph of its own; the copy goes.  Only short
 * lines quoted whole are searched for, which keeps it cheap.
 */
static void
step_pull_quotes(struct boiler_doc *d)
{
	struct boiler_para *p;
	const char *s;
	size_t i, k, n, tries = 0;

	for (i = 0; i < d->n && tries < PULL_TRIES; i++) {
		p = &d->p[i];
		if (p->blank || p->hard || p->nwords < 3 || p->nwords > 60)
			continue;
		s = TEXT(d, p);
		if (p->cls0 == BC_GOOD || (k = open_quote(s, p->tlen)) == 0)
			continue;
		n = cut_closers(s + k, p->tlen - k);
		/* Quoted whole: a body paragraph goes on after its quote. */
		if (n + k == p->tlen)
			continue;
		if (n >= 15 && tries++ < PULL_TRIES &&
		    quoted_elsewhere(d, p, s + k, n))
			set_bad(p, BR_PULL_QUOTE);
	}
}

/* Whether s opens with a digit or a month's name: "March 2021". */
static int
date_first(const char *s, size_t len)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	size_t i;

	if (len > 0 && s[0] >= '0' && s[0] <= '9')
		return 1;
	for (i = 0; len >= 3 && i < sizeof(months) - 1; i += 3)
		if (strncasecmp(s, months + i, 3) == 0)
			return 1;
	return 0;
}

/*
 * A bare date inside the body, over a sentence: a timeline's heading,
 * if the page has two.  Datelines say what they are ("Updated ...") or
 * stand above the body; times ("10:58 PM") head a live blog's entries.
 */
static int
date_head(const struct boiler *b, const struct boiler_doc *d, size_t i)
{
	const struct boiler_para *p = &d->p[i], *q;
	const char *s = TEXT(d, p);

	if (p->blank || p->reason != BR_RULE || p->nwords > 4 ||
	    p->tlen > 30 || !(rule_flags(b, p) & BF_META) ||
	    !date_first(s, p->tlen) || memchr(s, ':', p->tlen) != NULL)
		return 0;
	return (q = adjacent(d, i, 1)) != NULL && !q->hard && is_sentence(q);
}

/* Step 1d: the date headings of a timeline are headings. */
static void
step_date_heads(const struct boiler *b, struct boiler_doc *d)
{
	size_t i, first, n = 0;

	for (first = 0; first < d->n; first++)
		if (!d->p[first].blank && d->p[first].cls0 == BC_GOOD)
			break;
	for (i = first + 1; i < d->n; i++)
		n += date_head(b, d, i);
	for (i = first + 1; n >= 2 && i < d->n; i++)
		if (date_head(b, d, i))
			unrule(&d->p[i]);
}

/* The index of the first good paragraph, or d->n. */
static size_t
first_good(const struct boiler_doc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (!d->p[i].blank && d->p[i].cls0 == BC_GOOD)
			return i;
	return d->n;
}

/* Step 3a: repeated lines near each other are captions or teasers. */
static void
step_repeats(struct boiler_doc *d)
{
	struct boiler_para *p, *q;
	size_t i, j, seen;

	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank || p->nwords < 2 || p->tlen > REPEAT_MAXLEN ||
		    p->reason == BR_TITLE)
			continue;
		for (j = i + 1, seen = 0; j < d->n && seen < REPEAT_SPAN;
		    j++) {
			q = &d->p[j];
			if (q->blank)
				continue;
			seen++;
			if (q->fp != p->fp || q->nwords != p->nwords ||
			    q->reason == BR_TITLE)
				continue;
			if (p->reason != BR_RULE || !p->hard)
				set_bad(p, BR_REPEAT);
			set_bad(q, BR_REPEAT);
			p->repeat_first = 1;
			break;
		}
	}
}

/*
 * The start of the lead-in: the sentences right above the first good
 * paragraph i, past inline junk (an ad, a caption), up to the first
 * other junk or fragment.  A feature may open with a few short
 * sentences; a standfirst is cut off from the body by the byline.
 */
static size_t
lead_in(const struct boiler *b, const struct boiler_doc *d, size_t i)
{
	const struct boiler_para *p;
	size_t start = i;

	while (i-- > 0) {
		p = &d->p[i];
		if (p->blank || (p->hard && transparent(b, p) &&
		    !(rule_flags(b, p) & BF_META)))
			continue;
		if (p->hard || p->reason == BR_TITLE ||
		    !(is_sentence(p) || p->cls0 == BC_NEARGOOD))
			break;
		start = i;
	}
	return start;
}

/* Whether a paragraph ends with a full date, as captions do. */
static int
ends_with_date(struct boiler *b, const struct boiler_doc *d,
    const struct boiler_para *p)
{
	const char *s = TEXT(d, p);
	size_t start = p->tlen > 48 ? p->tlen - 48 : 0;

	if (p->ndigit == 0 || p->nwords > 40)
		return 0;
	while (start > 0 && ((unsigned char)s[start] & 0xc0) == 0x80)
		start--;
	return rx_match(&b->leaddate, s, p->tlen, start, NULL, NULL) ==
	    RX_MATCH;
}

/*
 * Step 3b: the top of the page, above the first good paragraph.  Lines
 * there are kickers, site names, bylines, standfirsts and image labels,
 * except for the lead-in; a line ending with a full date is a caption.
 * On a page without a good paragraph only short lines are so judged.
 */
static void
step_head(struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *p;
	size_t i, end = first_good(d), lead;

	lead = end < d->n ? lead_in(b, d, end) : end;
	for (i = 0; i < end; i++) {
		p = &d->p[i];
		if (p->blank || p->hard || p->reason == BR_TITLE)
			continue;
		if (ends_with_date(b, d, p))
			set_bad(p, BR_LEAD_CAPTION);
		else if (i < lead && (p->cls0 == BC_SHORT || end < d->n))
			set_bad(p, BR_HEAD);
	}
}

/*
 * Whether the article resumes at paragraph i of a sidebar: a run of
 * prose paragraphs, not a teaser or two between junk.
 */
static int
resumes(const struct boiler_doc *d, size_t i)
{
	const struct boiler_para *p;
	unsigned good = 0, paras = 0, words = 0;

	for (; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank)
			continue;
		if (p->hard || (p->cls0 == BC_SHORT && !is_sentence(p)))
			break;
		good += p->cls0 == BC_GOOD;
		paras++;
		words += p->nwords;
	}
	return good >= 2 || (paras >= 3 && words >= 100);
}

/* Step 4: sidebars and footers after the body. */
static void
step_sidebars(struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *p;
	int body = 0, zone = 0;
	size_t i;

	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank || p->reason == BR_TITLE)
			continue;
		if (zone && !p->hard) {
			if (resumes(d, i))
				zone = 0;
			else {
				set_bad(p, BR_SIDEBAR);
				continue;
			}
		}
		if ((rule_flags(b, p) & BF_ZONE) && body)
			zone = 1;
		if (!p->hard && p->cls0 == BC_GOOD)
			body = 1;
	}
}

/*
 * Whether s opens with a headline's kicker, a label of the story's kind
 * ("In pictures:", "Live:"), not a banner ("Breaking:") or a link.
 */
static int
kicker(const char *s, size_t len)
{
	static const char *const kickers[] = { "in pictures", "live",
	    "watch", "explained", "explainer", "analysis", "opinion",
	    "video", "photos", "comment", "listen",
	    NULL };
	size_t i, n;

	for (i = 0; kickers[i] != NULL; i++) {
		n = strlen(kickers[i]);
		if (len > n && strncasecmp(s, kickers[i], n) == 0 &&
		    !((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' &&
		    s[n] <= 'Z')))
			return 1;
	}
	return 0;
}

/*
 * A first line may be a headline in Title Case ("The Last Lighthouse
 * Keepers"), which the menu test takes, if it holds a function word;
 * or a headline with a kicker ("In pictures: ...", "Live: ..."), which
 * the teaser rules take.
 */
static int
first_title_like(const struct boiler *b, const struct boiler_doc *d,
    const struct boiler_para *p)
{
	if (p->reason == BR_MENU)
		return p->nstop >= 1 && p->nwords <= 15;
	return p->reason == BR_RULE && (rule_flags(b, p) & (BF_TEASER |
	    BF_INLINE | BF_ZONE)) == (BF_TEASER | BF_INLINE) &&
	    p->nwords >= 6 && !p->terminal && p->tlen <= 300 &&
	    kicker(TEXT(d, p), p->tlen);
}

/* Lines that a rule or a bad feature took are never titles. */
static int
plain(const struct boiler_para *p)
{
	return p->fam < 0 && p->reason != BR_MENU && p->reason != BR_LINKS &&
	    p->reason != BR_NO_WORDS;
}

static int
title_like(const struct boiler_para *p)
{
	return plain(p) && p->tlen <= 300 && !(p->terminal && p->nwords > 15);
}

/* "The Harbor Gazette", "SPORTS HERALD", or a short headline. */
static int
site_name_like(const struct boiler_para *p)
{
	return p->nwords <= 3 && p->nlower == 0;
}

/*
 * Clearly a site's name: a few capitalised words, in capitals or with a
 * word outlets use ("Gazette", "Daily", "News").
 */
static int
site_name(const struct boiler_doc *d, const struct boiler_para *p)
{
	const char *s = TEXT(d, p), *q = s, *end = s + p->tlen, *w;
	const struct words *outlet = words_list("outlet");
	char low[WORDS_MAXLEN];
	size_t wl, n, i;
	int32_t first;

	if (p->nwords == 0 || p->nwords > 4 || p->nlower > 0)
		return 0;
	for (i = 0; i < p->tlen && !(s[i] >= 'a' && s[i] <= 'z'); i++)
		continue;
	if (i == p->tlen)
		return 1;
	while (boiler_next_word(&q, end, &w, &wl, &first))
		if ((n = words_fold(w, wl, low)) > 0 &&
		    words_has(outlet, low, n))
			return 1;
	return 0;
}

static int
title_candidate(const struct boiler *b, const struct boiler_doc *d,
    const struct boiler_para *p)
{
	return (title_like(p) || (p->reason == BR_RULE &&
	    first_title_like(b, d, p))) && p->nwords >= 4 &&
	    p->nwords <= 30 && p->cls0 != BC_GOOD &&
	    TEXT(d, p)[p->tlen - 1] != '.';
}

/*
 * The next non-blank paragraph after i within the head of the page (at
 * most HEAD_SPAN lines, none of them good), or d->n.
 */
static size_t
head_next(const struct boiler_doc *d, size_t i, size_t *seen)
{
	for (i++; i < d->n && *seen < HEAD_SPAN; i++) {
		if (d->p[i].blank)
			continue;
		if (d->p[i].cls0 == BC_GOOD)
			break;
		++*seen;
		return i;
	}
	return d->n;
}

/* A later line repeating fp (or fp2) within the head, or d->n. */
static size_t
head_find(const struct boiler_doc *d, size_t i, uint64_t fp, uint64_t fp2)
{
	size_t seen = 0;

	while ((i = head_next(d, i, &seen)) < d->n)
		if (d->p[i].fp == fp || d->p[i].fp == fp2)
			return i;
	return d->n;
}

static int
is_nav(const struct boiler *b, const struct boiler_para *p)
{
	return p->reason == BR_MENU || (p->reason == BR_RULE &&
	    (rule_flags(b, p) & BF_NAV));
}

/*
 * The headline among the lines of the head after i, or d->n: the first
 * headline-looking line after the site's navigation (site names and
 * taglines come before it, standfirsts and bylines after the headline),
 * else the longest one.
 */
static size_t
head_best(const struct boiler *b, const struct boiler_doc *d, size_t i)
{
	size_t best = d->n, first = d->n, seen = 0;

	while ((i = head_next(d, i, &seen)) < d->n) {
		if (is_nav(b, &d->p[i]))
			first = d->n;
		if (!title_candidate(b, d, &d->p[i]))
			continue;
		if (first == d->n)
			first = i;
		if (best == d->n || d->p[i].nwords > d->p[best].nwords)
			best = i;
	}
	return first < d->n ? first : best;
}

static void
mark_title(struct boiler_doc *d, size_t t)
{
	struct boiler_para *p = &d->p[t];
	uint64_t hfp;
	size_t j;

	p->cls0 = p->cls = BC_BAD;
	p->reason = BR_TITLE;
	p->hard = 1;
	hfp = boiler_fp(TEXT(d, p), boiler_headline(TEXT(d, p), p->tlen));
	while ((j = head_find(d, t, p->fp, hfp)) < d->n) {
		set_bad(&d->p[j], BR_TITLE_REPEAT);
		t = j;
	}
}

/*
 * Step 3: the title.  The first line is the title unless it is a site
 * name or junk; a "Headline | Site" first line gives way to the plain
 * headline when the page prints it again below.
 */
static void
step_title(const struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *f;
	size_t i, j;
	uint64_t hfp;

	for (i = 0; i < d->n && d->p[i].blank; i++)
		continue;
	if (i == d->n)
		return;
	f = &d->p[i];
	if ((title_like(f) || first_title_like(b, d, f)) &&
	    !site_name_like(f)) {
		hfp = boiler_fp(TEXT(d, f), boiler_headline(TEXT(d, f),
		    f->tlen));
		if ((j = head_find(d, i, f->fp, hfp)) < d->n) {
			set_bad(f, BR_TITLE_SITE);
			mark_title(d, j);
		} else
			mark_title(d, i);
		return;
	}
	if ((j = head_best(b, d, i)) < d->n) {
		if (!f->hard)
			set_bad(f, BR_SITE_NAME);
		mark_title(d, j);
	} else if (site_name(d, f)) {
		if (!f->hard)
			set_bad(f, BR_SITE_NAME);
	} else if (title_like(f))
		mark_title(d, i);
}

/* Junk of the kinds found inside articles, which context looks through. */
static int
transparent(const struct boiler *b, const struct boiler_para *p)
{
	if (p->reason == BR_EMBED || p->reason == BR_REPEAT ||
	    p->reason == BR_PULL_QUOTE || p->reason == BR_CAPTION_NEXT)
		return 1;
	return p->reason == BR_RULE && (rule_flags(b, p) & BF_INLINE);
}

/*
 * The classes of the nearest good-or-bad paragraphs on each side of
 * every paragraph, skipping short, near-good and transparent ones; the
 * document's edges count as bad.
 */
static void
neighbours(const struct boiler *b, struct boiler_doc *d)
{
	enum boiler_class last = BC_BAD;
	struct boiler_para *p;
	size_t i;

	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank)
			continue;
		p->prev = last;
		if ((p->cls0 == BC_GOOD || p->cls0 == BC_BAD) &&
		    !transparent(b, p))
			last = p->cls0;
	}
	last = BC_BAD;
	for (i = d->n; i-- > 0;) {
		p = &d->p[i];
		if (p->blank)
			continue;
		p->next = last;
		if ((p->cls0 == BC_GOOD || p->cls0 == BC_BAD) &&
		    !transparent(b, p))
			last = p->cls0;
	}
}

/*
 * The paragraph next to i on side dir (-1 or 1), looking through blank
 * lines and inline junk; NULL at the document's edge.
 */
static const struct boiler_para *
beside(const struct boiler *b, const struct boiler_doc *d, size_t i,
    int dir)
{
	const struct boiler_para *p;

	while ((dir < 0 && i > 0) || (dir > 0 && i + 1 < d->n)) {
		i += dir;
		p = &d->p[i];
		if (!p->blank && !transparent(b, p))
			return p;
	}
	return NULL;
}

static int
is_prose(const struct boiler_para *p, int title)
{
	return p != NULL && (p->cls0 == BC_NEARGOOD || p->cls0 == BC_GOOD ||
	    (title && p->reason == BR_TITLE));
}

/*
 * A near-good paragraph right next to another one is part of a block of
 * prose: a brief, or an article written in short paragraphs, has no long
 * one to lean on.  Under the title, a sentence is the body of a one-line
 * brief; a standfirst, which rarely ends with a full stop, is not.
 */
static int
prose_beside(const struct boiler *b, const struct boiler_doc *d, size_t i)
{
	int title = d->p[i].terminal;

	return is_prose(beside(b, d, i, -1), title) ||
	    is_prose(beside(b, d, i, 1), 0);
}

/*
 * A short paragraph between good and bad: at the end of a block it is
 * kept if it is a sentence, or a heading over more prose (the last
 * subhead of an article); at the start, if it is a heading.
 */
static enum boiler_class
short_class(const struct boiler_para *p, int prose_next)
{
	if (p->prev == p->next)
		return p->prev;
	if (p->prev == BC_GOOD)
		return is_sentence(p) || (is_heading(p) && prose_next) ?
		    BC_GOOD : BC_BAD;
	return is_heading(p) || is_sentence(p) ? BC_GOOD : BC_BAD;
}

/* The paragraph next to i on side dir, past blank lines only. */
static const struct boiler_para *
adjacent(const struct boiler_doc *d, size_t i, int dir)
{
	while ((dir < 0 && i > 0) || (dir > 0 && i + 1 < d->n)) {
		i += dir;
		if (!d->p[i].blank)
			return &d->p[i];
	}
	return NULL;
}

/* The index of the paragraph next to i on side dir, or d->n. */
static size_t
adjacent_at(const struct boiler_doc *d, size_t i, int dir)
{
	while ((dir < 0 && i > 0) || (dir > 0 && i + 1 < d->n)) {
		i += dir;
		if (!d->p[i].blank)
			return i;
	}
	return d->n;
}

static int
teaser(const struct boiler *b, const struct boiler_para *q)
{
	return q->reason == BR_RULE && (rule_flags(b, q) & BF_TEASER);
}

/*
 * A headline next to a teaser link ("Read more: ...") is another teaser
 * of the same box, even inside the body; so are the headlines under a
 * box's heading ("Recommended from Editorial").
 */
static int
next_to_teaser(const struct boiler *b, const struct boiler_doc *d,
    size_t i)
{
	const struct boiler_para *q;
	size_t j = i, k;

	if (is_sentence(&d->p[i]))
		return 0;
	if ((q = adjacent(d, i, 1)) != NULL && teaser(b, q))
		return 1;
	/* Up the box: more headlines, then its heading or a link. */
	for (k = 0; k < TEASER_RUN && (j = adjacent_at(d, j, -1)) < d->n;
	    k++) {
		q = &d->p[j];
		if (teaser(b, q))
			return 1;
		if (q->hard || q->cls0 != BC_SHORT || is_sentence(q))
			return 0;
	}
	return 0;
}

/* A photo credit on a line of its own: "Photo: Jane Doe/Agency". */
static int
is_credit(const struct boiler *b, const struct boiler_para *p)
{
	return p != NULL && p->reason == BR_RULE &&
	    (rule_flags(b, p) & BF_CAPTION) && !p->terminal &&
	    p->nwords <= 10;
}

/*
 * Step 4b: a short line beside a photo credit is its caption ("Photo:
 * Jane Doe/Agency" over "Crowds gather on the bridge.").  A quote is
 * never a caption; a paragraph good on its own is the body.
 */
static void
step_captions(const struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *p;
	const char *s;
	size_t i;

	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank || p->hard || p->cls0 == BC_GOOD ||
		    p->nwords < 3 || p->nwords > 30)
			continue;
		if (!is_credit(b, adjacent(d, i, -1)) &&
		    !is_credit(b, adjacent(d, i, 1)))
			continue;
		s = TEXT(d, p);
		if (memchr(s, '"', p->tlen) == NULL &&
		    memmem(s, p->tlen, "\xe2\x80\x9c", 3) == NULL)
			set_bad(p, BR_CAPTION_NEXT);
	}
}

/* Whether prose, or a sentence of it, follows paragraph i. */
static int
prose_after(const struct boiler *b, const struct boiler_doc *d, size_t i)
{
	const struct boiler_para *q = beside(b, d, i, 1);

	return is_prose(q, 0) || (q != NULL && run_sentence(q));
}

/* Step 5: short and near-good paragraphs take their neighbours' class. */
static void
step_context(const struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *p;
	size_t i, ngood = 0;

	neighbours(b, d);
	for (i = 0; i < d->n; i++)
		ngood += !d->p[i].blank && d->p[i].cls0 == BC_GOOD;
	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank || p->hard)
			continue;
		if (p->cls0 == BC_SHORT)
			p->cls = next_to_teaser(b, d, i) ? BC_BAD :
			    short_class(p, prose_after(b, d, i));
		else if (p->cls0 == BC_NEARGOOD || (p->weak && ngood > 1))
			/*
			 * A lone sentence between junk on both sides is a
			 * teaser's summary, however good it reads, unless
			 * it is all the page has.
			 */
			p->cls = p->prev == BC_BAD && p->next == BC_BAD &&
			    !prose_beside(b, d, i) ? BC_BAD : BC_GOOD;
		else
			p->cls = p->cls0;
		if (p->cls0 == BC_GOOD && p->cls == BC_GOOD)
			p->reason = BR_GOOD;
		else
			p->reason = p->cls == BC_GOOD ? BR_CONTEXT_GOOD :
			    BR_CONTEXT_BAD;
	}
}

static void
decide(struct boiler *b, struct boiler_para *p, int body)
{
	if (p->reason == BR_TITLE) {
		p->keep = body && !b->opts.no_title;
		if (!p->keep)
			p->reason = body ? BR_NO_TITLE : BR_NO_BODY;
		return;
	}
	p->keep = p->cls == BC_GOOD;
	if (!p->keep && b->opts.keep_captions && body &&
	    ((p->reason == BR_RULE && (rule_flags(b, p) & BF_CAPTION)) ||
	    (p->reason == BR_REPEAT && p->repeat_first))) {
		p->keep = 1;
		p->reason = BR_CAPTION_KEPT;
	}
}

/* Step 6: the verdicts; a page without a good paragraph keeps nothing. */
static void
step_final(struct boiler *b, struct boiler_doc *d)
{
	struct boiler_para *p;
	int body = 0;
	size_t i;

	for (i = 0; i < d->n; i++)
		if (!d->p[i].blank && d->p[i].cls == BC_GOOD &&
		    d->p[i].reason != BR_TITLE)
			body = 1;
	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank)
			continue;
		decide(b, p, body);
		b->count[p->reason]++;
		if (p->reason == BR_RULE && (size_t)p->fam < b->nfam)
			b->famcount[p->fam]++;
	}
}

void
boiler_classify_lines(struct boiler *b, struct boiler_doc *d)
{
	step_rules(b, d);
	step_runs(b, d);
	step_tail(b, d);
	step_date_heads(b, d);
	step_title(b, d);
	step_repeats(d);
	step_pull_quotes(d);
	step_head(b, d);
	step_sidebars(b, d);
	step_captions(b, d);
	step_context(b, d);
	step_final(b, d);
}

/* Separators between a headline and the site's name, longest first. */
static const char *const title_seps[] = {
	" | ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ", " :: ",
	" \xc2\xb7 ", " \xe2\x80\xa2 ", " \xc2\xbb ", NULL
};

/* Lower-case words that site names have: "The Times of India". */
static int
name_word(const char *w, size_t len)
{
	static const char *const names[] = { "the", "of", "and", "for",
	    "de", "la", "le", "el", "news", "online", "com", NULL };
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strlen(names[i]) == len && memcmp(names[i], w, len) == 0)
			return 1;
	return 0;
}

/*
 * The start of the last segment of [s, s+len) if it is short enough,
 * and capitalised enough, to be a site's or a section's name, else len.
 */
static size_t
site_segment(const char *s, size_t len)
{
	const char *best = NULL, *p, *w, *tail, *end = s + len;
	size_t i, n, wl, words, lower;
	int32_t first;

	for (i = 0; title_seps[i] != NULL; i++) {
		n = strlen(title_seps[i]);
		for (p = s; (p = memmem(p, (size_t)(end - p), title_seps[i],
		    n)) != NULL; p += n)
			if (p > s && (best == NULL || p > best))
				best = p;
	}
	if (best == NULL)
		return len;
	for (tail = best + 1, words = 0, lower = 0; boiler_next_word(&tail,
	    end, &w, &wl, &first); words++)
		if (first >= 'a' && first <= 'z' && !name_word(w, wl))
			lower++;
	/* "Inquirer News", "World news", not "Xi talks begin in Bali". */
	if (words == 0 || words > 6 || lower > 1)
		return len;
	return (size_t)(best - s);
}

/* "Headline | Section | Site Name": cut the names off, one by one. */
size_t
boiler_headline(const char *s, size_t len)
{
	size_t cut;

	while ((cut = site_segment(s, len)) < len)
		len = cut;
	return len;
}
