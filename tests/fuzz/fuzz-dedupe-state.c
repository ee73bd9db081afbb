/*
 * fuzz-dedupe-state: the state file loader, which must refuse anything
 * that is not a whole, checksummed state file and never read out of
 * bounds.  When the first byte is odd the checksum is fixed up first, so
 * that the fuzzer also reaches the checks behind it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "fpset.h"
#include "state.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
try(const unsigned char *p, size_t len, int loose, int ngram)
{
	struct st_params want = { loose, ngram }, got;
	struct fpset e, g;
	uint64_t expired;
	char err[256];

	fpset_init(&e, 0);
	fpset_init(&g, 0);
	st_parse(p, len, "fuzz", &got, &want, &e, &g, 20000, 30, &expired,
	    err, sizeof(err));
	fpset_free(&e);
	fpset_free(&g);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *p;
	uint64_t sum;
	size_t i;

	if (size == 0 || size > (1 << 20))
		return 0;
	p = malloc(size);
	memcpy(p, data, size);
	if ((p[0] & 1) && size >= ST_HEADER + 8) {
		memcpy(p, ST_MAGIC, 8);
		sum = XXH3_64bits(p, size - 8);
		for (i = 0; i < 8; i++)
			p[size - 8 + i] = (sum >> (8 * i)) & 0xff;
	}
	try(p, size, 1, 5);
	try(p, size, 0, 0);
	free(p);
	return 0;
}
