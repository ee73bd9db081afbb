/*
 * hash: fingerprints of byte strings (xxHash XXH3).
 *
 * The values are stable across runs and machines (XXH3 is specified
 * byte-for-byte), so they may be stored in state files.
 */
#ifndef NU_HASH_H
#define NU_HASH_H

#include <stddef.h>
#include <stdint.h>

struct hash128 {
	uint64_t lo;
	uint64_t hi;
};

uint64_t	hash64(const void *, size_t);
uint64_t	hash64_seed(const void *, size_t, uint64_t seed);
struct hash128	hash128(const void *, size_t);

#endif
