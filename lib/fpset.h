/*
 * fpset: a set of 64-bit fingerprints, each with the day it was first
 * seen and, on request, a 32-bit value (dedupe-paragraphs keeps there
 * the number of the paragraph that brought it in, for --explain).
 *
 * Open addressing with linear probing over a power-of-two table, no
 * text and no pointers: 10 bytes a slot (14 with values), at most 80%
 * full, so about 15 bytes a fingerprint on average.  The key 0 marks an
 * empty slot; a fingerprint that happens to be 0 is stored as 1 (the
 * loss of one value in 2^64 is of no consequence).  Nothing is ever
 * removed: forgetting old entries is done by not loading them.
 *
 * A zeroed struct fpset is an empty set without values.
 */
#ifndef NU_FPSET_H
#define NU_FPSET_H

#include <stddef.h>
#include <stdint.h>

struct fpset {
	uint64_t	*keys;
	uint16_t	*days;
	uint32_t	*vals;		/* NULL unless with_vals */
	size_t		 cap;		/* slots, a power of two, or 0 */
	size_t		 n;		/* fingerprints held */
	int		 with_vals;
};

void	fpset_init(struct fpset *, int with_vals);
/* Make room for n fingerprints in all without growing. */
void	fpset_reserve(struct fpset *, size_t n);
/*
 * Whether key is in the set; if so *day and *val (either may be NULL)
 * get what was stored with it.
 */
int	fpset_find(const struct fpset *, uint64_t key, uint16_t *day,
	    uint32_t *val);
/* Add key unless present; returns 1 if it was added, 0 if present. */
int	fpset_add(struct fpset *, uint64_t key, uint16_t day, uint32_t val);
/* Change the value stored with key, if present. */
void	fpset_set_val(struct fpset *, uint64_t key, uint32_t val);
/* Hint that key will be looked up soon (a cache prefetch). */
static inline void
fpset_prefetch(const struct fpset *s, uint64_t key)
{
	if (s->cap != 0)
		__builtin_prefetch(&s->keys[(key == 0 ? 1 : key) &
		    (s->cap - 1)]);
}
/*
 * A lookup that also returns where the probe ended: the key's slot, or
 * the empty slot it would take.  fpset_add_at() adds the key there when
 * nothing has moved since (the same capacity, the slot still empty),
 * else as fpset_add() does; near mode looks up all n-grams of a
 * paragraph first and adds them after, and this saves the second probe.
 */
int	fpset_probe(const struct fpset *, uint64_t key, size_t *slot,
	    uint32_t *val);
int	fpset_add_at(struct fpset *, size_t slot, size_t cap, uint64_t key,
	    uint16_t day, uint32_t val);
/*
 * Visit the entries: start with *pos = 0; returns 0 when done.  The
 * order is the table's, which is deterministic for a given history.
 */
int	fpset_next(const struct fpset *, size_t *pos, uint64_t *key,
	    uint16_t *day, uint32_t *val);
/* Bytes of memory held. */
size_t	fpset_bytes(const struct fpset *);
/* Empty the set; small tables keep their memory. */
void	fpset_reset(struct fpset *);
void	fpset_free(struct fpset *);

#endif
