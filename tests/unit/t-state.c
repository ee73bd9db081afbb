/*
 * t-state: the state file round trip, and every way a file is refused
 * (and left as it was).
 */
#include <sys/stat.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fpset.h"
#include "state.h"
#include "tap.h"

static char dir[] = "/tmp/t-state.XXXXXX";
static char path[256];

static int
load(struct st_params *want, struct fpset *e, struct fpset *g,
    uint16_t today, unsigned max_age, char *err)
{
	struct st_file st;
	int rv;

	fpset_init(e, 0);
	fpset_init(g, 0);
	if (st_open(&st, path, 1, err, 256) == -1)
		return -1;
	rv = st_load(&st, want, e, g, today, max_age, err, 256);
	st_close(&st);
	return rv;
}

static int
save(struct st_params *p, struct fpset *e, struct fpset *g, char *err)
{
	struct st_file st;
	int rv;

	if (st_open(&st, path, 0, err, 256) == -1)
		return -1;
	st.params = *p;
	rv = st_save(&st, e, g, err, 256);
	st_close(&st);
	return rv;
}

static size_t
slurp(unsigned char **p)
{
	FILE *fp = fopen(path, "rb");
	size_t n;

	*p = malloc(1 << 20);
	n = fp ? fread(*p, 1, 1 << 20, fp) : 0;
	if (fp)
		fclose(fp);
	return n;
}

static void
spit(const unsigned char *p, size_t n)
{
	FILE *fp = fopen(path, "wb");

	fwrite(p, 1, n, fp);
	fclose(fp);
}

/* Write bytes, try to load them, and check they are refused untouched. */
static void
refused(const unsigned char *p, size_t n, const char *want, const char *what)
{
	struct st_params lp = { 1, 5 };
	struct fpset e, g;
	unsigned char *back;
	char err[256] = "";
	size_t m;

	spit(p, n);
	ok(load(&lp, &e, &g, 100, 0, err) == -1 && strstr(err, want) != NULL,
	    "%s: refused (%s)", what, err);
	m = slurp(&back);
	ok(m == n && memcmp(back, p, n) == 0, "%s: file left as it was", what);
	free(back);
	fpset_free(&e);
	fpset_free(&g);
}

int
main(void)
{
	struct st_params lp = { 1, 5 }, sp = { 0, 0 }, xp = { 1, 0 };
	struct fpset e, g, e2, g2;
	unsigned char *p, *q;
	char err[256], lock[300];
	uint64_t i;
	size_t n;

	(void)is_str;
	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof(path), "%s/state", dir);

	ok(load(&lp, &e, &g, 100, 0, err) == 0 && e.n == 0 && g.n == 0,
	    "a missing file is an empty state");
	for (i = 1; i <= 1000; i++)
		fpset_add(&e, i * 0x9e3779b97f4a7c15ULL, (uint16_t)(i % 50 + 50),
		    0);
	for (i = 1; i <= 300; i++)
		fpset_add(&g, i * 0x51afd7ed558ccd01ULL, 99, 0);
	ok(save(&lp, &e, &g, err) == 0, "save");
	n = slurp(&p);
	ok(n == ST_HEADER + 1300 * ST_ENTRY + 8, "size is header, entries, sum");
	ok(memcmp(p, ST_MAGIC, 8) == 0, "magic at the start");

	ok(load(&lp, &e2, &g2, 100, 0, err) == 0 && e2.n == 1000 &&
	    g2.n == 300, "load gives back every entry");
	for (i = 1; i <= 1000; i++) {
		uint16_t d1 = 0, d2 = 1;

		fpset_find(&e, i * 0x9e3779b97f4a7c15ULL, &d1, NULL);
		if (!fpset_find(&e2, i * 0x9e3779b97f4a7c15ULL, &d2, NULL) ||
		    d1 != d2)
			break;
	}
	ok(i == 1001, "with their days");
	fpset_free(&e2);
	fpset_free(&g2);

	ok(load(&lp, &e2, &g2, 100, 30, err) == 0 && e2.n == 600 &&
	    g2.n == 300, "max age 30 on day 100 forgets days before 70");
	fpset_free(&e2);
	fpset_free(&g2);
	ok(load(&xp, &e2, &g2, 100, 0, err) == 0 && g2.n == 300,
	    "a run without n-grams still loads them, to save them back");
	fpset_free(&e2);
	fpset_free(&g2);

	ok(load(&sp, &e2, &g2, 100, 0, err) == -1 && strstr(err, "--loose"),
	    "a strict run refuses a loose state: %s", err);
	fpset_free(&e2);
	fpset_free(&g2);
	lp.ngram = 4;
	ok(load(&lp, &e2, &g2, 100, 0, err) == -1 && strstr(err, "n-grams"),
	    "another n-gram size is refused: %s", err);
	lp.ngram = 5;
	fpset_free(&e2);
	fpset_free(&g2);

	q = malloc(n);
	memcpy(q, p, n);
	q[ST_HEADER + 5] ^= 1;
	refused(q, n, "checksum", "one flipped bit");
	refused(p, n - 1, "size", "truncated by a byte");
	refused(p, ST_HEADER + 3, "size", "cut in the entries");
	refused(p, 10, "size", "cut in the header");
	refused(p, 5, "not a dedupe", "cut in the magic");
	refused((const unsigned char *)"hello, world\n", 13, "not a dedupe",
	    "a foreign text file");
	memcpy(q, p, n);
	q[8] = 2;
	refused(q, n, "version 2", "a newer version");
	memcpy(q, p, n);
	q[16] = 0xff;
	refused(q, n, "size", "a count that does not match");

	spit((const unsigned char *)"", 0);
	ok(load(&lp, &e2, &g2, 100, 0, err) == 0 && e2.n == 0,
	    "an empty file is an empty state");
	fpset_free(&e2);
	fpset_free(&g2);

	fpset_free(&e);
	fpset_free(&g);
	free(p);
	free(q);
	unlink(path);
	snprintf(lock, sizeof(lock), "%s.lock", path);
	unlink(lock);
	rmdir(dir);
	return done_testing();
}
