/*
 * near: see near.h.  The n-gram lookups are the cost of near mode (one
 * random memory access each in a set that outgrows the caches), so all
 * fingerprints of a paragraph are computed and prefetched before the
 * first lookup, letting the accesses overlap.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * xxHash inline: most calls hash one short word or n words, where the
 * call into the shared library costs as much as the hashing.  The values
 * are those of hash64_seed(), XXH3 being specified byte for byte.
 */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "buf.h"
#include "fpset.h"
#include "near.h"
#include "xalloc.h"

#define near_hash(p, n, seed)	XXH3_64bits_withSeed((p), (n), (seed))

void
near_init(struct near *nr, int n, int with_vals)
{
	memset(nr, 0, sizeof(*nr));
	fpset_init(&nr->grams, with_vals);
	nr->n = n > 0 ? n : NEAR_NGRAM;
}

static void
near_room(struct near *nr, size_t words)
{
	size_t cap = nr->cap ? nr->cap : 64;

	if (words <= nr->cap)
		return;
	while (cap < words)
		cap *= 2;
	nr->word = xreallocarray(nr->word, cap, sizeof(*nr->word));
	nr->gram = xreallocarray(nr->gram, cap, sizeof(*nr->gram));
	nr->seen = xreallocarray(nr->seen, cap, sizeof(*nr->seen));
	nr->origin = xreallocarray(nr->origin, cap, sizeof(*nr->origin));
	nr->cover = xreallocarray(nr->cover, cap, sizeof(*nr->cover));
	nr->slot = xreallocarray(nr->slot, cap, sizeof(*nr->slot));
	nr->cap = cap;
}

/* Hash the words; returns their number.  Memory follows the words, not
 * the bytes, so a 100 MB paragraph of one "word" stays small. */
static size_t
near_words(struct near *nr, const char *s, size_t len)
{
	const char *end = s + len, *sp;
	size_t n = 0;

	while (s < end) {
		sp = memchr(s, ' ', end - s);
		if (sp == NULL)
			sp = end;
		if (sp > s) {
			if (n == nr->cap)
				near_room(nr, n + 1);
			nr->word[n++] = near_hash(s, sp - s, NEAR_SEED);
		}
		s = sp + 1;
	}
	/* Room for the n-grams: at most one a word, and the edges. */
	near_room(nr, n + 4);
	return n;
}

static int
near_cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* The value held by most of the n-grams found (ties: the smallest). */
static uint32_t
near_origin(struct near *nr, size_t found)
{
	uint32_t *v = nr->origin, best = 0;
	size_t i, k = 0, run, bestrun = 0;

	for (i = 0; i < nr->total; i++)
		if (nr->seen[i])
			v[k++] = nr->origin[i];
	if (k != found || k == 0)
		return 0;
	qsort(v, k, sizeof(*v), near_cmp_u32);
	for (i = 0; i < k; i += run) {
		for (run = 1; i + run < k && v[i + run] == v[i]; run++)
			;
		if (run > bestrun) {
			bestrun = run;
			best = v[i];
		}
	}
	return best;
}

/*
 * The n-grams: the ngrams windows of n words, then the edge grams, the
 * first and last n-1 and n-2 words (at least 3) marked as such.  Without
 * them a word changed near either end would uncover all the words
 * between it and the end, since every full window over them holds it.
 */
/*
 * An n-gram's fingerprint from its word hashes: a multiply-xorshift
 * chain (order matters), finished with MurmurHash3's fmix64.  The word
 * hashes are XXH3 values already, so this needs only to combine them
 * well, at a fraction of the cost of hashing their bytes again.
 */
static inline uint64_t
near_mix(const uint64_t *w, size_t m, uint64_t seed)
{
	uint64_t h = seed;
	size_t k;

	for (k = 0; k < m; k++) {
		h = (h ^ w[k]) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
	}
	return near_fmix64(h);
}

static size_t
near_grams(struct near *nr)
{
	size_t i, k, m, nw = nr->nwords, n = nr->n;

	k = 0;
	for (i = 0; i + n <= nw; i++)
		nr->gram[k++] = near_mix(&nr->word[i], n, NEAR_SEED);
	nr->ngrams = k;
	for (m = n - 1; k > 0 && m >= 3 && m + 2 >= n; m--) {
		nr->gram[k++] = near_mix(&nr->word[0], m, NEAR_SEED + m);
		nr->gram[k++] = near_mix(&nr->word[nw - m], m,
		    NEAR_SEED + 64 + m);
	}
	return k;
}

/* The words [lo, hi) that n-gram number i of a paragraph spans. */
static void
near_span(size_t i, size_t nw, size_t n, size_t *lo, size_t *hi)
{
	size_t ngrams = nw >= n ? nw - n + 1 : 0, e, m;

	*lo = *hi = 0;		/* not an n-gram of this paragraph */
	if (i < ngrams) {
		*lo = i;
		*hi = i + n;
		return;
	}
	e = (i - ngrams) / 2;	/* edge pair number: m = n-1, n-2 */
	if (ngrams == 0 || e > 1 || n < 4 + e)
		return;
	m = n - 1 - e;
	*lo = (i - ngrams) % 2 ? nw - m : 0;
	*hi = *lo + m;
}

/* Mark the words inside held n-grams; returns how many. */
static size_t
near_cover(struct near *nr, size_t total)
{
	unsigned char *cov = nr->cover;
	size_t i, j, lo, hi, covered = 0, nw = nr->nwords;

	memset(cov, 0, nw);
	for (i = 0; i < total; i++) {
		if (!nr->seen[i])
			continue;
		near_span(i, nw, nr->n, &lo, &hi);
		for (j = lo; j < hi; j++)
			cov[j] = 1;
	}
	for (j = 0; j < nw; j++)
		covered += cov[j];
	return covered;
}

size_t
near_compute(struct near *nr, const char *norm, size_t len)
{
	nr->nwords = near_words(nr, norm, len);
	nr->total = near_grams(nr);
	return nr->total;
}

double
near_coverage_of(size_t nwords, int n, const size_t *seen, size_t count,
    struct buf *scratch)
{
	size_t i, j, lo, hi, covered = 0;

	if (nwords == 0)
		return 0;
	buf_reset(scratch);
	buf_grow(scratch, nwords);
	memset(scratch->p, 0, nwords);
	for (i = 0; i < count; i++) {
		near_span(seen[i], nwords, n, &lo, &hi);
		for (j = lo; j < hi; j++)
			scratch->p[j] = 1;
	}
	for (j = 0; j < nwords; j++)
		covered += scratch->p[j];
	return (double)covered / nwords;
}

void
near_prepare(struct near *nr, const char *norm, size_t len)
{
	size_t i;

	near_compute(nr, norm, len);
	for (i = 0; i < nr->total; i++)
		fpset_prefetch(&nr->grams, nr->gram[i]);
}

size_t
near_finish(struct near *nr, double *coverage, uint32_t *origin)
{
	size_t i, found = 0;

	*coverage = 0;
	*origin = 0;
	nr->slotcap = nr->grams.cap;
	for (i = 0; i < nr->total; i++) {
		nr->seen[i] = fpset_probe(&nr->grams, nr->gram[i],
		    &nr->slot[i], &nr->origin[i]);
		found += nr->seen[i];
	}
	if (found == 0)
		return nr->nwords;
	*coverage = (double)near_cover(nr, nr->total) / nr->nwords;
	if (nr->grams.with_vals)
		*origin = near_origin(nr, found);
	return nr->nwords;
}

size_t
near_measure(struct near *nr, const char *norm, size_t len,
    double *coverage, uint32_t *origin)
{
	near_prepare(nr, norm, len);
	return near_finish(nr, coverage, origin);
}

void
near_add(struct near *nr, uint16_t day, uint32_t val)
{
	size_t i;

	for (i = 0; i < nr->total; i++)
		if (!nr->seen[i])
			fpset_add_at(&nr->grams, nr->slot[i], nr->slotcap,
			    nr->gram[i], day, val);
}

void
near_reset(struct near *nr)
{
	fpset_reset(&nr->grams);
	nr->nwords = nr->ngrams = nr->total = 0;
}

void
near_free(struct near *nr)
{
	fpset_free(&nr->grams);
	free(nr->word);
	free(nr->gram);
	free(nr->seen);
	free(nr->origin);
	free(nr->cover);
	free(nr->slot);
	memset(nr, 0, sizeof(*nr));
}
