/*
 * safename: turn a document name from untrusted input into a relative
 * path that stays inside the output folder.
 *
 * Leading slashes are dropped (as tar does), so "/a/b" becomes "a/b".
 * The result is refused (safename() returns 0) when the name is empty or
 * "-", when a component is empty, "." or "..", starts with a dot, is
 * longer than NAME_MAX, or when any byte is a control character; the
 * caller then uses a numbered name.  The caller owns out.
 */
#ifndef NU_SAFENAME_H
#define NU_SAFENAME_H

#include <stddef.h>

struct buf;

int	safename(struct buf *out, const char *name, size_t len);

#endif
