/*
 * near: near-duplicate paragraphs by word n-gram coverage, in the manner
 * of the "onion" tool (Pomikálek 2011), one paragraph at a time.
 *
 * The set holds a fingerprint of every word n-gram (default n = 5) of
 * the paragraphs kept so far.  A new paragraph's coverage is the share of
 * its words that lie inside at least one n-gram already held.  It is a
 * near duplicate when the coverage reaches the threshold T (--near T).
 *
 * Why coverage of words rather than Jaccard of shingles: the edits that
 * outlets make to a wire paragraph keep most of its words inside
 * n-grams seen before.  A changed word uncovers only itself (its
 * neighbours stay covered by the n-grams on their other side); a cut
 * clause uncovers nothing; an added clause or appended credit uncovers
 * just its own words; moved attribution uncovers the moved words; and
 * since the set is the union of everything kept, a paragraph merging two
 * wire paragraphs is covered by both, and the halves of a split one by
 * the whole.  Two different paragraphs about one event share names and
 * stock phrases ("Secretary of State Antony Blinken") but seldom 5-word
 * runs over most of their words, which is what keeps false drops low.
 *
 * Paragraphs with fewer than n words have no n-gram and are never near
 * duplicates (exact fingerprints catch their repeats).  Besides the full
 * windows, the first and last n-1 and n-2 words (when that is 3 or
 * more) are n-grams of their own, marked as edges: without them a word
 * changed near an end would uncover every word between it and the end.
 *
 * Input is a loose normal form (fingerprint.h): words are its
 * space-separated tokens.  Word hashes are XXH3-64 with seed NEAR_SEED;
 * an n-gram's fingerprint combines its word hashes in order (near.c,
 * near_mix()), seeded apart for full windows and for each kind of edge.
 * All seeds are fixed, so results and state files are reproducible.
 */
#ifndef NU_NEAR_H
#define NU_NEAR_H

#include <stddef.h>
#include <stdint.h>

#include "fpset.h"

#define NEAR_NGRAM	5
#define NEAR_SEED	0x6e6561726475703aULL

/* MurmurHash3's fmix64 finaliser: every input bit reaches every output bit. */
static inline uint64_t
near_fmix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

struct near {
	struct fpset	 grams;
	int		 n;
	/* The last measured paragraph (private). */
	uint64_t	*word;		/* word hashes */
	uint64_t	*gram;		/* n-gram fingerprints */
	unsigned char	*seen;		/* per n-gram: held already */
	uint32_t	*origin;	/* per n-gram: its value, if held */
	size_t		*slot;		/* per n-gram: where its probe ended */
	size_t		 slotcap;	/* the set's capacity then */
	unsigned char	*cover;		/* per word: inside a held n-gram */
	size_t		 nwords;
	size_t		 ngrams;	/* full windows */
	size_t		 total;		/* and edge grams after them */
	size_t		 cap;
};

void	near_init(struct near *, int n, int with_vals);
/*
 * Measure [norm, norm+len): returns the number of words and sets
 * *coverage (0 when the paragraph has fewer than n words) and *origin
 * (when values are kept, the value held by most of the n-grams found,
 * 0 when none).
 */
size_t	near_measure(struct near *, const char *norm, size_t len,
	    double *coverage, uint32_t *origin);
/*
 * near_measure() in two steps: prepare computes the n-grams and starts
 * fetching their slots, finish looks them up.  A caller with other work
 * to do (the exact lookup) does it in between, while memory answers.
 */
void	near_prepare(struct near *, const char *norm, size_t len);
size_t	near_finish(struct near *, double *coverage, uint32_t *origin);
/*
 * Only compute the n-grams of a paragraph (for the map step): returns
 * their number; they are gram[0..total), words nwords.
 */
size_t	near_compute(struct near *, const char *norm, size_t len);
/*
 * The coverage of a paragraph of nwords words whose n-grams numbered
 * seen[0..count) are held (the reduce step): the same figure as
 * near_measure() gives.  scratch is any buffer.
 */
struct buf;
double	near_coverage_of(size_t nwords, int n, const size_t *seen,
	    size_t count, struct buf *scratch);
/* Add the n-grams of the last measured paragraph. */
void	near_add(struct near *, uint16_t day, uint32_t val);
void	near_reset(struct near *);
void	near_free(struct near *);

#endif
