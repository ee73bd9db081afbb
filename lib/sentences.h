/*
 * sentences: an English sentence segmenter in one left-to-right pass.
 *
 * A paragraph is split at '.', '?', '!' and ellipses (with the quotes
 * and brackets that close after them) when the next word can start a
 * sentence, with abbreviations (titles never end a sentence, others only
 * before a typical sentence opener), initials, numbers, URLs, e-mail
 * addresses, list numbering and spaced ellipses handled as described in
 * sentences.c.  Every decision looks at a bounded neighbourhood that is
 * tracked as the scan goes, so the time is linear in the input whatever
 * it holds (runs of dots or digits included).
 *
 * The abbreviation set (struct ss_abbr) is compiled in and may be
 * extended from a file; after setup it is read-only and may be shared.
 */
#ifndef NU_SENTENCES_H
#define NU_SENTENCES_H

#include <stddef.h>

#include "words.h"

struct buf;

struct ss_abbr {
	struct words	 words;		/* value: which kinds (sentences.c) */
};

/* The compiled-in abbreviations, titles and sentence openers. */
void	ss_init(struct ss_abbr *);
/*
 * Add the abbreviations of a file: one a line, with or without its
 * final period, case ignored; '#' starts a comment.  Returns 0, or -1
 * with errno set.
 */
int	ss_load(struct ss_abbr *, const char *path);
void	ss_free(struct ss_abbr *);

/*
 * Split [s, s+len): append its sentences to out, separated by '\n'.  The
 * spaces and tabs between two sentences are dropped, every other byte is
 * kept.  Returns the number of sentences.
 */
size_t	ss_split(const struct ss_abbr *, const char *s, size_t len,
	    struct buf *out);

#endif
