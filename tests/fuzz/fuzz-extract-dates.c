/*
 * libFuzzer target for the date recogniser: every input is scanned with
 * and without a reference, in each numeric order, with and without
 * durations and sets, and every hit is checked against the invariants
 * of dates.h (inside the input, in order, not overlapping, a value).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "datewords.h"

static void
check(const struct dates *d, size_t len)
{
	size_t i;

	for (i = 0; i < d->nhit; i++) {
		const struct dates_hit *h = &d->hit[i];

		if (h->start >= h->end || h->end > len || h->value[0] == '\0' ||
		    memchr(h->value, '\0', sizeof(h->value)) == NULL ||
		    (i > 0 && h->start < d->hit[i - 1].end))
			abort();
	}
}

/* A sink must see exactly the hits a plain scan keeps, in order. */
struct seen {
	const struct dates	*d;
	size_t			 n;
	size_t			 last_end;
};

static void
sink(void *arg, const struct dates_hit *h)
{
	struct seen *s = arg;

	if (h->start < s->last_end)
		abort();
	s->last_end = h->end;
	s->n++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct dates d;
	static int ready;
	struct dates_ref ref = DATES_REF_NONE;
	struct dates_ref got;
	size_t i;

	if (!ready) {
		dates_init(&d, datewords_lang("en"));
		ready = 1;
	}
	dates_parse_ref((const char *)data, size, &got);
	d.order = size > 0 ? (enum dates_order)(data[0] % 3) : DATES_MDY;
	d.all_types = size > 1 && (data[1] & 1);
	dates_scan(&d, (const char *)data, size, NULL);
	check(&d, size);
	for (i = 0; i < d.nhit; i++)
		dates_hit_ref(&d.hit[i], &got);
	dates_parse_ref("2000-02-29T23:59", 16, &ref);
	dates_scan(&d, (const char *)data, size, &ref);
	check(&d, size);
	dates_parse_ref("2023-12-31", 10, &ref);
	dates_scan(&d, (const char *)data, size, &ref);
	check(&d, size);
	{
		struct seen s = { &d, 0, 0 };
		size_t want = d.nhit;

		d.sink = sink;
		d.sink_arg = &s;
		if (dates_scan(&d, (const char *)data, size, &ref) != want ||
		    s.n != want)
			abort();
		d.sink = NULL;
		d.sink_arg = NULL;
	}
	return 0;
}
