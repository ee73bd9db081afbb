/*
 * fpset: see fpset.h.  The keys are XXH3 values, already well mixed, so
 * the low bits index the table directly.
 */
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

static void
fpset_alloc(struct fpset *s, size_t cap)
{
	s->cap = cap;
	s->keys = xcalloc(cap, sizeof(*s->keys));
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
	free(old.keys);
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

void
fpset_prefetch(const struct fpset *s, uint64_t key)
{
	if (s->cap != 0)
		__builtin_prefetch(&s->keys[fpset_key(key) & (s->cap - 1)]);
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
	free(s->keys);
	free(s->days);
	free(s->vals);
	memset(s, 0, sizeof(*s));
}
