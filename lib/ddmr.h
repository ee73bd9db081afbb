/*
 * ddmr: dedupe-paragraphs as map/reduce over fingerprints, for streams
 * too large for one machine (Hadoop Streaming, or any sort in between).
 *
 *   map     ddmr_emit(): one record per paragraph that could be dropped,
 *           "FINGERPRINT TAB DOC TAB LINE" (16 hex digits; DOC escaped as
 *           TSV: \\ \t \n \r), whatever shard of the stream it sees.
 *   shuffle anything that brings equal fingerprints together: sort(1),
 *           Hadoop's shuffle, Spark's groupByKey.  Order within a group
 *           does not matter.
 *   reduce  ddmr_reduce(): in each group the first occurrence is the one
 *           with the smallest (DOC bytes, LINE number): a deterministic
 *           order, not arrival.  Every other one is printed, "DOC TAB
 *           LINE": the drop list.  It streams: memory holds one group's
 *           current first, however large the group.
 *   apply   ddmr_apply(): filter each shard, dropping the listed
 *           paragraphs; memory grows with the drop list (8-byte keys).
 *
 * The result equals one dedupe-paragraphs run over the whole stream when
 * document names are unique and ascend (in byte order) along the
 * stream, as dated dumps' do: then "first in the stream" and "first by
 * (doc, line)" are the same paragraph.  Near duplicates are not done
 * this way (their verdicts depend on what was kept before them).
 */
#ifndef NU_DDMR_H
#define NU_DDMR_H

#include "dedupe.h"
#include "opts.h"

/* Each returns the exit status. */
int	ddmr_emit(const struct nu_opts *, const struct dd_opts *,
	    char **files, int nfiles);
int	ddmr_reduce(const struct nu_opts *, char **files, int nfiles);
int	ddmr_apply(const struct nu_opts *, const char *droplist, int invert,
	    char **files, int nfiles);

#endif
