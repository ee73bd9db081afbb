/*
 * Unit tests of boiler: paragraph features, gates, headlines, the
 * compiled-in families' invariants, and whole-document decisions.
 */
#include <string.h>

#include "boiler.h"
#include "boiler_int.h"
#include "tap.h"

#define S(x) x, sizeof(x) - 1

static struct boiler b;
static char err[256];

static void
test_features(void)
{
	struct boiler_para p;

	boiler_features(&b, S("  The river rose, and the town's 2 gates "
	    "held.\xc2\xa0 "), &p);
	ok(p.tstart == 2 && p.tlen == 44, "trimmed of spaces and no-break "
	    "spaces");
	ok(p.nwords == 9, "words: %u", p.nwords);
	ok(p.nstop == 3, "stopwords (the, and, the): %u", p.nstop);
	ok(p.nlower == 7 && p.ndigit == 1, "lower-case and digit words");
	ok(p.terminal, "ends like a sentence");
	ok(p.nchars == 44, "characters");
	boiler_features(&b, S("Caf\xc3\xa9 \xe2\x80\x9cNews\xe2\x80\x9d"),
	    &p);
	ok(p.nchars == 11 && p.nwords == 2 && !p.terminal,
	    "UTF-8 counted as characters, quotes are not words");
	boiler_features(&b, S("Follow @courier or www.courier.test, "
	    "https://x.test"), &p);
	ok(p.nlink == 3, "links: %u", p.nlink);
	boiler_features(&b, S("\xff\xfe\0\0"), &p);
	ok(p.nwords == 0 && p.nchars == 4, "bytes that are not words");
	boiler_features(&b, S("\xc2\xa9 2025"), &p);
	ok(p.gates & b.special[BOILER_SP_COPY], "the copyright sign opens "
	    "its gate");
	ok(boiler_fp(S("It\xe2\x80\x99s  A test")) ==
	    boiler_fp(S("it's a TEST!")), "fingerprints ignore case, "
	    "spacing, punctuation and the apostrophe's form");
	ok(boiler_fp(S("a test")) != boiler_fp(S("test a")),
	    "fingerprints keep word order");
}

static void
test_headline(void)
{
	ok(boiler_headline(S("Barrier fails | Castlemere Courier")) == 13,
	    "headline before a bar");
	ok(boiler_headline(S("Barrier fails - The Courier")) == 13,
	    "before a dash");
	ok(boiler_headline(S("Biden - Xi talks begin in Bali as the leaders "
	    "meet for hours")) == 60, "a long tail is not a site name");
	ok(boiler_headline(S("No separator here")) == 17, "none at all");
	ok(boiler_headline(S("Biden - Xi talks begin in Bali")) == 30,
	    "a tail in lower case is not a name");
	ok(boiler_headline(S("Pilots to strike | Shipping | The Daily "
	    "Ledger")) == 16, "section and site cut one by one");
	ok(boiler_headline(S("Pilots to strike | World news")) == 16,
	    "a section in sentence case");
	ok(boiler_headline(S("| Courier")) == 9, "nothing before the bar");
}

static void
test_families(void)
{
	const struct boiler_family *f;
	size_t n = 0;
	int anchored = 1;

	for (f = boiler_families; f->name != NULL; f++, n++) {
		size_t i;

		for (i = 0; f->pats[i] != NULL; i++)
			if (f->pats[i][0] != '^')
				anchored = 0;
	}
	ok(n >= 19, "%zu compiled-in families", n);
	ok(anchored, "every joined pattern is anchored");
	ok(b.ngates > 0 && b.ngates <= 62, "gates fit the lexicon: %u",
	    b.ngates);
}

/* Classify a document given as lines; returns the verdicts as k/d. */
static void
classify(const char *const *lines, char *verdicts)
{
	struct boiler_doc d = BOILER_DOC_INIT;
	size_t i;

	for (i = 0; lines[i] != NULL; i++)
		boiler_doc_add(&d, lines[i], strlen(lines[i]), NULL, 0, i + 1,
		    lines[i][0] == '\0');
	boiler_classify(&b, &d);
	for (i = 0; i < d.n; i++)
		verdicts[i] = d.p[i].blank ? '-' : d.p[i].keep ? 'k' : 'd';
	verdicts[i] = '\0';
	boiler_doc_free(&d);
}

static void
test_documents(void)
{
	static const char *const page[] = {
		"Barrier fails on the Wendle | Courier",
		"Menu",
		"Barrier fails on the Wendle",
		"By Anna Kessler",
		"The new flood barrier on the Wendle failed to close during "
		    "its first test on Thursday, letting water into two "
		    "streets before crews sealed the gap by hand.",
		"What went wrong",
		"The authority said it would ask the builder to inspect the "
		    "hinges on all six gates before the next high tide, "
		    "which is expected on Sunday night.",
		"Tags: flooding",
		"Most read",
		"Ferry service resumes on the lower Wendle",
		NULL
	};
	static const char *const portal[] = {
		"The Courier", "Home", "World", "Most read",
		"1. Ferry service resumes", "\xc2\xa9 2025 Courier", NULL
	};
	char v[32];

	classify(page, v);
	is_str(v, strlen(v), "ddkdkkkddd", "a page: title below the site "
	    "title, body, subhead");
	classify(portal, v);
	is_str(v, strlen(v), "dddddd", "a portal page keeps nothing");
	ok(b.count[BR_NO_BODY] >= 1, "its title is counted as no-body");
	ok(strcmp(boiler_reason_name(BR_CONTEXT_GOOD), "context-good") == 0 &&
	    strcmp(boiler_reason_name(BR_NREASONS), "?") == 0,
	    "reason names");
}

int
main(void)
{
	struct boiler_opts o = { NULL, 0, 0 };

	if (boiler_init(&b, &o, 0, err, sizeof(err)) == -1 ||
	    boiler_ready(&b, err, sizeof(err)) == -1) {
		printf("Bail out! %s\n", err);
		return 1;
	}
	test_features();
	test_headline();
	test_families();
	test_documents();
	boiler_free(&b);
	return done_testing();
}
