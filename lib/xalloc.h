/*
 * xalloc: allocation that cannot fail.
 *
 * These are the only library functions that exit: on allocation failure
 * they print "prog: out of memory" and exit with status 2.  Everything
 * else in lib/ returns errors to its caller.
 */
#ifndef NU_XALLOC_H
#define NU_XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
/* A copy of n bytes with a NUL added after them (the copy may hold NULs). */
char	*xmemdup(const void *, size_t);

#endif
