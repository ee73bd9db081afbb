/*
 * t-fpset: the fingerprint set, its growth, values and invariants.
 */
#include <stdint.h>
#include <stdio.h>

#include "fpset.h"
#include "hash.h"
#include "tap.h"

int
main(void)
{
	struct fpset s;
	uint64_t i, k, bad = 0, n;
	uint16_t day;
	uint32_t val;
	size_t pos;

	(void)is_str;
	fpset_init(&s, 1);
	ok(!fpset_find(&s, 42, NULL, NULL), "empty set holds nothing");
	ok(fpset_add(&s, 42, 7, 9) == 1, "add a new key");
	ok(fpset_add(&s, 42, 8, 10) == 0, "adding it again says present");
	ok(fpset_find(&s, 42, &day, &val) && day == 7 && val == 9,
	    "first day and value are kept");
	ok(fpset_add(&s, 0, 1, 1) == 1 && fpset_find(&s, 0, NULL, NULL),
	    "key 0 can be stored");
	fpset_set_val(&s, 42, 11);
	ok(fpset_find(&s, 42, NULL, &val) && val == 11, "value can change");

	for (i = 0; i < 200000; i++)
		fpset_add(&s, hash64(&i, sizeof(i)), (uint16_t)i, (uint32_t)i);
	ok(s.n == 200002, "200000 more keys held (n=%zu)", s.n);
	ok(s.cap >= s.n * 5 / 4 && (s.cap & (s.cap - 1)) == 0,
	    "table stays a power of two at most 80%% full");
	for (i = 0; i < 200000; i++)
		if (!fpset_find(&s, hash64(&i, sizeof(i)), &day, &val) ||
		    day != (uint16_t)i || val != (uint32_t)i)
			bad++;
	ok(bad == 0, "every key found after growing, with its day and value");
	for (bad = 0, i = 200000; i < 300000; i++)
		bad += fpset_find(&s, hash64(&i, sizeof(i)), NULL, NULL);
	ok(bad == 0, "no false hits");
	for (n = 0, pos = 0; fpset_next(&s, &pos, &k, &day, &val);)
		n++;
	ok(n == s.n, "iteration visits every entry once");
	ok(fpset_bytes(&s) == s.cap * 14, "14 bytes a slot with values");

	fpset_reset(&s);
	ok(s.n == 0 && !fpset_find(&s, 42, NULL, NULL), "reset empties");
	ok(fpset_add(&s, 42, 1, 1) == 1, "usable after reset");
	fpset_free(&s);

	fpset_init(&s, 0);
	fpset_add(&s, 5, 1, 99);
	ok(fpset_find(&s, 5, NULL, &val) && val == 0,
	    "a set without values gives 0");
	ok(fpset_bytes(&s) == s.cap * 10, "10 bytes a slot without values");
	fpset_free(&s);
	return done_testing();
}
