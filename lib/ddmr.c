/*
 * ddmr: see ddmr.h.
 */
#include <err.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "ddmr.h"
#include "dedupe.h"
#include "filter.h"
#include "fpset.h"
#include "hash.h"
#include "near.h"
#include "out.h"
#include "reader.h"
#include "stats.h"
#include "xalloc.h"

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

/*
 * The drop list's key of a paragraph.  Not XXH3 seeded with the line:
 * for short inputs a seed is only xored in, so ("d004001", 3) and
 * ("d000001", 9) can meet.  The line is mixed into the name's hash with
 * an odd multiplier and MurmurHash3's fmix64 instead.
 */
static uint64_t
ddmr_key(const char *doc, size_t len, uint64_t line)
{
	return near_fmix64(hash64(doc, len) + line * 0x9e3779b97f4a7c15ULL);
}

/* One paragraph's n-gram records: "gGRAM TAB DOC TAB LINE TAB K TAB WORDS". */
static void
ddmr_emit_grams(struct out *o, struct dedupe *d, const struct buf *doc,
    size_t line)
{
	const char *loose;
	size_t k, total, len;

	loose = dd_loose_form(d, &len);
	total = near_compute(&d->near, loose, len);
	for (k = 0; k < total; k++) {
		out_printf(o, "g%016" PRIx64 "\t", d->near.gram[k]);
		out_write(o, doc->p, doc->len);
		out_printf(o, "\t%zu\t%zu\t%zu\n", line, k, d->near.nwords);
	}
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
		out_printf(&o, "%s%016" PRIx64 "\t", ddo->near > 0 ? "x" : "",
		    fp);
		out_write(&o, doc.p, doc.len);
		out_printf(&o, "\t%zu\n", l.lineno);
		if (ddo->near > 0)
			ddmr_emit_grams(&o, &d, &doc, l.lineno);
		n++;
	}
	if (nu->stats)
		stats_print(&r, n, o.bytes, NULL);
	rd_close(&r);
	dd_free(&d);
	buf_free(&doc);
	return out_finish(&o, r.status);
}

/* A record split at its tabs: [KEY] DOC LINE [REST]. */
struct ddmr_rec {
	const char	*key;
	size_t		 keylen;
	const char	*doc;
	size_t		 doclen;
	uint64_t	 line;
	const char	*rest;		/* after LINE's tab, or NULL */
	size_t		 restlen;
};

static int
ddmr_number(const char *s, size_t len, uint64_t *v)
{
	const char *errstr = NULL;
	char num[24];

	if (len == 0 || len >= sizeof(num))
		return 0;
	memcpy(num, s, len);
	num[len] = '\0';
	*v = strtonum(num, 0, INT64_MAX, &errstr);
	return errstr == NULL;
}

/* Split a line (with nokey it starts at DOC); 0 if it is malformed. */
static int
ddmr_split(const char *s, size_t len, int nokey, struct ddmr_rec *rec)
{
	const char *end = s + len, *t;

	memset(rec, 0, sizeof(*rec));
	if (!nokey) {
		if ((t = memchr(s, '\t', len)) == NULL)
			return 0;
		rec->key = s;
		rec->keylen = t - s;
		s = t + 1;
	}
	if ((t = memchr(s, '\t', end - s)) == NULL)
		return 0;
	rec->doc = s;
	rec->doclen = t - s;
	s = t + 1;
	if ((t = memchr(s, '\t', end - s)) != NULL) {
		rec->rest = t + 1;
		rec->restlen = end - t - 1;
	} else
		t = end;
	return ddmr_number(s, t - s, &rec->line);
}

/*
 * The next record of a reduce input, blank lines skipped: 1, or -1 for
 * a malformed line; 0 at the end or once the output (if any) failed.
 */
static int
ddmr_next(struct rd *r, const struct out *o, int nokey, struct ddmr_rec *rec)
{
	struct rd_line l;
	enum rd_event ev;

	while ((ev = rd_next(r, &l)) != RD_END && (o == NULL || o->err == 0))
		if (ev == RD_LINE && !l.blank)
			return ddmr_split(l.text, l.len, nokey, rec) ? 1 : -1;
	return 0;
}

/* Order of (doc bytes, line). */
static int
ddmr_cmp(const char *doc, size_t len, uint64_t line, const char *mdoc,
    size_t mlen, uint64_t mline)
{
	size_t n = len < mlen ? len : mlen;
	int c = memcmp(doc, mdoc, n);

	if (c == 0)
		c = len < mlen ? -1 : len > mlen;
	if (c == 0)
		c = line < mline ? -1 : line > mline;
	return c;
}

/* "DOC TAB LINE [TAB REST]": a record without its key. */
static void
ddmr_put(struct out *o, const char *doc, size_t doclen, uint64_t line,
    const char *rest, size_t restlen)
{
	out_write(o, doc, doclen);
	out_printf(o, "\t%" PRIu64, line);
	if (rest != NULL) {
		out_putc(o, '\t');
		out_write(o, rest, restlen);
	}
	out_putc(o, '\n');
}

/*
 * The first paragraph of a group so far, with the rests of its records
 * (several when a paragraph repeats an n-gram of its own), each kept as
 * "R" REST "\n" or "-\n".  They are held back: should an earlier
 * paragraph arrive, they become repeats and are written then.
 */
struct ddmr_first {
	struct buf	 key;
	struct buf	 doc;
	uint64_t	 line;
	struct buf	 rests;
};

static void
ddmr_first_add(struct ddmr_first *f, const struct ddmr_rec *r)
{
	if (r->rest == NULL)
		buf_adds(&f->rests, "-\n");
	else {
		buf_addc(&f->rests, 'R');
		buf_add(&f->rests, r->rest, r->restlen);
		buf_addc(&f->rests, '\n');
	}
}

static void
ddmr_first_set(struct ddmr_first *f, const struct ddmr_rec *r)
{
	buf_reset(&f->doc);
	buf_add(&f->doc, r->doc, r->doclen);
	f->line = r->line;
	buf_reset(&f->rests);
	ddmr_first_add(f, r);
}

/* The first was not the first after all: its records are repeats. */
static uint64_t
ddmr_first_put(struct out *o, const struct ddmr_first *f)
{
	const char *p = f->rests.p, *end = p + f->rests.len, *nl;
	uint64_t n = 0;

	for (; p < end; p = nl + 1, n++) {
		nl = memchr(p, '\n', end - p);
		ddmr_put(o, f->doc.p, f->doc.len, f->line, *p == 'R' ? p + 1 :
		    NULL, nl - p - 1);
	}
	return n;
}

/* One record of --reduce; returns the number written. */
static uint64_t
ddmr_reduce_one(struct out *o, struct ddmr_first *f, const struct ddmr_rec *r)
{
	uint64_t n = 0;
	int c;

	if (r->keylen != f->key.len || memcmp(r->key, f->key.p,
	    r->keylen) != 0) {
		buf_reset(&f->key);
		buf_add(&f->key, r->key, r->keylen);
		ddmr_first_set(f, r);
		return 0;
	}
	c = ddmr_cmp(r->doc, r->doclen, r->line, f->doc.p, f->doc.len,
	    f->line);
	if (c > 0) {
		ddmr_put(o, r->doc, r->doclen, r->line, r->rest, r->restlen);
		return 1;
	}
	if (c == 0) {
		ddmr_first_add(f, r);
		return 0;
	}
	n = ddmr_first_put(o, f);
	ddmr_first_set(f, r);
	return n;
}

int
ddmr_reduce(const struct nu_opts *nu, char **files, int nfiles)
{
	struct nu_opts plain = NU_OPTS_INIT;
	struct ddmr_first f = { BUF_INIT, BUF_INIT, 0, BUF_INIT };
	struct ddmr_rec rec;
	struct out o;
	struct rd r;
	uint64_t n = 0;
	int status = 0, k;

	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &plain, files, nfiles);
	while ((k = ddmr_next(&r, &o, 0, &rec)) != 0) {
		if (k < 0) {
			warnx("%s:%zu: not a fingerprint record", r.file,
			    r.fileline);
			status = 2;
			continue;
		}
		n += ddmr_reduce_one(&o, &f, &rec);
	}
	if (nu->stats)
		stats_print(&r, n, o.bytes, NULL);
	rd_close(&r);
	buf_free(&f.key);
	buf_free(&f.doc);
	buf_free(&f.rests);
	return out_finish(&o, r.status ? r.status : status);
}

/*
 * A paragraph's evidence, gathered: a repeat outright, or the n-grams
 * held before it.
 */
struct ddmr_para {
	struct buf	 doc;
	uint64_t	 line;
	int		 active;
	int		 exact;
	uint64_t	 words;
	size_t		*seen;
	size_t		 nseen;
	size_t		 cap;
};

static uint64_t
ddmr_para_end(struct out *o, struct ddmr_para *p, double t, int n,
    struct buf *scratch)
{
	int drop;

	if (!p->active)
		return 0;
	p->active = 0;
	drop = p->exact || (p->words > 0 && near_coverage_of(p->words, n,
	    p->seen, p->nseen, scratch) >= t);
	if (drop)
		ddmr_put(o, p->doc.p, p->doc.len, p->line, NULL, 0);
	return drop;
}

/* Take "K TAB WORDS" of an n-gram record; 0 if malformed. */
static int
ddmr_para_gram(struct ddmr_para *p, const struct ddmr_rec *r)
{
	const char *t = memchr(r->rest, '\t', r->restlen);
	uint64_t k, words;

	if (t == NULL || !ddmr_number(r->rest, t - r->rest, &k) ||
	    !ddmr_number(t + 1, r->rest + r->restlen - t - 1, &words) ||
	    words > SIZE_MAX / 2 || k > words + 4)
		return 0;
	if (p->nseen == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->seen = xreallocarray(p->seen, p->cap, sizeof(*p->seen));
	}
	p->seen[p->nseen++] = k;
	p->words = words;
	return 1;
}

int
ddmr_reduce_near(const struct nu_opts *nu, double t, int n, char **files,
    int nfiles)
{
	struct nu_opts plain = NU_OPTS_INIT;
	struct ddmr_para p = { BUF_INIT, 0, 0, 0, 0, NULL, 0, 0 };
	struct buf scratch = BUF_INIT;
	struct ddmr_rec rec;
	struct out o;
	struct rd r;
	uint64_t dropped = 0;
	int status = 0, k;

	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &plain, files, nfiles);
	while ((k = ddmr_next(&r, &o, 1, &rec)) != 0) {
		if (k < 0)
			goto bad;
		if (!p.active || rec.line != p.line || rec.doclen !=
		    p.doc.len || memcmp(rec.doc, p.doc.p, rec.doclen) != 0) {
			dropped += ddmr_para_end(&o, &p, t, n, &scratch);
			buf_reset(&p.doc);
			buf_add(&p.doc, rec.doc, rec.doclen);
			p.line = rec.line;
			p.active = 1;
			p.exact = 0;
			p.words = 0;
			p.nseen = 0;
		}
		if (rec.rest == NULL)
			p.exact = 1;
		else if (!ddmr_para_gram(&p, &rec))
			goto bad;
		continue;
bad:
		warnx("%s:%zu: not a repeat record", r.file, r.fileline);
		status = 2;
	}
	dropped += ddmr_para_end(&o, &p, t, n, &scratch);
	if (nu->stats)
		stats_print(&r, dropped, o.bytes, NULL);
	rd_close(&r);
	buf_free(&p.doc);
	buf_free(&scratch);
	free(p.seen);
	return out_finish(&o, r.status ? r.status : status);
}

static int
ddmr_load(struct fpset *drop, const char *path)
{
	struct nu_opts plain = NU_OPTS_INIT;
	char *files[1] = { (char *)path };
	struct ddmr_rec rec;
	struct rd r;
	int status = 0, k;

	rd_open(&r, &plain, files, 1);
	while ((k = ddmr_next(&r, NULL, 1, &rec)) != 0) {
		if (k < 0 || rec.rest != NULL) {
			warnx("%s:%zu: not a drop list line (doc TAB line)",
			    path, r.fileline);
			status = 2;
			continue;
		}
		fpset_add(drop, ddmr_key(rec.doc, rec.doclen, rec.line), 0, 0);
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
