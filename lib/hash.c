#include <xxhash.h>

#include "hash.h"

uint64_t
hash64(const void *s, size_t n)
{
	return XXH3_64bits(s, n);
}

uint64_t
hash64_seed(const void *s, size_t n, uint64_t seed)
{
	return XXH3_64bits_withSeed(s, n, seed);
}

struct hash128
hash128(const void *s, size_t n)
{
	XXH128_hash_t h = XXH3_128bits(s, n);
	struct hash128 r = { h.low64, h.high64 };

	return r;
}
