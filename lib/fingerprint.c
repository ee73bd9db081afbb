/*
 * fingerprint: see fingerprint.h for the rules.  The ASCII table makes
 * the common case one lookup per byte; other characters go through
 * utf8proc one at a time, so that invalid bytes can be kept in place.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "fingerprint.h"
#include "hash.h"
#include "utf8.h"

enum { C_COPY, C_SPACE, C_DROP, C_NUM };

/* What an ASCII character does: [0] strict, [1] loose. */
static unsigned char	ascii_class[2][128];
static char		ascii_lower[128];
/*
 * The same as output bytes: 0 dropped, ' ' a separator, 1 a decimal or
 * thousands mark (C_NUM) or a non-ASCII byte, else the byte.
 */
static char		ascii_map[2][256];
static int		tables_ready;

static void
fp_tables(void)
{
	int c, loose;

	for (loose = 0; loose < 2; loose++)
		for (c = 0; c < 128; c++) {
			if (c <= ' ' || c == 0x7f)
				ascii_class[loose][c] = C_SPACE;
			else if (!loose || (c >= '0' && c <= '9') ||
			    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
				ascii_class[loose][c] = C_COPY;
			else if (c == '.' || c == ',')
				ascii_class[loose][c] = C_NUM;
			else if (c == '\'')
				ascii_class[loose][c] = C_DROP;
			else if (c == '$' || c == '+' || c == '<' ||
			    c == '=' || c == '>' || c == '^' || c == '|' ||
			    c == '~' || c == '`')
				/* Symbols (Unicode S*) stay; ` is a quote. */
				ascii_class[loose][c] = c == '`' ? C_DROP :
				    C_COPY;
			else
				ascii_class[loose][c] = C_SPACE;
		}
	for (c = 0; c < 128; c++)
		ascii_lower[c] = c >= 'A' && c <= 'Z' ? c + 32 : c;
	ascii_lower['`'] = '\'';
	for (loose = 0; loose < 2; loose++)
		for (c = 0; c < 128; c++)
			ascii_map[loose][c] = ascii_class[loose][c] == C_COPY ?
			    ascii_lower[c] : ascii_class[loose][c] == C_SPACE ?
			    ' ' : ascii_class[loose][c] == C_NUM ? 1 : 0;
	memset(ascii_map[0] + 128, 1, 128);
	memset(ascii_map[1] + 128, 1, 128);
	tables_ready = 1;
}

/* Quotes and dashes that utf8proc's lumping leaves alone. */
static int32_t
fp_unify(int32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201a: case 0x201b:
	case 0x2032: case 0x2035: case 0x2039: case 0x203a:
	case 0x00b4: case 0x02bc: case 0xff07:
		return '\'';
	case 0x201c: case 0x201d: case 0x201e: case 0x201f:
	case 0x2033: case 0x2036: case 0x00ab: case 0x00bb:
	case 0x301d: case 0x301e: case 0x301f: case 0xff02:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013:
	case 0x2014: case 0x2015: case 0x2212: case 0x2e3a:
	case 0x2e3b: case 0xfe58: case 0xfe63: case 0xff0d:
		return '-';
	}
	return cp;
}

/*
 * Loose form: between two digits "." stays and "," vanishes, so that
 * 3.5 is not 35 and 4,000 is 4000; elsewhere "." vanishes (U.S. = US)
 * and "," separates.
 */
static inline char
fp_num_mark(int c, int prev, const char *next, const char *end)
{
	int digits = prev >= '0' && prev <= '9' && next < end &&
	    *next >= '0' && *next <= '9';

	if (c == '.')
		return digits ? '.' : 0;
	return digits ? 0 : ' ';
}

/*
 * Branch-free: write always, advance when the byte counts (not dropped,
 * and not a second separator in a row).
 */
static inline char *
fp_put(char *p, char o, int *last)
{
	int isp = o == ' ';

	*p = o;
	p += o != 0 && !(isp & *last);
	*last = o != 0 ? isp : *last;
	return p;
}

struct norm {
	struct buf	*out;
	size_t		 start;		/* where this normal form begins */
	int		 loose;
	int		 space;		/* a separator is pending */
};

static void
fp_emit_ascii(struct norm *n, int c)
{
	switch (ascii_class[n->loose][c]) {
	case C_NUM:
		if (c == ',')
			n->space = 1;
		return;
	case C_SPACE:
		n->space = 1;
		return;
	case C_DROP:
		return;
	}
	if (n->space && n->out->len > n->start)
		buf_addc(n->out, ' ');
	n->space = 0;
	buf_addc(n->out, ascii_lower[c]);
}

static void
fp_emit_bytes(struct norm *n, const char *p, size_t len)
{
	if (n->space && n->out->len > n->start)
		buf_addc(n->out, ' ');
	n->space = 0;
	buf_add(n->out, p, len);
}

/* One decoded non-ASCII character. */
static void
fp_emit_char(struct norm *n, int32_t cp)
{
	utf8proc_int32_t dst[32];
	utf8proc_ssize_t k, i;
	char enc[4];
	int opts;

	cp = fp_unify(cp);
	if (cp < 128) {
		fp_emit_ascii(n, cp);
		return;
	}
	if (utf8_isspace(cp) || utf8proc_category(cp) == UTF8PROC_CATEGORY_CC) {
		n->space = 1;
		return;
	}
	if (n->loose && utf8_ispunct(cp)) {
		n->space = 1;
		return;
	}
	opts = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
	    UTF8PROC_IGNORE | UTF8PROC_LUMP |
	    (n->loose ? UTF8PROC_STRIPMARK : 0);
	k = utf8proc_decompose_char(cp, dst, 32, opts, NULL);
	if (k < 0 || k > 32) {
		/* Unassigned or absurdly long: keep the character itself. */
		fp_emit_bytes(n, enc, utf8_encode(cp, enc));
		return;
	}
	for (i = 0; i < k; i++) {
		cp = fp_unify(dst[i]);
		if (cp < 128)
			fp_emit_ascii(n, cp);
		else if (utf8_isspace(cp) || (n->loose && utf8_ispunct(cp)))
			n->space = 1;
		else
			fp_emit_bytes(n, enc, utf8_encode(cp, enc));
	}
}

/*
 * The ASCII loop writes straight into the buffer: an ASCII byte never
 * makes more than one byte of output (a separator's space is paid for
 * by the separator), so room for the rest of the input is enough until
 * the next non-ASCII character, after which room is made again.  A
 * separator writes a space unless one is already there; the trailing
 * one is taken off at the end.  This loop is most of exact mode's time.
 */
void
fp_normalize(struct buf *out, const char *s, size_t len, int flags)
{
	struct norm n = { out, out->len, (flags & FP_LOOSE) != 0, 0 };
	const char *map, *end = s + len;
	char o;
	int last;
	size_t k;
	int32_t cp;
	char *p, *base;

	if (!tables_ready)
		fp_tables();
	map = ascii_map[n.loose];
	while (s < end) {
		buf_grow(out, end - s);
		base = out->p + n.start;
		p = out->p + out->len;
		if (n.space && p > base && p[-1] != ' ')
			*p++ = ' ';
		n.space = 0;
		last = p == base || p[-1] == ' ';
		for (;;) {
			while (s < end && (o = map[(unsigned char)*s]) != 1) {
				s++;
				p = fp_put(p, o, &last);
			}
			if (s == end || (unsigned char)*s >= 128)
				break;
			o = fp_num_mark(*s, p > base ? p[-1] : ' ', s + 1, end);
			s++;
			p = fp_put(p, o, &last);
		}
		if (p > base && p[-1] == ' ') {
			p--;
			n.space = 1;
		}
		out->len = p - out->p;
		out->p[out->len] = '\0';
		if (s == end)
			break;
		k = utf8_decode(s, end, &cp);
		if (cp == UTF8_INVALID)
			fp_emit_bytes(&n, s, 1);
		else
			fp_emit_char(&n, cp);
		s += k;
	}
}

uint64_t
fp_hash(const char *norm, size_t len)
{
	return hash64_seed(norm, len, FP_SEED);
}

size_t
fp_words(const char *norm, size_t len)
{
	size_t i, words = 0;
	int counted = 0;
	unsigned char c;

	for (i = 0; i < len; i++) {
		c = norm[i];
		if (c == ' ')
			counted = 0;
		else if (!counted && (c >= 128 || (c >= '0' && c <= '9') ||
		    (c >= 'a' && c <= 'z'))) {
			words++;
			counted = 1;
		}
	}
	return words;
}
