/*
 * t-near: word n-gram coverage, edit by edit, and its invariants.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "fingerprint.h"
#include "near.h"
#include "tap.h"

static struct near nr;
static uint32_t serial;

/* Measure a paragraph against what was added; add it if asked. */
static double
cover(const char *text, int add, uint32_t *origin)
{
	struct buf b = BUF_INIT;
	double c;
	uint32_t o;

	fp_normalize(&b, text, strlen(text), FP_LOOSE);
	near_measure(&nr, b.p ? b.p : "", b.len, &c, &o);
	if (origin)
		*origin = o;
	if (add)
		near_add(&nr, 1, ++serial);
	buf_free(&b);
	return c;
}

static const char wire[] = "Floodwater from the River Tamsin forced more "
    "than 4,000 residents from their homes on Tuesday, the worst flooding "
    "the valley has seen in forty years.";
static const char wire2[] = "Rail services between Marrowby and the coast "
    "were suspended after a section of track near Dunmere was washed away.";

int
main(void)
{
	struct buf scratch = BUF_INIT;
	uint32_t origin;
	size_t seen[2] = { 0, 1 };
	double c;

	(void)is_str;
	near_init(&nr, NEAR_NGRAM, 1);
	ok(cover(wire, 1, NULL) == 0, "nothing seen: coverage 0");
	ok(cover(wire2, 1, NULL) == 0, "a different paragraph: coverage 0");
	ok(cover(wire, 0, &origin) == 1 && origin == 1,
	    "the same paragraph: coverage 1, from paragraph 1");

	c = cover("Floodwater from the River Tamsin forced more than 4,000 "
	    "people from their homes on Tuesday, the worst flooding the valley "
	    "has seen in forty years.", 0, NULL);
	ok(c > 0.95 && c < 1, "a word changed in the middle uncovers only it "
	    "(%.3f)", c);
	c = cover("Mudwater from the River Tamsin forced more than 4,000 "
	    "residents from their homes on Tuesday, the worst flooding the "
	    "valley has seen in forty years.", 0, NULL);
	ok(c > 0.95, "a word changed at the start uncovers only it (%.3f)", c);
	c = cover("Floodwater from the River Tamsin forced more than 4,000 "
	    "residents from their homes on Tuesday, the worst flooding the "
	    "valley has seen in fifty years.", 0, NULL);
	ok(c > 0.9, "a word changed next to the end: edges keep the rest "
	    "covered (%.3f)", c);
	c = cover("Floodwater from the River Tamsin forced more than 4,000 "
	    "residents from their homes on Tuesday.", 0, NULL);
	ok(c == 1, "a clause cut: coverage 1");
	c = cover("Floodwater from the River Tamsin, swollen by a week of rain, "
	    "forced more than 4,000 residents from their homes on Tuesday, the "
	    "worst flooding the valley has seen in forty years.", 0, NULL);
	ok(c > 0.75 && c < 0.85, "a clause added uncovers its words (%.3f)", c);
	c = cover("Rail services between Marrowby and the coast were suspended "
	    "after a section of track near Dunmere was washed away. Floodwater "
	    "from the River Tamsin forced more than 4,000 residents from their "
	    "homes on Tuesday, the worst flooding the valley has seen in forty "
	    "years.", 0, NULL);
	ok(c == 1, "two paragraphs merged: covered by both");
	c = cover("the worst flooding the valley has seen in forty years", 0,
	    NULL);
	ok(c == 1, "a piece split off: covered by the whole");
	c = cover("Rail services between Marrowby and Dunmere are expected to "
	    "resume next week, the rail operator said.", 0, NULL);
	ok(c < 0.5, "same event, different paragraph: low coverage (%.3f)", c);
	ok(cover("four words only here", 0, NULL) == 0,
	    "fewer than n words: never a near duplicate");
	ok(cover("", 0, NULL) == 0, "empty: coverage 0");

	ok(near_coverage_of(6, 5, seen, 2, &scratch) == 1,
	    "coverage from n-gram numbers: two windows cover six words");
	ok(near_coverage_of(6, 5, seen, 1, &scratch) * 6 == 5,
	    "one window covers five of six");
	seen[0] = 99;
	ok(near_coverage_of(6, 5, seen, 1, &scratch) == 0,
	    "an n-gram number out of range covers nothing");
	seen[0] = 3;
	ok(near_coverage_of(6, 5, seen, 1, &scratch) * 6 == 4,
	    "edge n-gram 3 of 6 words: the last four");
	seen[0] = 4;
	ok(near_coverage_of(6, 5, seen, 1, &scratch) * 6 == 3,
	    "edge n-gram 4 of 6 words: the first three");

	near_reset(&nr);
	ok(cover(wire, 0, NULL) == 0, "reset forgets");
	near_free(&nr);
	buf_free(&scratch);
	return done_testing();
}
