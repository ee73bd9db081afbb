/*
 * libFuzzer target for the sentence segmenter.  Invariants: the output
 * is the input with each sentence joint (a run of spaces and tabs, maybe
 * empty) replaced by one newline, and the count returned is the number
 * of sentences written.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sentences.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ss_abbr ab;
	static int ready;
	struct buf out = BUF_INIT;
	const char *s = (const char *)data;
	size_t n, i = 0, o, nl = 0;

	if (!ready) {
		ss_init(&ab);
		ready = 1;
	}
	if (memchr(s, '\n', size) != NULL)
		return 0;	/* the reader never hands over a newline */
	n = ss_split(&ab, s, size, &out);
	for (o = 0; o < out.len; o++) {
		if (out.p[o] == '\n') {
			nl++;
			while (i < size && (s[i] == ' ' || s[i] == '\t'))
				i++;
			continue;
		}
		if (i >= size || s[i] != out.p[o])
			abort();
		i++;
	}
	if (i != size || n != nl + 1)
		abort();
	buf_free(&out);
	return 0;
}
