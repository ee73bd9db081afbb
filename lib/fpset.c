/*
 * fpset: see fpset.h.  The keys are XXH3 values, already well mixed, so
 * the low bits index the table directly.
 */
#include <sys/mman.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fpset.h"
#include "xalloc.h"

#define FPSET_MINCAP	64
/* A reset keeps tables up to this many slots (per-document scopes). */
#define FPSET_KEEPCAP	4096

static inline uint64_t
fpset_key(uint64_t key)
{
	return key == 0 ? 1 : key;
}

/*
 * Large key tables are mapped with transparent huge pages asked for:
 * every lookup is a random access, and with 4 KB pages most of them
 * also miss the TLB.  The kernel zeroes the pages lazily.
 */
#define FPSET_BIGKEYS	((size_t)2 << 20)

static uint64_t *
fpset_keys_alloc(size_t cap)
{
	size_t bytes = cap * sizeof(uint64_t);
	void *p;

	if (bytes < FPSET_BIGKEYS)
		return xcalloc(cap, sizeof(uint64_t));
	p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return xcalloc(cap, sizeof(uint64_t));	/* exits if none */
	madvise(p, bytes, MADV_HUGEPAGE);
	return p;
}

static void
fpset_keys_free(uint64_t *keys, size_t cap)
{
	if (keys == NULL)
		return;
	if (cap * sizeof(uint64_t) < FPSET_BIGKEYS)
		free(keys);
	else
		munmap(keys, cap * sizeof(uint64_t));
}

static void
fpset_alloc(struct fpset *s, size_t cap)
{
	s->cap = cap;
	s->keys = fpset_keys_alloc(cap);
	s->days = xcalloc(cap, sizeof(*s->days));
	s->vals = s->with_vals ? xcalloc(cap, sizeof(*s->vals)) : NULL;
}

static void
fpset_grow(struct fpset *s, size_t cap)
{
	struct fpset old = *s;
	size_t i, j, mask = cap - 1;

	fpset_alloc(s, cap);
	for (i = 0; i < old.cap; i++) {
		if (old.keys[i] == 0)
			continue;
		for (j = old.keys[i] & mask; s->keys[j] != 0; j = (j + 1) & mask)
			;
		s->keys[j] = old.keys[i];
		s->days[j] = old.days[i];
		if (s->vals)
			s->vals[j] = old.vals[i];
	}
	fpset_keys_free(old.keys, old.cap);
	free(old.days);
	free(old.vals);
}

void
fpset_init(struct fpset *s, int with_vals)
{
	memset(s, 0, sizeof(*s));
	s->with_vals = with_vals;
}

void
fpset_reserve(struct fpset *s, size_t n)
{
	size_t cap = s->cap ? s->cap : FPSET_MINCAP;

	while (n > cap / 5 * 4)
		cap *= 2;
	if (cap != s->cap)
		fpset_grow(s, cap);
}

static size_t
fpset_slot(const struct fpset *s, uint64_t key)
{
	size_t j, mask = s->cap - 1;

	for (j = key & mask; s->keys[j] != 0 && s->keys[j] != key;
	    j = (j + 1) & mask)
		;
	return j;
}

int
fpset_find(const struct fpset *s, uint64_t key, uint16_t *day, uint32_t *val)
{
	size_t j;

	if (s->cap == 0)
		return 0;
	key = fpset_key(key);
	j = fpset_slot(s, key);
	if (s->keys[j] == 0)
		return 0;
	if (day)
		*day = s->days[j];
	if (val)
		*val = s->vals ? s->vals[j] : 0;
	return 1;
}

int
fpset_add(struct fpset *s, uint64_t key, uint16_t day, uint32_t val)
{
	size_t j;

	if (s->n + 1 > s->cap / 5 * 4)
		fpset_reserve(s, s->n + 1);
	key = fpset_key(key);
	j = fpset_slot(s, key);
	if (s->keys[j] != 0)
		return 0;
	s->keys[j] = key;
	s->days[j] = day;
	if (s->vals)
		s->vals[j] = val;
	s->n++;
	return 1;
}

int
fpset_probe(const struct fpset *s, uint64_t key, size_t *slot, uint32_t *val)
{
	size_t j;

	*slot = 0;
	*val = 0;
	if (s->cap == 0)
		return 0;
	j = fpset_slot(s, fpset_key(key));
	*slot = j;
	if (s->keys[j] == 0)
		return 0;
	if (s->vals)
		*val = s->vals[j];
	return 1;
}

int
fpset_add_at(struct fpset *s, size_t slot, size_t cap, uint64_t key,
    uint16_t day, uint32_t val)
{
	/* Entries are never removed, so an empty end of probe stays one. */
	if (cap != s->cap || cap == 0 || s->keys[slot] != 0 ||
	    s->n + 1 > s->cap / 5 * 4)
		return fpset_add(s, key, day, val);
	s->keys[slot] = fpset_key(key);
	s->days[slot] = day;
	if (s->vals)
		s->vals[slot] = val;
	s->n++;
	return 1;
}

void
fpset_set_val(struct fpset *s, uint64_t key, uint32_t val)
{
	size_t j;

	if (s->cap == 0 || s->vals == NULL)
		return;
	j = fpset_slot(s, fpset_key(key));
	if (s->keys[j] != 0)
		s->vals[j] = val;
}

int
fpset_next(const struct fpset *s, size_t *pos, uint64_t *key, uint16_t *day,
    uint32_t *val)
{
	size_t i;

	for (i = *pos; i < s->cap; i++)
		if (s->keys[i] != 0) {
			*key = s->keys[i];
			if (day)
				*day = s->days[i];
			if (val)
				*val = s->vals ? s->vals[i] : 0;
			*pos = i + 1;
			return 1;
		}
	*pos = s->cap;
	return 0;
}

size_t
fpset_bytes(const struct fpset *s)
{
	return s->cap * (sizeof(*s->keys) + sizeof(*s->days) +
	    (s->vals ? sizeof(*s->vals) : 0));
}

void
fpset_reset(struct fpset *s)
{
	int with_vals = s->with_vals;

	if (s->cap > FPSET_KEEPCAP) {
		fpset_free(s);
		fpset_init(s, with_vals);
		return;
	}
	if (s->n == 0)
		return;
	memset(s->keys, 0, s->cap * sizeof(*s->keys));
	s->n = 0;
}

void
fpset_free(struct fpset *s)
{
	fpset_keys_free(s->keys, s->cap);
	free(s->days);
	free(s->vals);
	memset(s, 0, sizeof(*s));
}
