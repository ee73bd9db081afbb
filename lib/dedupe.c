/*
 * dedupe: see dedupe.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dedupe.h"
#include "fingerprint.h"
#include "fpset.h"
#include "near.h"
#include "out.h"
#include "xalloc.h"

void
dd_init(struct dedupe *d, const struct dd_opts *o)
{
	memset(d, 0, sizeof(*d));
	d->o = *o;
	if (d->o.ngram <= 0)
		d->o.ngram = NEAR_NGRAM;
	d->o.origins |= d->o.texts;
	fpset_init(&d->exact, d->o.origins);
	near_init(&d->near, d->o.ngram, d->o.origins);
}

static void	dd_doc_name(struct dedupe *, const char *, size_t);

void
dd_doc(struct dedupe *d, const char *name, size_t len)
{
	if (d->o.scope_doc) {
		fpset_reset(&d->exact);
		near_reset(&d->near);
	}
	if (d->o.origins)
		dd_doc_name(d, name, len);
}

static void
dd_doc_name(struct dedupe *d, const char *name, size_t len)
{
	if (d->ndocs == d->doccap) {
		d->doccap = d->doccap ? d->doccap * 2 : 16;
		d->docs = xreallocarray(d->docs, d->doccap, sizeof(*d->docs));
		d->doclens = xreallocarray(d->doclens, d->doccap,
		    sizeof(*d->doclens));
	}
	d->docs[d->ndocs] = xmemdup(name, len);
	d->doclens[d->ndocs++] = len;
}

uint64_t
dd_fingerprint(struct dedupe *d, const char *s, size_t len, size_t *words)
{
	buf_reset(&d->norm);
	fp_normalize(&d->norm, s, len, d->o.loose ? FP_LOOSE : 0);
	/* Punctuation-only lines ("***", "---") keep their punctuation. */
	if (d->norm.len == 0 && d->o.loose)
		fp_normalize(&d->norm, s, len, 0);
	/* Counting is a pass of its own: only when someone asks. */
	*words = d->o.min_words > 0 ? fp_words(d->norm.p, d->norm.len) : 0;
	if (d->o.near > 0 && !d->o.loose) {
		buf_reset(&d->lnorm);
		fp_normalize(&d->lnorm, s, len, FP_LOOSE);
	}
	return fp_hash(d->norm.p, d->norm.len);
}

const char *
dd_loose_form(const struct dedupe *d, size_t *len)
{
	const struct buf *b = d->o.loose ? &d->norm : &d->lnorm;

	*len = b->len;
	return b->p ? b->p : "";
}

/* Record a paragraph of this run; returns its number. */
static uint32_t
dd_record(struct dedupe *d, uint32_t doc, size_t line, const char *s,
    size_t len, uint32_t count)
{
	struct dd_para *p;

	if (d->ndocs == 0)
		dd_doc_name(d, "", 0);
	if (d->nparas == d->paracap) {
		d->paracap = d->paracap ? d->paracap * 2 : 256;
		d->paras = xreallocarray(d->paras, d->paracap,
		    sizeof(*d->paras));
	}
	p = &d->paras[d->nparas++];
	memset(p, 0, sizeof(*p));
	p->doc = doc;
	p->line = line;
	p->count = count;
	p->minsim = 1;
	if (d->o.texts) {
		p->text = d->texts.len;
		p->textlen = len;
		buf_add(&d->texts, s, len);
	}
	return d->nparas;
}

/*
 * A repeat of paragraph origin (0: of one from the state file, which
 * then gets this paragraph as its stand-in).  Returns the origin.
 */
static uint32_t
dd_repeat(struct dedupe *d, uint32_t origin, uint64_t fp,
    const struct dd_verdict *v, size_t line, const char *s, size_t len)
{
	struct dd_para *p;

	if (!d->o.origins)
		return 0;
	if (origin == 0 || origin > d->nparas) {
		origin = dd_record(d, DD_STATE, line, s, len, 0);
		if (v->kind == DD_EXACT)
			fpset_set_val(&d->exact, fp, origin);
	}
	p = &d->paras[origin - 1];
	p->count++;
	if (v->kind == DD_NEAR)
		p->nnear++;
	if (v->sim < p->minsim)
		p->minsim = v->sim;
	return origin;
}

void
dd_para(struct dedupe *d, const char *s, size_t len, size_t line,
    struct dd_verdict *v)
{
	uint32_t val = 0, serial = 0;
	const char *ls;
	size_t llen;
	uint64_t fp;

	memset(v, 0, sizeof(*v));
	d->read++;
	fp = dd_fingerprint(d, s, len, &v->words);
	if (v->words < d->o.min_words) {
		d->kept++;
		return;
	}
	if (d->o.near > 0) {
		/* The n-grams are hashed while the exact slot is fetched. */
		fpset_prefetch(&d->exact, fp);
		ls = dd_loose_form(d, &llen);
		near_prepare(&d->near, ls, llen);
	}
	if (fpset_find(&d->exact, fp, NULL, &val)) {
		v->kind = DD_EXACT;
		v->sim = 1;
		v->origin = dd_repeat(d, val, fp, v, line, s, len);
		d->dropped_exact++;
		return;
	}
	if (d->o.near > 0) {
		near_finish(&d->near, &v->sim, &val);
		if (v->sim >= d->o.near) {
			v->kind = DD_NEAR;
			v->origin = dd_repeat(d, val, fp, v, line, s, len);
			/* Its new words count as seen, as in onion. */
			near_add(&d->near, d->o.today, v->origin);
			d->dropped_near++;
			return;
		}
		v->sim = 0;
	}
	if (d->o.origins)
		serial = dd_record(d, d->ndocs - 1, line, s, len, 1);
	fpset_add(&d->exact, fp, d->o.today, serial);
	if (d->o.near > 0)
		near_add(&d->near, d->o.today, serial);
	d->kept++;
}

const char *
dd_where(const struct dedupe *d, uint32_t n, size_t *namelen, size_t *line)
{
	const struct dd_para *p;

	*namelen = 0;
	*line = 0;
	if (n == 0 || n > d->nparas || d->paras[n - 1].doc == DD_STATE)
		return NULL;
	p = &d->paras[n - 1];
	*namelen = d->doclens[p->doc];
	*line = p->line;
	return d->docs[p->doc];
}

void
dd_report(const struct dedupe *d, struct out *o, const char *statename)
{
	const struct dd_para *p;
	size_t i;

	for (i = 0; i < d->nparas; i++) {
		p = &d->paras[i];
		if (p->count < 2 && !(p->doc == DD_STATE && p->count > 0))
			continue;
		out_printf(o, "%u\t", p->count);
		if (p->doc == DD_STATE) {
			out_tsv(o, statename, strlen(statename));
			out_puts(o, "\t0\t");
		} else {
			out_tsv(o, d->docs[p->doc], d->doclens[p->doc]);
			out_printf(o, "\t%u\t", p->line);
		}
		out_printf(o, "%s\t%.3f\t", p->nnear ? "near" : "exact",
		    p->minsim);
		out_tsv(o, d->texts.p + p->text, p->textlen);
		out_putc(o, '\n');
	}
}

void
dd_free(struct dedupe *d)
{
	size_t i;

	fpset_free(&d->exact);
	near_free(&d->near);
	buf_free(&d->norm);
	buf_free(&d->lnorm);
	buf_free(&d->texts);
	for (i = 0; i < d->ndocs; i++)
		free(d->docs[i]);
	free(d->docs);
	free(d->doclens);
	free(d->paras);
	memset(d, 0, sizeof(*d));
}
