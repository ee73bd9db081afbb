/*
 * buf: a growable byte buffer, in the manner of git's strbuf.
 *
 * Invariants: a zeroed struct buf (or BUF_INIT) is a valid empty buffer;
 * len <= cap; when cap > 0, p[len] is a NUL byte, so p may be handed to
 * functions that want a C string, but the bytes may hold NULs of their
 * own and len is the only length that counts.  The buffer owns p;
 * buf_detach() hands it to the caller.
 */
#ifndef NU_BUF_H
#define NU_BUF_H

#include <stddef.h>

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};
#define BUF_INIT { NULL, 0, 0 }

/* Make room for at least n more bytes past len. */
void	 buf_grow(struct buf *, size_t n);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_addc(struct buf *, int);
void	 buf_adds(struct buf *, const char *);	/* a C string */
/* Empty the buffer but keep its memory. */
void	 buf_reset(struct buf *);
void	 buf_free(struct buf *);
/* Hand the bytes (NUL-terminated) to the caller; the buffer is left empty. */
char	*buf_detach(struct buf *, size_t *lenp);

#endif
