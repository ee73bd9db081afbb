#include <stdio.h>
#include <string.h>

#include "rx.h"

/*
 * Limits for a single match.  News lines are short, but a 100 MB line or
 * a hostile pattern must not hang a program; these are generous for any
 * sane rule and finite for anything else.
 */
#define RX_MATCH_LIMIT	10000000
#define RX_DEPTH_LIMIT	100000

int
rx_compile(struct rx *x, const char *pat, size_t patlen, unsigned flags,
    char *err, size_t errlen)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int code;

	memset(x, 0, sizeof(*x));
	x->code = pcre2_compile((PCRE2_SPTR)pat, patlen,
	    flags | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_UCP,
	    &code, &off, NULL);
	if (x->code == NULL) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		snprintf(err, errlen, "%s at offset %zu", (char *)msg,
		    (size_t)off);
		return -1;
	}
	x->jit = pcre2_jit_compile(x->code, PCRE2_JIT_COMPLETE) == 0;
	x->md = pcre2_match_data_create_from_pattern(x->code, NULL);
	x->mctx = pcre2_match_context_create(NULL);
	if (x->md == NULL || x->mctx == NULL) {
		snprintf(err, errlen, "out of memory");
		rx_free(x);
		return -1;
	}
	pcre2_set_match_limit(x->mctx, RX_MATCH_LIMIT);
	pcre2_set_depth_limit(x->mctx, RX_DEPTH_LIMIT);
	return 0;
}

int
rx_match(struct rx *x, const char *s, size_t len, size_t start,
    size_t *mstart, size_t *mend)
{
	PCRE2_SIZE *ov;
	int rc;

	if (start > len)
		return RX_NOMATCH;
	/*
	 * pcre2_match() runs the JIT code when there is some; the JIT fast
	 * path (pcre2_jit_match) would skip the checks that the match
	 * context's limits rely on in some library versions.
	 */
	rc = pcre2_match(x->code, (PCRE2_SPTR)(s ? s : ""), len, start, 0,
	    x->md, x->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return RX_NOMATCH;
	if (rc < 0)
		return RX_ERROR;
	ov = pcre2_get_ovector_pointer(x->md);
	if (mstart != NULL)
		*mstart = ov[0];
	if (mend != NULL)
		*mend = ov[1];
	return RX_MATCH;
}

int
rx_group(const struct rx *x, int n, size_t *gstart, size_t *gend)
{
	PCRE2_SIZE *ov;

	if (n < 0 || (uint32_t)n >= pcre2_get_ovector_count(x->md))
		return 0;
	ov = pcre2_get_ovector_pointer(x->md);
	if (ov[2 * n] == PCRE2_UNSET)
		return 0;
	*gstart = ov[2 * n];
	*gend = ov[2 * n + 1];
	return 1;
}

void
rx_free(struct rx *x)
{
	pcre2_match_data_free(x->md);
	pcre2_match_context_free(x->mctx);
	pcre2_code_free(x->code);
	memset(x, 0, sizeof(*x));
}
