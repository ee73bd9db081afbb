/*
 * rules: families of patterns, one PCRE2 pass per family, gated.
 */
#include <errno.h>
#include <stdio.h>
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

void
rules_family_gate(struct rules *rs, size_t fam, unsigned gate)
{
	rs->fam[fam].gate = 1ULL << (gate & 63);
}

static void
rules_add_solo(struct rules *rs, size_t fam, struct rx *rx, uint64_t gate,
    size_t tail)
{
	rs->solo = xreallocarray(rs->solo, rs->nsolo + 1, sizeof(*rs->solo));
	rs->solo[rs->nsolo].rx = *rx;
	rs->solo[rs->nsolo].fam = fam;
	rs->solo[rs->nsolo].gate = gate;
	rs->solo[rs->nsolo].tail = tail;
	rs->nsolo++;
}

int
rules_add_gated(struct rules *rs, size_t fam, const char *pat,
    size_t patlen, unsigned gate, size_t tail, char *err, size_t errlen)
{
	struct rx rx;

	if (patlen == (size_t)PCRE2_ZERO_TERMINATED)
		patlen = strlen(pat);
	if (rx_compile(&rx, pat, patlen, rs->rxflags, err, errlen) == -1)
		return -1;
	rules_add_solo(rs, fam, &rx, 1ULL << (gate & 63), tail);
	return 0;
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
		rules_add_solo(rs, fam, &rx, 0, 0);
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

int
rules_add_file(struct rules *rs, size_t fam, const char *path, char *err,
    size_t errlen)
{
	FILE *fp;
	char *line = NULL, msg[256];
	size_t cap = 0, lineno = 0;
	ssize_t n;
	int rc = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while (rc == 0 && (n = getline(&line, &cap, fp)) != -1) {
		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			n--;
		if (n > 0 && line[n - 1] == '\r')
			n--;
		if (n == 0 || line[0] == '#')
			continue;
		if (rules_add(rs, fam, line, (size_t)n, RULES_SOLO, msg,
		    sizeof(msg)) == -1) {
			snprintf(err, errlen, "%s:%zu: %s", path, lineno, msg);
			rc = -1;
		}
	}
	if (rc == 0 && ferror(fp)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		rc = -1;
	}
	free(line);
	fclose(fp);
	return rc;
}

int
rules_compile(struct rules *rs, char *err, size_t errlen)
{
	struct rules_family *f;
	size_t i;

	for (i = 0; i < rs->nfam; i++) {
		f = &rs->fam[i];
		if (f->npat == 0 || f->compiled)
			continue;
		if (rx_compile(&f->rx, f->alt.p, f->alt.len, rs->rxflags, err,
		    errlen) == -1)
			return -1;
		f->compiled = 1;
	}
	return 0;
}

static int
open_gate(uint64_t gate, uint64_t gates)
{
	return gate == 0 || (gate & gates) != 0;
}

/* Where a search of the last tail bytes of [s, s+len) starts. */
static size_t
tail_start(const char *s, size_t len, size_t tail)
{
	size_t start;

	if (tail == 0 || len <= tail)
		return 0;
	start = len - tail;
	while (start > 0 && ((unsigned char)s[start] & 0xc0) == 0x80)
		start--;
	return start;
}

long
rules_match(struct rules *rs, const char *s, size_t len, uint64_t gates)
{
	struct rules_family *f;
	size_t i;

	for (i = 0; i < rs->nfam; i++) {
		f = &rs->fam[i];
		if (!f->compiled || len > f->maxlen ||
		    !open_gate(f->gate, gates))
			continue;
		if (rx_match(&f->rx, s, len, 0, NULL, NULL) == RX_MATCH)
			return (long)i;
	}
	for (i = 0; i < rs->nsolo; i++) {
		if (len > rs->fam[rs->solo[i].fam].maxlen ||
		    !open_gate(rs->solo[i].gate, gates))
			continue;
		if (rx_match(&rs->solo[i].rx, s, len, tail_start(s, len,
		    rs->solo[i].tail), NULL, NULL) == RX_MATCH)
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

	for (i = 0; i < rs->nfam; i++) {
		if (rs->fam[i].compiled)
			rx_free(&rs->fam[i].rx);
		free(rs->fam[i].name);
		buf_free(&rs->fam[i].alt);
	}
	for (i = 0; i < rs->nsolo; i++)
		rx_free(&rs->solo[i].rx);
	free(rs->solo);
	free(rs->fam);
	memset(rs, 0, sizeof(*rs));
}
