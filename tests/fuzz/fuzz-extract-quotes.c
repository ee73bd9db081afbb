/*
 * libFuzzer target for quotation pairing and attribution: the input is
 * cut into paragraphs at newlines and run through lib/quotes.c twice
 * (the second time on a reset document, as a stream reuses it), and
 * every quotation is checked against the invariants of quotes.h: inside
 * its paragraphs, in order, and every string readable.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quotes.h"

struct para {
	size_t	lineno;
	size_t	len;
};

static volatile unsigned sink;

static void
touch(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		sink += (unsigned char)s[i];
}

static void
run(struct qt_doc *d, const char *s, size_t size)
{
	static struct para p[4096];
	struct qt_quote q;
	size_t np = 0, a = 0, b, n, i, k, prev_line = 0;

	while (a <= size && np < 4096) {
		const char *nl = memchr(s + a, '\n', size - a);

		b = nl != NULL ? (size_t)(nl - s) : size;
		if (b > a) {
			p[np].lineno = 2 * np + 1;
			p[np].len = b - a;
			qt_add_line(d, s + a, b - a, p[np].lineno);
			np++;
		}
		if (nl == NULL)
			break;
		a = b + 1;
	}
	n = qt_run(d);
	for (i = 0; i < n; i++) {
		qt_get(d, i, &q);
		if (q.end_line < q.line || q.line < prev_line)
			abort();
		prev_line = q.line;
		for (k = 0; k < np && p[k].lineno != q.line; k++)
			;
		if (k == np || q.start > p[k].len)
			abort();
		for (k = 0; k < np && p[k].lineno != q.end_line; k++)
			;
		if (k == np || q.end > p[k].len)
			abort();
		if (q.line == q.end_line && q.start > q.end)
			abort();
		touch(q.text, q.len);
		touch(q.speaker, q.speaker_len);
		touch(q.speaker_text, q.speaker_text_len);
		touch(q.role, q.role_len);
		touch(q.cue, q.cue_len);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct qt_doc *d;

	if (d == NULL)
		d = qt_new();
	qt_reset(d);
	run(d, (const char *)data, size);
	qt_reset(d);
	run(d, (const char *)data, size);
	return 0;
}
