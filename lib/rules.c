/*
 * rules: families of patterns joined into one PCRE2 pass per length tier.
 */
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "xalloc.h"

void
rules_init(struct rules *rs, unsigned rxflags)
{
	memset(rs, 0, sizeof(*rs));
	rs->rxflags = rxflags;
}

size_t
rules_family(struct rules *rs, const char *name, unsigned flags,
    size_t maxlen)
{
	struct rules_family *f;
	size_t i;

	for (i = 0; i < rs->nfam; i++)
		if (strcmp(rs->fam[i].name, name) == 0)
			return i;
	rs->fam = xreallocarray(rs->fam, rs->nfam + 1, sizeof(*rs->fam));
	f = &rs->fam[rs->nfam];
	memset(f, 0, sizeof(*f));
	f->name = xstrdup(name);
	f->flags = flags;
	f->maxlen = maxlen;
	return rs->nfam++;
}

int
rules_add(struct rules *rs, size_t fam, const char *pat, size_t patlen,
    unsigned how, char *err, size_t errlen)
{
	struct rules_family *f = &rs->fam[fam];
	struct rx rx;

	if (patlen == (size_t)PCRE2_ZERO_TERMINATED)
		patlen = strlen(pat);
	if (rx_compile(&rx, pat, patlen, rs->rxflags, err, errlen) == -1)
		return -1;
	if (how & RULES_SOLO) {
		rs->solo = xreallocarray(rs->solo, rs->nsolo + 1,
		    sizeof(*rs->solo));
		rs->solo[rs->nsolo].rx = rx;
		rs->solo[rs->nsolo].fam = fam;
		rs->nsolo++;
		return 0;
	}
	rx_free(&rx);
	if (f->npat > 0)
		buf_addc(&f->alt, '|');
	buf_adds(&f->alt, "(?:");
	buf_add(&f->alt, pat, patlen);
	buf_adds(&f->alt, ")");
	f->npat++;
	return 0;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* The distinct caps of the families that have joined patterns, ascending. */
static size_t
rules_caps(const struct rules *rs, size_t *caps)
{
	size_t i, n = 0, k = 0;

	for (i = 0; i < rs->nfam; i++)
		if (rs->fam[i].npat > 0)
			caps[n++] = rs->fam[i].maxlen;
	qsort(caps, n, sizeof(*caps), cmp_size);
	for (i = 0; i < n; i++)
		if (k == 0 || caps[k - 1] != caps[i])
			caps[k++] = caps[i];
	return k;
}

static int
rules_build_tier(struct rules *rs, struct rules_tier *t, char *err,
    size_t errlen)
{
	struct buf pat = BUF_INIT;
	size_t i;
	int rc;

	t->fam = xreallocarray(NULL, rs->nfam, sizeof(*t->fam));
	t->nfam = 0;
	for (i = 0; i < rs->nfam; i++) {
		if (rs->fam[i].npat == 0 || rs->fam[i].maxlen < t->cap)
			continue;
		buf_adds(&pat, t->nfam ? "|(" : "(");
		buf_add(&pat, rs->fam[i].alt.p, rs->fam[i].alt.len);
		buf_addc(&pat, ')');
		t->fam[t->nfam++] = i;
	}
	rc = rx_compile(&t->rx, pat.p, pat.len, rs->rxflags, err, errlen);
	buf_free(&pat);
	return rc;
}

int
rules_compile(struct rules *rs, char *err, size_t errlen)
{
	size_t *caps, n, i;

	caps = xreallocarray(NULL, rs->nfam + 1, sizeof(*caps));
	n = rules_caps(rs, caps);
	rs->tier = xcalloc(n ? n : 1, sizeof(*rs->tier));
	for (i = 0; i < n; i++) {
		rs->tier[i].cap = caps[i];
		if (rules_build_tier(rs, &rs->tier[i], err, errlen) == -1) {
			free(caps);
			rs->ntier = i;
			return -1;
		}
		rs->ntier = i + 1;
	}
	free(caps);
	rs->compiled = 1;
	return 0;
}

static long
rules_match_tier(struct rules_tier *t, const char *s, size_t len)
{
	size_t g, a, b;

	if (rx_match(&t->rx, s, len, 0, NULL, NULL) != RX_MATCH)
		return -1;
	for (g = 1; g <= t->nfam; g++)
		if (rx_group(&t->rx, (int)g, &a, &b))
			return (long)t->fam[g - 1];
	return -1;
}

long
rules_match(struct rules *rs, const char *s, size_t len)
{
	size_t i;
	long fam;

	for (i = 0; i < rs->ntier; i++) {
		if (len > rs->tier[i].cap)
			continue;
		if ((fam = rules_match_tier(&rs->tier[i], s, len)) >= 0)
			return fam;
		break;
	}
	for (i = 0; i < rs->nsolo; i++) {
		if (len > rs->fam[rs->solo[i].fam].maxlen)
			continue;
		if (rx_match(&rs->solo[i].rx, s, len, 0, NULL, NULL) ==
		    RX_MATCH)
			return (long)rs->solo[i].fam;
	}
	return -1;
}

const struct rules_family *
rules_get(const struct rules *rs, size_t fam)
{
	return fam < rs->nfam ? &rs->fam[fam] : NULL;
}

void
rules_free(struct rules *rs)
{
	size_t i;

	for (i = 0; i < rs->ntier; i++) {
		rx_free(&rs->tier[i].rx);
		free(rs->tier[i].fam);
	}
	for (i = 0; i < rs->nsolo; i++)
		rx_free(&rs->solo[i].rx);
	for (i = 0; i < rs->nfam; i++) {
		free(rs->fam[i].name);
		buf_free(&rs->fam[i].alt);
	}
	free(rs->tier);
	free(rs->solo);
	free(rs->fam);
	memset(rs, 0, sizeof(*rs));
}
