/*
 * state: the file in which dedupe-paragraphs remembers fingerprints from
 * one run to the next (--state FILE).
 *
 * Format, version 1, all integers little-endian:
 *
 *	offset  size
 *	0       8     magic "NUDEDUP\n"
 *	8       4     version (1)
 *	12      4     flags: bit 0 loose normal form; bits 8-15 n of the
 *	              near-duplicate n-grams (0: none held)
 *	16      8     E, number of exact fingerprints
 *	24      8     G, number of n-gram fingerprints
 *	32      10*E  exact entries: fingerprint (8), day (2)
 *	...     10*G  n-gram entries, the same
 *	end-8   8     XXH3-64 (seed 0) of every byte before it
 *
 * A day is a count of days since 1970-01-01 (UTC).  The loader checks
 * everything (magic, version, size against the counts, checksum) before
 * it trusts a byte, and refuses a file made with another normal form or
 * n-gram size, since its fingerprints would silently never match.  A
 * refused file is never touched.
 *
 * Locking: st_open() takes an flock on FILE.lock (atomic.h), exclusive,
 * or shared for a read-only run, and waits for it; the lock is held
 * until st_close(), so runs that share a file take turns and each sees
 * everything the previous one saved.  st_save() writes a temporary file
 * and renames it over FILE (atomic.h): a crash leaves the old or the new
 * state, whole.
 */
#ifndef NU_STATE_H
#define NU_STATE_H

#include <stddef.h>
#include <stdint.h>

#include "fpset.h"

#define ST_MAGIC	"NUDEDUP\n"
#define ST_VERSION	1
#define ST_HEADER	32
#define ST_ENTRY	10

struct st_params {
	int	loose;		/* FP_LOOSE normal form */
	int	ngram;		/* n of near n-grams, 0: none */
};

struct st_file {
	const char	*path;
	int		 lockfd;
	int		 readonly;
	struct st_params params; /* of the loaded file; what st_save writes */
	uint64_t	 bytes;		/* size of the file loaded or saved */
	uint64_t	 expired;	/* entries forgotten by max_age */
};

/* Lock path; returns 0, or -1 with a message in err. */
int	st_open(struct st_file *, const char *path, int readonly, char *err,
	    size_t errlen);
/*
 * Load the file into exact and grams (a missing or empty file is an
 * empty state), skipping entries first seen more than max_age days
 * before today (max_age 0: keep all).  want holds this run's parameters;
 * want->ngram 0 means the run does not use n-grams, and those of the
 * file are kept as they are.  Returns 0, or -1 with a message in err.
 */
int	st_load(struct st_file *, const struct st_params *want,
	    struct fpset *exact, struct fpset *grams, uint16_t today,
	    unsigned max_age, char *err, size_t errlen);
/*
 * The same check and load from memory (the fuzz target's entry);
 * name is used in messages.
 */
int	st_parse(const unsigned char *, size_t, const char *name,
	    struct st_params *got, const struct st_params *want,
	    struct fpset *exact, struct fpset *grams, uint16_t today,
	    unsigned max_age, uint64_t *expired, char *err, size_t errlen);
/* Save atomically; returns 0, or -1 with a message in err. */
int	st_save(struct st_file *, const struct fpset *exact,
	    const struct fpset *grams, char *err, size_t errlen);
/* Release the lock. */
void	st_close(struct st_file *);

#endif
