/*
 * boiler: the document buffer, paragraph features and set-up.  The
 * decisions themselves are in boiler_class.c.
 */
#include <stdlib.h>
#include <string.h>

#include "boiler.h"
#include "boiler_int.h"
#include "utf8.h"
#include "xalloc.h"

static const char *const reason_names[BR_NREASONS] = {
	[BR_GOOD] = "good",
	[BR_CONTEXT_GOOD] = "context-good",
	[BR_TITLE] = "title",
	[BR_CAPTION_KEPT] = "caption-kept",
	[BR_RULE] = "rule",
	[BR_TITLE_SITE] = "title-site",
	[BR_TITLE_REPEAT] = "title-repeat",
	[BR_SITE_NAME] = "site-name",
	[BR_NO_TITLE] = "no-title",
	[BR_NO_BODY] = "no-body",
	[BR_REPEAT] = "repeat",
	[BR_EMBED] = "embed",
	[BR_SIDEBAR] = "sidebar",
	[BR_HEAD] = "head",
	[BR_LEAD_CAPTION] = "lead-caption",
	[BR_LINKS] = "links",
	[BR_NO_WORDS] = "no-words",
	[BR_MENU] = "menu",
	[BR_STOPWORDS] = "stopwords",
	[BR_CONTEXT_BAD] = "context-bad",
	[BR_PULL_QUOTE] = "pull-quote",
	[BR_CAPTION_NEXT] = "caption-next",
	[BR_TITLE_CONT] = "title-cont",
};

const char *
boiler_reason_name(enum boiler_reason r)
{
	return r < BR_NREASONS ? reason_names[r] : "?";
}

/*
 * A caption above the body ends with a full date: "... in Beijing,
 * June 18, 2023."  Lead paragraphs rarely do.
 */
#define LEAD_DATE_RX \
	"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?" \
	"\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(?:jan|feb|" \
	"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4})" \
	"[\\s.)\\]]*$"

int
boiler_init(struct boiler *b, const struct boiler_opts *opts,
    int no_defaults, char *err, size_t errlen)
{
	memset(b, 0, sizeof(*b));
	b->opts = *opts;
	if (b->opts.stop == NULL)
		b->opts.stop = words_list("en");
	rules_init(&b->rules, RX_ICASE);
	if (rx_compile(&b->leaddate, LEAD_DATE_RX,
	    (size_t)PCRE2_ZERO_TERMINATED, RX_ICASE, err, errlen) == -1)
		return -1;
	if (!no_defaults && boiler_rules_add(b, err, errlen) == -1)
		return -1;
	words_merge(&b->lex, b->opts.stop, BOILER_STOP);
	return 0;
}

int
boiler_ready(struct boiler *b, char *err, size_t errlen)
{
	if (rules_compile(&b->rules, err, errlen) == -1)
		return -1;
	b->nfam = b->rules.nfam;
	b->famcount = xcalloc(b->nfam ? b->nfam : 1, sizeof(*b->famcount));
	return 0;
}

void
boiler_free(struct boiler *b)
{
	rules_free(&b->rules);
	rx_free(&b->leaddate);
	words_free(&b->lex);
	free(b->famcount);
	memset(b, 0, sizeof(*b));
}

void
boiler_doc_reset(struct boiler_doc *d)
{
	buf_reset(&d->bytes);
	d->n = 0;
}

void
boiler_doc_add(struct boiler_doc *d, const char *text, size_t len,
    const char *raw, size_t rawlen, size_t lineno, int blank)
{
	struct boiler_para *p;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->p = xreallocarray(d->p, d->cap, sizeof(*d->p));
	}
	p = &d->p[d->n++];
	memset(p, 0, sizeof(*p));
	p->len = len;
	p->hasraw = raw != NULL;
	p->rawlen = rawlen;
	/* The text is mostly the raw line without its end: keep it once. */
	if (raw != NULL && text >= raw && text + len <= raw + rawlen) {
		p->rawoff = d->bytes.len;
		p->off = p->rawoff + (size_t)(text - raw);
		buf_add(&d->bytes, raw, rawlen);
	} else {
		p->off = d->bytes.len;
		buf_add(&d->bytes, text, len);
		p->rawoff = d->bytes.len;
		if (raw != NULL)
			buf_add(&d->bytes, raw, rawlen);
		else
			p->rawlen = 0;
	}
	p->lineno = lineno;
	p->blank = blank;
	p->fam = -1;
}

void
boiler_doc_free(struct boiler_doc *d)
{
	buf_free(&d->bytes);
	free(d->p);
	memset(d, 0, sizeof(*d));
}
