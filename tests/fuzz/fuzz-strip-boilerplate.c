/*
 * fuzz-strip-boilerplate: the rule engine and the classifier over any
 * bytes, one paragraph a line.  The first byte picks the options.
 * Checks what must always hold: every paragraph gets a verdict with a
 * known reason, blank lines are never kept, a rule match names a real
 * family, at most one paragraph is the title, a document without a
 * kept body paragraph keeps nothing, and the headline of a title is a
 * prefix of it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "boiler.h"
#include "boiler_int.h"
#include "rules.h"
#include "words.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct boiler	 plain, captions;
static struct boiler_doc doc;
static int		 ready;

static void
setup(void)
{
	struct boiler_opts o = { NULL, 0, 0 };
	char err[256];
	size_t fam;

	if (boiler_init(&plain, &o, 0, err, sizeof(err)) == -1 ||
	    boiler_ready(&plain, err, sizeof(err)) == -1)
		abort();
	o.keep_captions = 1;
	o.no_title = 1;
	o.stop = words_list("de");
	if (boiler_init(&captions, &o, 0, err, sizeof(err)) == -1)
		abort();
	fam = rules_family(&captions.rules, "user", 0, RULES_NOCAP);
	if (rules_add(&captions.rules, fam, "(a+)+b\\1", 8, RULES_SOLO, err,
	    sizeof(err)) == -1 || boiler_ready(&captions, err,
	    sizeof(err)) == -1)
		abort();
	ready = 1;
}

static void
check(struct boiler *b, const struct boiler_doc *d)
{
	const struct boiler_para *p;
	size_t i, titles = 0, body = 0, kept = 0;

	for (i = 0; i < d->n; i++) {
		p = &d->p[i];
		if (p->blank) {
			if (p->keep)
				abort();
			continue;
		}
		if (p->reason >= BR_NREASONS)
			abort();
		if (p->reason == BR_RULE && (p->fam < 0 ||
		    (size_t)p->fam >= b->rules.nfam))
			abort();
		if (p->tstart + p->tlen > p->len)
			abort();
		titles += p->reason == BR_TITLE;
		body += p->keep && p->reason != BR_TITLE &&
		    p->reason != BR_CAPTION_KEPT;
		kept += p->keep;
	}
	if (titles > 1 || (body == 0 && kept > 0))
		abort();
}

static void
run(struct boiler *b, const char *s, size_t len)
{
	const char *end = s + len, *nl, *t;
	size_t line = 0, hl;
	int blank;

	boiler_doc_reset(&doc);
	while (s < end) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		for (t = s, blank = 1; t < nl; t++)
			if (*t != ' ' && *t != '\t')
				blank = 0;
		boiler_doc_add(&doc, s, (size_t)(nl - s), s,
		    (size_t)(nl - s) + (nl < end), ++line, blank);
		if ((hl = boiler_headline(s, (size_t)(nl - s))) >
		    (size_t)(nl - s))
			abort();
		if (boiler_fp(s, (size_t)(nl - s)) != boiler_fp(s,
		    (size_t)(nl - s)))
			abort();
		s = nl + 1;
	}
	boiler_classify(b, &doc);
	check(b, &doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!ready)
		setup();
	if (size == 0)
		return 0;
	run(data[0] & 1 ? &captions : &plain, (const char *)data + 1,
	    size - 1);
	return 0;
}
