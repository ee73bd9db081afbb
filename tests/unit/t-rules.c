/*
 * Unit tests of rules: families joined into one pass, length caps,
 * gates, tail windows, solo patterns, order, and errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"
#include "tap.h"

#define S(x) x, sizeof(x) - 1

static char err[256];

static void
test_families(void)
{
	struct rules rs;
	size_t a, b, c;

	rules_init(&rs, RX_ICASE);
	a = rules_family(&rs, "ads", 1, 20);
	b = rules_family(&rs, "copy", 2, RULES_NOCAP);
	ok(rules_family(&rs, "ads", 9, 99) == a && rs.fam[a].maxlen == 20 &&
	    rs.fam[a].flags == 1, "a family is made once and keeps its own");
	ok(rules_add(&rs, a, "^advertisement$", PCRE2_ZERO_TERMINATED, 0, err,
	    sizeof(err)) == 0, "add a pattern");
	ok(rules_add(&rs, a, S("^sponsored\\W*$"), 0, err, sizeof(err)) == 0,
	    "add a second one with a length");
	ok(rules_add(&rs, b, S("\\x{00a9}"), 0, err, sizeof(err)) == 0,
	    "add to another family");
	ok(rules_add(&rs, b, S("a(b"), 0, err, sizeof(err)) == -1 &&
	    strstr(err, "offset") != NULL, "a bad pattern is refused, with "
	    "its offset");
	c = rules_family(&rs, "empty", 0, RULES_NOCAP);
	ok(rules_compile(&rs, err, sizeof(err)) == 0, "compile");
	ok(rules_match(&rs, S("ADVERTISEMENT"), 0) == (long)a,
	    "joined pass, case-insensitive");
	ok(rules_match(&rs, S("Sponsored:"), 0) == (long)a,
	    "the second pattern of the family");
	ok(rules_match(&rs, S("\xc2\xa9 2025 Courier"), 0) == (long)b,
	    "another family");
	ok(rules_match(&rs, S("An advertisement ran in the paper."), 0) == -1,
	    "anchors hold");
	ok(rules_match(&rs, S("sponsored                       "), 0) == -1,
	    "a line over the cap is not matched");
	ok(rules_match(&rs, S("x\xff\xfe\0 \xc2\xa9"), 0) == (long)b,
	    "invalid UTF-8 and NUL do not stop a match");
	ok(rules_get(&rs, c) != NULL && rules_get(&rs, 99) == NULL,
	    "rules_get");
	is_str(rules_get(&rs, b)->name, 4, "copy", "a family's name");
	rules_free(&rs);
}

static void
test_gates(void)
{
	struct rules rs;
	size_t a, b, u;

	rules_init(&rs, RX_ICASE);
	a = rules_family(&rs, "menu", 0, 100);
	rules_family_gate(&rs, a, 3);
	rules_add(&rs, a, S("^menu$"), 0, err, sizeof(err));
	b = rules_family(&rs, "credit", 0, RULES_NOCAP);
	ok(rules_add_gated(&rs, b, S("\\x{2014} reuters$"), 5, 20, err,
	    sizeof(err)) == 0, "add a gated pattern with a tail window");
	u = rules_family(&rs, "user", 0, RULES_NOCAP);
	rules_add(&rs, u, S("(x)\\1"), RULES_SOLO, err, sizeof(err));
	rules_compile(&rs, err, sizeof(err));
	ok(rules_match(&rs, S("Menu"), 0) == -1, "a closed family is skipped");
	ok(rules_match(&rs, S("Menu"), 1ULL << 3) == (long)a,
	    "an open one is tried");
	ok(rules_match(&rs, S("The gate. \xe2\x80\x94 Reuters"), 0) == -1,
	    "a closed gated pattern is skipped");
	ok(rules_match(&rs, S("The gate. \xe2\x80\x94 Reuters"), 1ULL << 5) ==
	    (long)b, "an open one is tried");
	ok(rules_match(&rs, S("A long caption about the gate that goes on "
	    "and on and on. \xe2\x80\x94 Reuters"), 1ULL << 5) == (long)b,
	    "the tail window finds the end of a long line");
	ok(rules_match(&rs, S("\xe2\x80\x94 Reuters, and more words after "
	    "it until the end"), 1ULL << 5) == -1, "and nothing else");
	ok(rules_match(&rs, S("xx"), 0) == (long)u,
	    "a solo pattern is always tried, back-references work");
	rules_free(&rs);
}

static void
test_file(void)
{
	char path[] = "/tmp/t-rules.XXXXXX";
	struct rules rs;
	size_t u;
	FILE *fp;
	int fd;

	if ((fd = mkstemp(path)) == -1 || (fp = fdopen(fd, "w")) == NULL)
		abort();
	fputs("# promotions\n\n^listen to the podcast\r\n(x)\\1$\n", fp);
	fclose(fp);
	rules_init(&rs, RX_ICASE);
	u = rules_family(&rs, "user", 0, RULES_NOCAP);
	ok(rules_add_file(&rs, u, path, err, sizeof(err)) == 0 &&
	    rs.nsolo == 2, "a pattern file: comments, blanks and CR skipped");
	rules_compile(&rs, err, sizeof(err));
	ok(rules_match(&rs, S("Listen to the podcast"), 0) == (long)u &&
	    rules_match(&rs, S("axx"), 0) == (long)u, "its patterns match");
	if ((fp = fopen(path, "w")) == NULL)
		abort();
	fputs("ok\n(unclosed\n", fp);
	fclose(fp);
	ok(rules_add_file(&rs, u, path, err, sizeof(err)) == -1 &&
	    strstr(err, ":2: ") != NULL, "a bad pattern names its line: %s",
	    err);
	unlink(path);
	ok(rules_add_file(&rs, u, path, err, sizeof(err)) == -1 &&
	    strstr(err, path) == err, "a missing file names itself");
	rules_free(&rs);
}

int
main(void)
{
	test_families();
	test_gates();
	test_file();
	return done_testing();
}
