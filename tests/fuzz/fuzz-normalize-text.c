/*
 * libFuzzer target for normalize-text's line clean-up and the mojibake
 * repair underneath it.  Invariants: valid UTF-8 in gives valid UTF-8
 * out; with --invalid=replace (the default) anything gives valid UTF-8;
 * a trimmed result has no space or tab at either end; a result that is
 * reported changed differs from the input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mojibake.h"
#include "normalize.h"
#include "utf8.h"

static void
check_line(const struct nz_opts *o, const char *s, size_t len)
{
	const char *res;
	size_t rlen;
	int valid = utf8_valid(s, len);

	if (!nz_line(o, s, len, &res, &rlen, NULL))
		return;
	if (rlen == len && memcmp(res, s, len) == 0)
		abort();
	if ((valid || o->invalid != NZ_KEEP) && !utf8_valid(res, rlen))
		abort();
	if (o->trim && rlen > 0 && (res[0] == ' ' || res[rlen - 1] == ' ' ||
	    res[0] == '\t' || res[rlen - 1] == '\t'))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nz_opts def = NZ_OPTS_INIT, all = NZ_OPTS_INIT, only;
	struct buf b = BUF_INIT;
	const char *s = (const char *)data;

	check_line(&def, s, size);
	all.form = NZ_NFKC;
	all.entities = 1;
	all.punct = 1;
	all.invalid = NZ_KEEP;
	check_line(&all, s, size);
	memset(&only, 0, sizeof(only));
	only.mojibake = 1;
	only.invalid = NZ_DROP;
	check_line(&only, s, size);
	if (mj_fix(s, size, &b, NULL) && utf8_valid(s, size) &&
	    !utf8_valid(b.p, b.len))
		abort();
	buf_free(&b);
	return 0;
}
