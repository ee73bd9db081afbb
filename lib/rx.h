/*
 * rx: a thin layer over PCRE2.
 *
 * A pattern is compiled once (UTF, MATCH_INVALID_UTF, plus the caller's
 * flags) and JIT-compiled when the library supports it; one match block
 * is kept per struct rx and reused, so a struct rx must not be shared
 * between threads.  Subjects are given with explicit lengths and may hold
 * NULs and invalid UTF-8 (which never matches a character but never
 * fails the match).  Match and depth limits are set so that a hostile
 * subject cannot hang a program: when a limit is hit, rx_match() returns
 * RX_ERROR and the caller decides.
 */
#ifndef NU_RX_H
#define NU_RX_H

#include <stddef.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#define RX_ICASE	PCRE2_CASELESS
#define RX_MULTILINE	PCRE2_MULTILINE
#define RX_EXTENDED	PCRE2_EXTENDED

enum { RX_NOMATCH = 0, RX_MATCH = 1, RX_ERROR = -1 };

struct rx {
	pcre2_code		*code;
	pcre2_match_data	*md;
	pcre2_match_context	*mctx;
	int			 jit;
};

/*
 * Compile pat (patlen bytes, or PCRE2_ZERO_TERMINATED).  On error returns
 * -1 and writes "message at offset N" into err (errlen bytes).
 */
int	rx_compile(struct rx *, const char *pat, size_t patlen, unsigned flags,
	    char *err, size_t errlen);
/*
 * Search s[start, len).  On RX_MATCH, *mstart and *mend (if not NULL)
 * hold the byte offsets of the whole match; rx_group() gives groups.
 */
int	rx_match(struct rx *, const char *s, size_t len, size_t start,
	    size_t *mstart, size_t *mend);
/* Offsets of group n of the last match; returns 0 if it did not take part. */
int	rx_group(const struct rx *, int n, size_t *gstart, size_t *gend);
void	rx_free(struct rx *);

#endif
