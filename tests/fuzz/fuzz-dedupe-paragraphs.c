/*
 * fuzz-dedupe-paragraphs: the normal form and the dedupe decisions over
 * any bytes, one paragraph a line, in exact and near mode with origins
 * and the report on.  Checks what must always hold: a paragraph seen
 * twice in a row is dropped the second time, and the normal form never
 * starts or ends with a space.
 */
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "dedupe.h"
#include "fingerprint.h"
#include "near.h"
#include "out.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
run(const char *s, size_t len, struct dd_opts *o)
{
	struct dd_verdict v;
	struct dedupe d;
	struct out out;
	const char *end = s + len, *nl;
	size_t line = 0;

	dd_init(&d, o);
	dd_doc(&d, "fuzz", 4);
	while (s < end) {
		nl = memchr(s, '\n', end - s);
		if (nl == NULL)
			nl = end;
		dd_para(&d, s, nl - s, ++line, &v);
		if (v.kind == DD_KEEP && v.words >= o->min_words) {
			dd_para(&d, s, nl - s, ++line, &v);
			if (v.kind != DD_EXACT)
				abort();
		}
		if (line % 7 == 0)
			dd_doc(&d, "next", 4);
		s = nl + 1;
	}
	out_init(&out, open("/dev/null", O_WRONLY), "null");
	dd_report(&d, &out, "state");
	out_finish(&out, 0);
	dd_free(&d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dd_opts o;
	struct buf b = BUF_INIT;
	int flags;

	for (flags = 0; flags <= FP_LOOSE; flags++) {
		buf_reset(&b);
		fp_normalize(&b, (const char *)data, size, flags);
		if (b.len > 0 && (b.p[0] == ' ' || b.p[b.len - 1] == ' '))
			abort();
		fp_words(b.p ? b.p : "", b.len);
	}
	/* The reduce step's coverage from any n-gram numbers. */
	if (size >= 2) {
		size_t seen[64], i, k = (size - 2) < 64 ? size - 2 : 64;
		double c;

		for (i = 0; i < k; i++)
			seen[i] = data[2 + i];
		c = near_coverage_of(data[0], data[1] % 8 + 1, seen, k, &b);
		if (c < 0 || c > 1)
			abort();
	}
	buf_free(&b);
	memset(&o, 0, sizeof(o));
	o.loose = size > 0 && (data[0] & 1);
	o.near = 0.5;
	o.ngram = size > 1 ? data[1] % 8 + 1 : 5;
	o.min_words = size > 2 ? data[2] % 3 : 0;
	o.scope_doc = size > 3 && (data[3] & 1);
	o.texts = 1;
	o.today = 20000;
	run((const char *)data, size, &o);
	o.near = 0;
	o.texts = o.origins = 0;
	run((const char *)data, size, &o);
	return 0;
}
