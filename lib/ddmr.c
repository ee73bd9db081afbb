/*
 * ddmr: see ddmr.h.
 */
#include <err.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "ddmr.h"
#include "dedupe.h"
#include "filter.h"
#include "fpset.h"
#include "hash.h"
#include "out.h"
#include "reader.h"
#include "stats.h"

/* A document name as the TSV fields carry it (out_tsv's escapes). */
static void
ddmr_escape(struct buf *b, const char *s, size_t len)
{
	const char *end = s + len;

	buf_reset(b);
	for (; s < end; s++)
		switch (*s) {
		case '\t': buf_adds(b, "\\t"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\r': buf_adds(b, "\\r"); break;
		case '\\': buf_adds(b, "\\\\"); break;
		default: buf_addc(b, *s);
		}
}

static uint64_t
ddmr_key(const char *doc, size_t len, uint64_t line)
{
	return hash64_seed(doc, len, line);
}

int
ddmr_emit(const struct nu_opts *nu, const struct dd_opts *ddo, char **files,
    int nfiles)
{
	struct buf doc = BUF_INIT;
	struct dedupe d;
	struct rd_line l;
	struct out o;
	struct rd r;
	enum rd_event ev;
	uint64_t fp, n = 0;
	size_t words;

	dd_init(&d, ddo);
	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, nu, files, nfiles);
	while ((ev = rd_next(&r, &l)) != RD_END && o.err == 0) {
		if (ev == RD_DOC)
			ddmr_escape(&doc, l.text, l.len);
		if (ev != RD_LINE || l.blank)
			continue;
		fp = dd_fingerprint(&d, l.text, l.len, &words);
		if (words < ddo->min_words)
			continue;
		out_printf(&o, "%016" PRIx64 "\t", fp);
		out_write(&o, doc.p, doc.len);
		out_printf(&o, "\t%zu\n", l.lineno);
		n++;
	}
	if (nu->stats)
		stats_print(&r, n, o.bytes, NULL);
	rd_close(&r);
	dd_free(&d);
	buf_free(&doc);
	return out_finish(&o, r.status);
}

/* Split "FP TAB DOC TAB LINE"; returns 0 if it is not that. */
static int
ddmr_record(const struct rd_line *l, size_t *keylen, const char **doc,
    size_t *doclen, uint64_t *line)
{
	const char *s = l->text, *end = s + l->len, *t1, *t2;
	const char *errstr = NULL;
	char num[24];

	if ((t1 = memchr(s, '\t', l->len)) == NULL)
		return 0;
	for (t2 = end; t2 > t1 && t2[-1] != '\t'; t2--)
		;
	if (t2 - 1 == t1 || end - t2 == 0 || end - t2 >= (long)sizeof(num))
		return 0;
	memcpy(num, t2, end - t2);
	num[end - t2] = '\0';
	*line = strtonum(num, 0, INT64_MAX, &errstr);
	if (errstr != NULL)
		return 0;
	*keylen = t1 - s;
	*doc = t1 + 1;
	*doclen = t2 - 1 - *doc;
	return 1;
}

/* Whether (doc, line) comes before the group's current first. */
static int
ddmr_cmp(const char *doc, size_t len, uint64_t line, const struct buf *mdoc,
    uint64_t mline)
{
	size_t n = len < mdoc->len ? len : mdoc->len;
	int c = memcmp(doc, mdoc->p, n);

	if (c == 0)
		c = len < mdoc->len ? -1 : len > mdoc->len;
	if (c == 0)
		c = line < mline ? -1 : line > mline;
	return c;
}

static void
ddmr_drop(struct out *o, const char *doc, size_t len, uint64_t line)
{
	out_write(o, doc, len);
	out_printf(o, "\t%" PRIu64 "\n", line);
}

int
ddmr_reduce(const struct nu_opts *nu, char **files, int nfiles)
{
	struct nu_opts plain = NU_OPTS_INIT;
	struct buf key = BUF_INIT, mdoc = BUF_INIT;
	struct rd_line l;
	struct out o;
	struct rd r;
	enum rd_event ev;
	const char *doc;
	size_t keylen, doclen;
	uint64_t line, mline = 0, n = 0;
	int status = 0, c;

	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &plain, files, nfiles);
	while ((ev = rd_next(&r, &l)) != RD_END && o.err == 0) {
		if (ev != RD_LINE || l.blank)
			continue;
		if (!ddmr_record(&l, &keylen, &doc, &doclen, &line)) {
			warnx("%s:%zu: not a fingerprint record", r.file,
			    r.fileline);
			status = 2;
			continue;
		}
		if (keylen != key.len || memcmp(l.text, key.p, keylen) != 0) {
			buf_reset(&key);
			buf_add(&key, l.text, keylen);
		} else if ((c = ddmr_cmp(doc, doclen, line, &mdoc, mline)) > 0) {
			ddmr_drop(&o, doc, doclen, line);
			n++;
			continue;
		} else if (c == 0)
			continue;
		else {
			ddmr_drop(&o, mdoc.p, mdoc.len, mline);
			n++;
		}
		buf_reset(&mdoc);
		buf_add(&mdoc, doc, doclen);
		mline = line;
	}
	if (nu->stats)
		stats_print(&r, n, o.bytes, NULL);
	rd_close(&r);
	buf_free(&key);
	buf_free(&mdoc);
	return out_finish(&o, r.status ? r.status : status);
}

static int
ddmr_load(struct fpset *drop, const char *path)
{
	struct nu_opts plain = NU_OPTS_INIT;
	char *files[1] = { (char *)path };
	struct rd_line l;
	struct rd r;
	enum rd_event ev;
	const char *tab;
	const char *errstr;
	char num[24];
	size_t n;
	int status = 0;

	rd_open(&r, &plain, files, 1);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev != RD_LINE || l.blank)
			continue;
		for (tab = l.text + l.len; tab > l.text && tab[-1] != '\t';
		    tab--)
			;
		n = l.text + l.len - tab;
		errstr = "no tab";
		if (tab > l.text && n > 0 && n < sizeof(num)) {
			memcpy(num, tab, n);
			num[n] = '\0';
			errstr = NULL;
			n = strtonum(num, 0, INT64_MAX, &errstr);
		}
		if (errstr != NULL) {
			warnx("%s:%zu: not a drop list line (doc TAB line)",
			    path, r.fileline);
			status = 2;
			continue;
		}
		fpset_add(drop, ddmr_key(l.text, tab - 1 - l.text, n), 0, 0);
	}
	rd_close(&r);
	return r.status ? r.status : status;
}

int
ddmr_apply(const struct nu_opts *nu, const char *droplist, int invert,
    char **files, int nfiles)
{
	struct buf doc = BUF_INIT;
	struct fpset drop;
	struct rd_line l;
	struct out o;
	struct rd r;
	struct fw w;
	enum rd_event ev;
	uint64_t dropped = 0;
	char extra[64];
	int status, gone;

	fpset_init(&drop, 0);
	if ((status = ddmr_load(&drop, droplist)) != 0)
		errx(2, "%s: bad drop list, nothing done", droplist);
	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, nu, files, nfiles);
	fw_init(&w, &o, &r);
	while ((ev = rd_next(&r, &l)) != RD_END && o.err == 0) {
		if (ev == RD_DOC) {
			ddmr_escape(&doc, l.text, l.len);
			fw_doc(&w, &l);
		} else if (ev == RD_ERROR)
			fw_error(&w, &l);
		else if (l.blank) {
			if (!invert)
				fw_blank(&w, &l);
		} else {
			gone = fpset_find(&drop, ddmr_key(doc.p, doc.len,
			    l.lineno), NULL, NULL);
			dropped += gone;
			if (gone == (invert > 0))
				fw_keep(&w, &l);
		}
	}
	fw_finish(&w);
	if (nu->stats) {
		snprintf(extra, sizeof(extra), "dropped=%" PRIu64, dropped);
		stats_print(&r, w.lines_out, o.bytes, extra);
	}
	rd_close(&r);
	fpset_free(&drop);
	buf_free(&doc);
	return out_finish(&o, r.status);
}
