/*
 * t-sentences: the segmenter on cases written for newsutils (the full
 * rule table is tests/data/split-sentences/rules.tsv, run by the bats
 * suite), the byte-keeping invariant, -a files, and linear time on
 * hostile runs of dots and digits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "sentences.h"
#include "tap.h"

static const struct {
	const char	*in;
	const char	*want;
	const char	*what;
} cases[] = {
	{ "The ferry left. It was late.", "The ferry left.\nIt was late.",
	    "plain period" },
	{ "Is it over? Yes!  Go.", "Is it over?\nYes!\nGo.",
	    "question, exclamation, two spaces at a joint" },
	{ "Dr. Ines Lowe met Gov. Ray Petit.",
	    "Dr. Ines Lowe met Gov. Ray Petit.", "titles" },
	{ "He moved to the U.S. How did it go?",
	    "He moved to the U.S.\nHow did it go?", "U.S. before an opener" },
	{ "She joined the U.S. Navy.", "She joined the U.S. Navy.",
	    "U.S. before a name" },
	{ "It cost $1.2 billion. Taxpayers paid.",
	    "It cost $1.2 billion.\nTaxpayers paid.", "money" },
	{ "\"That is enough.\" he said.", "\"That is enough.\" he said.",
	    "quote then he said" },
	{ "\xe2\x80\x9cGo.\xe2\x80\x9d Then he left.",
	    "\xe2\x80\x9cGo.\xe2\x80\x9d\nThen he left.", "curly quote closes" },
	{ "1. Water 2. A map", "1. Water\n2. A map", "list" },
	{ "Mail desk@paper.example. We read it.",
	    "Mail desk@paper.example.\nWe read it.", "e-mail address" },
	{ "you and I. Did Henrik I. Varga come?",
	    "you and I.\nDid Henrik I. Varga come?", "I" },
	{ "Hello there.Today is Friday.",
	    "Hello there.\nToday is Friday.", "no space" },
	{ "He left. . . . The end. . . .", "He left.\n. . . The end. . . .",
	    "period then ellipsis" },
	{ "No stop at the end", "No stop at the end", "one sentence" },
	{ "", "", "empty" },
	{ "  Lead. Trail.  ", "  Lead.\nTrail.  ", "outer spaces kept" },
};

static size_t
newlines(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += *s == '\n';
	return n;
}

static double
seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Split a hostile line of n bytes made of pat; return the seconds. */
static double
time_split(const struct ss_abbr *ab, const char *pat, size_t n)
{
	struct buf in = BUF_INIT, out = BUF_INIT;
	size_t plen = strlen(pat);
	double t;

	while (in.len < n)
		buf_add(&in, pat, plen);
	t = seconds();
	ss_split(ab, in.p, in.len, &out);
	t = seconds() - t;
	ok(out.len >= in.len - in.len / 2, "hostile %s: output kept", pat);
	buf_free(&in);
	buf_free(&out);
	return t;
}

int
main(void)
{
	struct ss_abbr ab;
	struct buf out = BUF_INIT;
	char path[] = "/tmp/t-sentences.XXXXXX";
	const char *pats[] = { ".", "1.", "a. ", ". ", "ab.Cd", "(", "Mr. ",
	    "U.S.", "\xe2\x80\xa6", "[.", "1.) ", "''' I. " };
	double small, big;
	size_t i, n;
	FILE *fp;
	int fd;

	ss_init(&ab);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		buf_reset(&out);
		n = ss_split(&ab, cases[i].in, strlen(cases[i].in), &out);
		is_str(out.p ? out.p : "", out.len, cases[i].want, cases[i].what);
		ok(n == 1 + newlines(cases[i].want), "count for %s",
		    cases[i].what);
	}
	/* -a: a new abbreviation stops a split. */
	buf_reset(&out);
	ss_split(&ab, "See Harb. The port.", 19, &out);
	is_str(out.p, out.len, "See Harb.\nThe port.", "unknown word splits");
	fd = mkstemp(path);
	fp = fdopen(fd, "w");
	fputs("# harbour\nHarb.\n  dept  \n", fp);
	fclose(fp);
	ok(ss_load(&ab, path) == 0, "-a file loads");
	unlink(path);
	buf_reset(&out);
	ss_split(&ab, "See Harb. Jones now.", 20, &out);
	is_str(out.p, out.len, "See Harb. Jones now.", "added abbreviation");
	ok(ss_load(&ab, "/nonexistent/abbr") == -1, "missing -a file fails");
	/*
	 * Linear time: ten times the input, well under a hundred times the
	 * time, or in any case seconds where a quadratic scan takes hours.
	 */
	for (i = 0; i < sizeof(pats) / sizeof(pats[0]); i++) {
		small = time_split(&ab, pats[i], 200000);
		big = time_split(&ab, pats[i], 2000000);
		ok(big < 2.0 || big < small * 60, "linear on %s (%.3fs, %.3fs)",
		    pats[i], small, big);
	}
	ss_free(&ab);
	buf_free(&out);
	return done_testing();
}
