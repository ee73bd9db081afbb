/*
 * boiler_wrap: documents whose paragraphs are hard-wrapped over several
 * lines (lynx -dump, w3m, fmt), recognised and classified paragraph by
 * paragraph.
 *
 * Each line of a wrapped page is too short to read as prose, so the
 * classifier would call the whole article a menu.  A page is taken as
 * wrapped when no line with spaces runs past a terminal's width and
 * many lines stop near one common width in the middle of a sentence,
 * the next line going on in lower case; headline lists, which also stop
 * short of a full stop, start their lines with capitals.  Then a line
 * near that width runs on into the next, the lines so joined are
 * classified as one paragraph, and every line takes its paragraph's
 * verdict; the output is still the input's lines, byte for byte.
 */
#include <string.h>

#include "boiler.h"
#include "boiler_int.h"
#include "buf.h"
#include "xalloc.h"

/* No line of a wrapped page with spaces in it is longer. */
#define WRAP_MAX	100
#define WRAP_MIN	40
/*
 * A line was cut by the wrapper when the next line's first word would
 * not have fitted after it, give or take this many columns (the widest
 * line may fall short of the width it was wrapped to).
 */
#define WRAP_SLACK	2
/* Enough of them to tell. */
#define WRAP_LINES	4

/* The number of characters (not continuation bytes) in s. */
static size_t
columns(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

static const char *
line_text(const struct boiler_doc *d, const struct boiler_para *p,
    size_t *len)
{
	const char *s = d->bytes.p + p->off;
	size_t n = p->len;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r'))
		n--;
	*len = n;
	return s;
}

/* The first non-space byte of the line, or 0. */
static int
first_byte(const struct boiler_doc *d, const struct boiler_para *p)
{
	const char *s;
	size_t n, i;

	s = line_text(d, p, &n);
	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		continue;
	return i < n ? (unsigned char)s[i] : 0;
}

/* The width in columns of the line's first word. */
static size_t
first_word(const struct boiler_doc *d, const struct boiler_para *p)
{
	const char *s;
	size_t n, i, j;

	s = line_text(d, p, &n);
	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		continue;
	for (j = i; j < n && s[j] != ' ' && s[j] != '\t'; j++)
		continue;
	return columns(s + i, j - i);
}

/*
 * Whether line i was cut by a wrapper of width w: the next line's first
 * word would not have fitted on it.
 */
static int
cut_at(const struct boiler_doc *d, size_t i, size_t w)
{
	const char *s;
	size_t n;

	if (i + 1 >= d->n || d->p[i].blank || d->p[i + 1].blank)
		return 0;
	s = line_text(d, &d->p[i], &n);
	n = columns(s, n);
	return n <= w && n + 1 + first_word(d, &d->p[i + 1]) + WRAP_SLACK > w;
}

static int
ends_open(const char *s, size_t n)
{
	switch (n > 0 ? s[n - 1] : '.') {
	case '.': case '!': case '?': case ':': case '"': case ')':
		return 0;
	}
	/* A closing curly quote. */
	return !(n >= 3 && memcmp(s + n - 3, "\xe2\x80\x9d", 3) == 0);
}

/* The wrap width of the page, or 0 when its lines are paragraphs. */
static size_t
wrap_width(const struct boiler_doc *d)
{
	const struct boiler_para *p, *q;
	size_t i, n, w = 0, lines = 0, near = 0, open = 0, lower = 0;
	const char *s;

	/* Most pages end here, at their first paragraph. */
	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank || p->len <= WRAP_MAX)
			continue;
		s = line_text(d, p, &n);
		if ((n > 4 * WRAP_MAX || columns(s, n) > WRAP_MAX) &&
		    memchr(s, ' ', n) != NULL)
			return 0;
	}
	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank)
			continue;
		s = line_text(d, p, &n);
		n = columns(s, n);
		if (n <= WRAP_MAX && n > w)
			w = n;
		lines++;
	}
	if (w < WRAP_MIN || lines < 2 * WRAP_LINES)
		return 0;
	for (i = 0; i + 1 < d->n; i++) {
		p = &d->p[i];
		q = &d->p[i + 1];
		if (p->blank || q->blank)
			continue;
		if (!cut_at(d, i, w))
			continue;
		s = line_text(d, p, &n);
		near++;
		if (!ends_open(s, n))
			continue;
		open++;
		lower += first_byte(d, q) >= 'a' && first_byte(d, q) <= 'z';
	}
	if (near < WRAP_LINES || near * 6 < lines || open * 5 < near * 3 ||
	    lower * 5 < open * 2)
		return 0;
	return w;
}

/* Whether a line starts a list item: "* ", "+ ", "o ", "1. ". */
static int
list_item(const struct boiler_doc *d, const struct boiler_para *p)
{
	const char *s;
	size_t n, i;

	s = line_text(d, p, &n);
	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		continue;
	if (i + 1 >= n)
		return 0;
	if (memchr("*+#-o", s[i], 5) != NULL && s[i + 1] == ' ')
		return 1;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	return i + 1 < n && i > 0 && s[i] == '.' && s[i + 1] == ' ';
}

/* Whether line i runs on into line i + 1. */
static int
runs_on(const struct boiler_doc *d, size_t i, size_t w)
{
	return cut_at(d, i, w) && !list_item(d, &d->p[i + 1]);
}

/* Copy the verdict of paragraph from to line to. */
static void
take(struct boiler_para *to, const struct boiler_para *from)
{
	to->nchars = from->nchars;
	to->nwords = from->nwords;
	to->nstop = from->nstop;
	to->nlower = from->nlower;
	to->ndigit = from->ndigit;
	to->nlink = from->nlink;
	to->terminal = from->terminal;
	to->fam = from->fam;
	to->cls0 = from->cls0;
	to->weak = from->weak;
	to->cls = from->cls;
	to->reason = from->reason;
	to->hard = from->hard;
	to->repeat_first = from->repeat_first;
	to->prev = from->prev;
	to->next = from->next;
	to->keep = from->keep;
}

/* Classify the paragraphs of a wrapped page; its lines take theirs. */
static void
classify_wrapped(struct boiler *b, struct boiler_doc *d, size_t w)
{
	struct boiler_doc pd = BOILER_DOC_INIT;
	struct buf text = BUF_INIT;
	size_t *of = xreallocarray(NULL, d->n, sizeof(*of));
	size_t i, n;
	const char *s;

	for (i = 0; i < d->n; i++) {
		of[i] = pd.n;
		if (d->p[i].blank) {
			boiler_doc_add(&pd, "", 0, NULL, 0, d->p[i].lineno, 1);
			continue;
		}
		s = line_text(d, &d->p[i], &n);
		if (text.len > 0)
			buf_add(&text, " ", 1);
		buf_add(&text, s, n);
		if (runs_on(d, i, w))
			continue;
		boiler_doc_add(&pd, text.p, text.len, NULL, 0, d->p[i].lineno,
		    0);
		buf_reset(&text);
	}
	boiler_classify_lines(b, &pd);
	for (i = 0; i < d->n; i++) {
		/* of[i] is the paragraph that line i went into. */
		n = of[i];
		if (d->p[i].blank || n >= pd.n)
			continue;
		boiler_features(b, d->bytes.p + d->p[i].off, d->p[i].len,
		    &d->p[i]);
		take(&d->p[i], &pd.p[n]);
		/* One line is the title; the others of its paragraph go on. */
		if (i > 0 && of[i - 1] == n && d->p[i].reason == BR_TITLE)
			d->p[i].reason = BR_TITLE_CONT;
	}
	free(of);
	buf_free(&text);
	boiler_doc_free(&pd);
}

void
boiler_classify(struct boiler *b, struct boiler_doc *d)
{
	size_t w = wrap_width(d);

	if (w > 0)
		classify_wrapped(b, d, w);
	else
		boiler_classify_lines(b, d);
}
