/*
 * stats: the --stats summary line.
 *
 * One line on stderr at the end of a run:
 *   prog: stats: docs=N lines_in=N bytes_in=N lines_out=N bytes_out=N \
 *       EXTRA seconds=S
 * where EXTRA is the program's own "key=value ..." (may be NULL).  The
 * clock starts at nu_init().
 */
#ifndef NU_STATS_H
#define NU_STATS_H

#include <stdint.h>

struct rd;

void	stats_start(void);
void	stats_print(const struct rd *, uint64_t lines_out, uint64_t bytes_out,
	    const char *extra);

#endif
