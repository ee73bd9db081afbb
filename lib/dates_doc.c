/*
 * dates_doc: the per-document side of extract-dates (see dates_doc.h).
 */
#include <err.h>
#include <stdio.h>
#include <string.h>

#include "dates_doc.h"
#include "jsonl.h"

void
dates_doc_init(struct dates_doc *dd, struct out *o, const struct dw_lang *lang)
{
	memset(dd, 0, sizeof(*dd));
	dates_init(&dd->d, lang);
	dd->o = o;
}

void
dates_doc_free(struct dates_doc *dd)
{
	size_t i;

	for (i = 0; i < DATES_DOC_TOPLINES; i++)
		buf_free(&dd->held[i].text);
	buf_free(&dd->doc);
	dates_free(&dd->d);
}

void
dates_doc_header(struct dates_doc *dd)
{
	static const char *const rec[] = { "doc", "line", "value", "type",
	    "text", NULL };
	static const char *const cnt[] = { "doc", "count", NULL };

	if (!dd->json)
		rec_header(dd->o, dd->count ? cnt : rec);
}

static void
dd_explain(struct dates_doc *dd, const char *from)
{
	if (!dd->explain)
		return;
	if (dd->ref.set)
		warnx("%.*s: reference %s from %s", (int)dd->doc.len,
		    dd->doc.p ? dd->doc.p : "", dd->refstr, from);
	else
		warnx("%.*s: no reference: relative dates left unresolved",
		    (int)dd->doc.len, dd->doc.p ? dd->doc.p : "");
}

static void
dd_setref(struct dates_doc *dd, const struct dates_ref *r, const char *from)
{
	dd->ref = *r;
	dates_ref_format(r, dd->refstr, sizeof(dd->refstr));
	dd->decided = 1;
	dd_explain(dd, from);
}

/* A metadata field: an ISO date, or any text with a full date in it. */
static int
dd_field_ref(struct dates_doc *dd, json_t *obj, const char *field)
{
	struct dates_ref r = DATES_REF_NONE;
	const char *s;
	size_t len, i;
	char from[128];

	if ((s = jsonl_get_str(obj, field, &len)) == NULL)
		return 0;
	if (dates_parse_ref(s, len, &r) != 0) {
		dates_scan(&dd->d, s, len, NULL);
		for (i = 0; i < dd->d.nhit; i++)
			if (dates_hit_ref(&dd->d.hit[i], &r))
				break;
		if (i == dd->d.nhit)
			return 0;
	}
	snprintf(from, sizeof(from), "field %s", field);
	dd_setref(dd, &r, from);
	return 1;
}

void
dates_doc_begin(struct dates_doc *dd, const char *name, size_t namelen, json_t *obj)
{
	if (dd->in_doc)
		dates_doc_end(dd);
	dd->in_doc = 1;
	dates_new_doc(&dd->d);
	buf_reset(&dd->doc);
	buf_add(&dd->doc, name, namelen);
	dd->doc_found = 0;
	dd->nheld = 0;
	dd->heldbytes = 0;
	dd->decided = 0;
	dd->ref.set = 0;
	dd->fallback.set = 0;
	dd->refstr[0] = '\0';
	if (dd->fixed.set) {
		dd_setref(dd, &dd->fixed, "--ref");
		return;
	}
	if (obj == NULL)
		return;
	if (dd->ref_field != NULL) {
		dd_field_ref(dd, obj, dd->ref_field);
		return;
	}
	if (!dd_field_ref(dd, obj, "date"))
		dd_field_ref(dd, obj, "published");
}

static void
dd_record(struct dates_doc *dd, size_t lineno, const char *s,
    const struct dates_hit *h)
{
	struct rec r;

	r.o = dd->o;
	r.json = dd->json;
	rec_begin(&r);
	rec_str(&r, "doc", dd->doc.p ? dd->doc.p : "", dd->doc.len);
	rec_int(&r, "line", (long long)lineno);
	if (dd->json) {
		rec_int(&r, "start", (long long)h->start);
		rec_int(&r, "end", (long long)h->end);
		rec_str(&r, "text", s + h->start, h->end - h->start);
	}
	rec_cstr(&r, "value", h->value);
	rec_cstr(&r, "type", dates_type_name(h->type));
	if (!dd->json) {
		rec_str(&r, "text", s + h->start, h->end - h->start);
	} else {
		if (h->end_value[0] != '\0')
			rec_cstr(&r, "end_value", h->end_value);
		else
			rec_null(&r, "end_value");
		rec_bool(&r, "relative", h->relative);
		if (dd->ref.set)
			rec_cstr(&r, "ref", dd->refstr);
		else
			rec_null(&r, "ref");
	}
	rec_end(&r);
	dd->records++;
}

/* What the sink needs to write a record. */
struct dd_line {
	struct dates_doc *dd;
	size_t		 lineno;
	const char	*s;
};

static void
dd_sink(void *arg, const struct dates_hit *h)
{
	struct dd_line *l = arg;

	if (!l->dd->count)
		dd_record(l->dd, l->lineno, l->s, h);
}

static void
dd_emit(struct dates_doc *dd, size_t lineno, const char *s, size_t len)
{
	struct dd_line l = { dd, lineno, s };
	size_t n;

	/* Records go out as they are found: no list of a paragraph's hits. */
	dd->d.sink = dd_sink;
	dd->d.sink_arg = &l;
	n = dates_scan(&dd->d, s, len, dd->ref.set ? &dd->ref : NULL);
	dd->d.sink = NULL;
	dd->d.sink_arg = NULL;
	dd->doc_found += n;
	dd->found += n;
}

/* Release the held paragraphs, now that the reference is settled. */
static void
dd_flush_held(struct dates_doc *dd)
{
	size_t i;

	dd->decided = 1;
	for (i = 0; i < dd->nheld; i++)
		dd_emit(dd, dd->held[i].lineno, dd->held[i].text.p,
		    dd->held[i].text.len);
	dd->nheld = 0;
}

/* Whether [s, s+n) says it dates the page: "Published", "Updated". */
static int
dd_cue(const char *s, size_t n)
{
	static const char *const cues[] = { "ublished", "pdated", "osted",
	    NULL };
	size_t i;

	for (i = 0; cues[i] != NULL; i++)
		if (memmem(s, n, cues[i], strlen(cues[i])) != NULL)
			return 1;
	return 0;
}

/*
 * Look for a dateline's full date in a top paragraph.  A short line or
 * one with a cue settles the reference; a date early in a long line is
 * kept as the fallback, in case no better line follows.
 */
static int
dd_dateline(struct dates_doc *dd, size_t lineno, const char *s, size_t len)
{
	struct dates_ref r = DATES_REF_NONE;
	char from[64];
	size_t i;

	/* Only the start counts: scan little more than DATES_DOC_TOPBYTES. */
	dates_scan(&dd->d, s, len > DATES_DOC_TOPBYTES + 64 ?
	    DATES_DOC_TOPBYTES + 64 : len, NULL);
	for (i = 0; i < dd->d.nhit; i++) {
		if (dd->d.hit[i].start >= DATES_DOC_TOPBYTES)
			break;
		if (!dates_hit_ref(&dd->d.hit[i], &r))
			continue;
		if (len <= DATES_DOC_SHORTLINE ||
		    dd_cue(s, dd->d.hit[i].start)) {
			snprintf(from, sizeof(from), "the dateline, line %zu",
			    lineno);
			dd_setref(dd, &r, from);
			return 1;
		}
		if (!dd->fallback.set) {
			dd->fallback = r;
			dd->fallback_line = lineno;
		}
		return 0;
	}
	return 0;
}

/* The top lines are read: settle for the fallback date, if any. */
static void
dd_settle(struct dates_doc *dd)
{
	char from[64];

	if (dd->fallback.set) {
		snprintf(from, sizeof(from), "the first paragraph, line %zu",
		    dd->fallback_line);
		dd_setref(dd, &dd->fallback, from);
	} else {
		dd_explain(dd, "");
	}
	dd_flush_held(dd);
}

void
dates_doc_line(struct dates_doc *dd, size_t lineno, const char *s, size_t len)
{
	struct dates_doc_held *h;

	if (!dd->decided) {
		if (dd_dateline(dd, lineno, s, len)) {
			dd_flush_held(dd);
		} else if (dd->nheld < DATES_DOC_TOPLINES &&
		    dd->heldbytes + len <= DATES_DOC_HELDMAX) {
			h = &dd->held[dd->nheld++];
			buf_reset(&h->text);
			buf_add(&h->text, s, len);
			h->lineno = lineno;
			dd->heldbytes += len;
			if (dd->nheld == DATES_DOC_TOPLINES)
				dd_settle(dd);
			return;
		} else {
			dd_settle(dd);	/* too much to hold: a page, not a top */
		}
	}
	dd_emit(dd, lineno, s, len);
}

void
dates_doc_end(struct dates_doc *dd)
{
	struct rec r;

	if (!dd->in_doc)
		return;
	if (!dd->decided)
		dd_settle(dd);
	if (dd->count) {
		r.o = dd->o;
		r.json = dd->json;
		rec_begin(&r);
		rec_str(&r, "doc", dd->doc.p ? dd->doc.p : "", dd->doc.len);
		rec_int(&r, "count", (long long)dd->doc_found);
		rec_end(&r);
		dd->records++;
	}
	dd->in_doc = 0;
}
