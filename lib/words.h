/*
 * words: sets of words (stoplists and other word lists) with fast
 * membership tests.
 *
 * A struct words holds folded words: lower case, with the typographic
 * apostrophe U+2019 written as "'".  words_fold() produces that form from
 * any bytes, so callers fold a token once and look it up with
 * words_has().  Each word carries a value, a bit mask saying which lists
 * it belongs to (words_add() sets bit 0; words_add_val() any bits), so
 * that one lookup answers several questions.  A zeroed struct words
 * (WORDS_INIT) is a valid empty set; the set owns its memory
 * (words_free).
 *
 * Callers that look up many words may hash a folded word once with
 * words_hash() (eight bytes at a time) and use the value both for
 * words_get_hashed() and as a word fingerprint of their own.
 *
 * Compiled-in lists are reached by name through words_list(): the
 * stoplists "en", "de", "fr", "es", and "outlet", words that news outlets
 * put in their names (see words_list_names()).  They are
 * built on first use and live until exit; the returned pointer is
 * borrowed.  Building is not thread-safe: call words_list() once before
 * starting threads.
 */
#ifndef NU_WORDS_H
#define NU_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct words_slot {
	uint64_t	 h;		/* 0: empty slot */
	uint64_t	 val;		/* the lists the word is on */
	uint32_t	 off;		/* into pool */
	uint32_t	 len;
};


struct words {
	struct words_slot *slot;
	size_t		 mask;		/* nslots - 1, nslots a power of 2 */
	size_t		 n;		/* words held */
	char		*pool;
	size_t		 poollen;
	size_t		 poolcap;
};
#define WORDS_INIT { NULL, 0, 0, NULL, 0, 0 }

/* The longest word words_fold() folds; longer tokens are never members. */
#define WORDS_MAXLEN	64

/*
 * Fold [s, s+len) into out (WORDS_MAXLEN bytes).  Returns the folded
 * length, or 0 when the result would not fit.
 */
size_t	words_fold(const char *s, size_t len, char *out);
/* Add a word (folded here) with value 1; adding again ORs the values. */
void	words_add(struct words *, const char *, size_t);
void	words_add_val(struct words *, const char *, size_t, uint64_t val);
/* Add every word of src to dst, with value val. */
void	words_merge(struct words *dst, const struct words *src, uint64_t val);
/* Whether the folded word [w, w+len) is in the set. */
int	words_has(const struct words *, const char *w, size_t len);
/* The value of a folded word, 0 if it is not in the set. */
uint64_t words_get(const struct words *, const char *w, size_t len);
/* The hash of a folded word; never 0. */
uint64_t words_hash(const char *w, size_t len);
/* The same value, faster, and words_get() given it: see below. */
static inline uint64_t words_hash_padded(const char *w, size_t len);
static inline uint64_t words_get_hashed(const struct words *, uint64_t h,
	    const char *w, size_t len);
/*
 * Add the words of a file, one per line; blank lines and lines starting
 * with '#' are skipped.  Returns 0, or -1 with errno set.
 */
int	words_load(struct words *, const char *path);
void	words_free(struct words *);

/* A compiled-in list by name, or NULL if there is none by that name. */
const struct words	*words_list(const char *name);
/* The names of the compiled-in lists, NULL-terminated. */
const char *const	*words_list_names(void);

/*
 * The lookups are in the header so that a caller's inner loop does not
 * pay for a call per word.  words_hash() (words.c) reads eight bytes at
 * a time as little-endian numbers, each through words_hash_round_();
 * words_hash_padded() gives the same value for a word in a buffer that
 * may be read up to the next multiple of 8 bytes past its end.
 */
static inline uint64_t
words_hash_round_(uint64_t h, uint64_t v)
{
	h = (h ^ v) * 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 29);
}

static inline uint64_t
words_hash_end_(uint64_t h)
{
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 32;
	return h | (1ULL << 63);
}

static inline uint64_t
words_load8_(const char *s)
{
	uint64_t v;

	memcpy(&v, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static inline uint64_t
words_hash_padded(const char *s, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ (len * 0xff51afd7ed558ccdULL);

	for (; len >= 8; s += 8, len -= 8)
		h = words_hash_round_(h, words_load8_(s));
	if (len > 0)
		h = words_hash_round_(h, words_load8_(s) &
		    ((1ULL << (8 * len)) - 1));
	return words_hash_end_(h);
}

/* The slot holding the word, or the empty slot where it would go. */
static inline size_t
words_find_(const struct words *ws, const char *w, size_t len, uint64_t h)
{
	const struct words_slot *sl;
	size_t i = h & ws->mask, k;

	for (;; i = (i + 1) & ws->mask) {
		sl = &ws->slot[i];
		if (sl->h == 0)
			return i;
		if (sl->h != h || sl->len != len)
			continue;
		for (k = 0; k < len && ws->pool[sl->off + k] == w[k]; k++)
			continue;
		if (k == len)
			return i;
	}
}

static inline uint64_t
words_get_hashed(const struct words *ws, uint64_t h, const char *w,
    size_t len)
{
	if (ws == NULL || ws->n == 0 || len == 0 || len > WORDS_MAXLEN)
		return 0;
	return ws->slot[words_find_(ws, w, len, h)].val;
}

#endif
