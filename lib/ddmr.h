/*
 * ddmr: dedupe-paragraphs as map/reduce over fingerprints, for streams
 * too large for one machine (Hadoop Streaming, or any sort in between).
 *
 *   map     ddmr_emit(): one record per paragraph that could be dropped,
 *           "FINGERPRINT TAB DOC TAB LINE" (16 hex digits; DOC escaped as
 *           TSV: \\ \t \n \r), whatever shard of the stream it sees.  In
 *           near mode the fingerprint gets an "x" before it, and each
 *           n-gram of the paragraph a record of its own, "gGRAM TAB DOC
 *           TAB LINE TAB K TAB WORDS" (K: the n-gram's number in the
 *           paragraph, WORDS: the paragraph's word count).
 *   shuffle anything that brings equal keys together: sort(1), Hadoop's
 *           shuffle, Spark's groupByKey.  Order within a group does not
 *           matter.
 *   reduce  ddmr_reduce(): in each group the first occurrence is the
 *           paragraph with the smallest (DOC bytes, LINE number): a
 *           deterministic order, not arrival.  Every record of a later
 *           paragraph is printed without its key: "DOC TAB LINE", or
 *           for an n-gram "DOC TAB LINE TAB K TAB WORDS" (that n-gram
 *           was seen before it).  It streams: memory holds one group's
 *           current first paragraph, however large the group.
 *           Exact mode: this is the drop list.
 *   reduce2 ddmr_reduce_near() (near mode only): the repeat records
 *           grouped by DOC and LINE (sort -k1,2); a paragraph is dropped
 *           when it repeats one outright or its coverage by n-grams seen
 *           before reaches T.  Prints the drop list, "DOC TAB LINE".
 *   apply   ddmr_apply(): filter each shard, dropping the listed
 *           paragraphs; memory grows with the drop list (8-byte keys).
 *
 * The result equals one dedupe-paragraphs run over the whole stream,
 * exact or near, when document names are unique and ascend (in byte
 * order) along the stream, as dated dumps' do: then "first in the stream"
 * and "first by (doc, line)" are the same paragraph.  That holds for near
 * mode too because a run adds the n-grams of every paragraph it reads
 * (kept or dropped as near; an exact repeat's are those of its first),
 * so each verdict depends only on the paragraphs before it, not on
 * earlier verdicts.
 */
#ifndef NU_DDMR_H
#define NU_DDMR_H

#include "dedupe.h"
#include "opts.h"

/* Each returns the exit status. */
int	ddmr_emit(const struct nu_opts *, const struct dd_opts *,
	    char **files, int nfiles);
int	ddmr_reduce(const struct nu_opts *, char **files, int nfiles);
int	ddmr_reduce_near(const struct nu_opts *, double t, int ngram,
	    char **files, int nfiles);
int	ddmr_apply(const struct nu_opts *, const char *droplist, int invert,
	    char **files, int nfiles);

#endif
