#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "reader.h"
#include "stats.h"

static struct timespec started;

void
stats_start(void)
{
	clock_gettime(CLOCK_MONOTONIC, &started);
}

static double
stats_seconds(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - started.tv_sec) +
	    (double)(now.tv_nsec - started.tv_nsec) / 1e9;
}

void
stats_print(const struct rd *r, uint64_t lines_out, uint64_t bytes_out,
    const char *extra)
{
	fprintf(stderr, "%s: stats: docs=%" PRIu64 " lines_in=%" PRIu64
	    " bytes_in=%" PRIu64 " lines_out=%" PRIu64 " bytes_out=%" PRIu64
	    "%s%s seconds=%.3f\n", getprogname(), r->docs, r->lines_in,
	    r->bytes_in, lines_out, bytes_out, extra ? " " : "",
	    extra ? extra : "", stats_seconds());
}
