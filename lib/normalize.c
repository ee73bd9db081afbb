/*
 * normalize: see normalize.h.
 */
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <utf8proc.h>

#include "buf.h"
#include "mojibake.h"
#include "normalize.h"
#include "utf8.h"

const char *const nz_kind_names[NZK_NKINDS] = {
	"entities", "invalid", "mojibake", "c1", "form", "punct", "spaces",
	"zero_width", "controls", "collapse", "trim"
};

/* Per BMP character: which steps could change it. */
#define C_NFC	0x01	/* NFC might change it (quick check "no" or "maybe") */
#define C_NFKC	0x02	/* NFKC might */
#define C_SPACE	0x04
#define C_ZW	0x08
#define C_CTRL	0x10
#define C_PUNCT	0x20
static uint8_t	cls[0x10000];
static int	cls_ready;

static struct buf	bufs[2];

/*
 * The characters NFC may change: a combining class, an exclusion from
 * composition, a singleton decomposition, or being the second part of
 * some canonical decomposition (it may compose with what precedes).
 * A superset is harmless: it only sends a line down the slow path.
 */
static void
mark_form(int32_t cp)
{
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	utf8proc_int32_t d[8];
	utf8proc_ssize_t n, i;
	int last;

	/* needs() decodes first, so cp is never a surrogate here. */

	if (p->combining_class != 0 || p->comp_exclusion)
		cls[cp] |= C_NFC | C_NFKC;
	if (p->decomp_seqindex != UINT16_MAX)
		cls[cp] |= C_NFKC;
	last = 0;
	n = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &last);
	if (n == 1 && d[0] != cp)
		cls[cp] |= C_NFC | C_NFKC;
	for (i = 1; i < n && i < 8; i++)
		if (d[i] < 0x10000)
			cls[d[i]] |= C_NFC | C_NFKC;
}

static int
is_zero_width(int32_t cp)
{
	/* ZWJ and ZWNJ are kept: emoji sequences and Persian need them. */
	return cp == 0x00AD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF ||
	    cp == 0x180E || (cp >= 0x2061 && cp <= 0x2064);
}

static int32_t
ascii_punct(int32_t cp, const char **s)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x2039: case 0x203A:
		*s = "'"; return 1;
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
	case 0x00AB: case 0x00BB:
		*s = "\""; return 1;
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
		*s = "-"; return 1;
	case 0x2014: case 0x2015:
		*s = "--"; return 1;
	case 0x2026:
		*s = "..."; return 1;
	case 0x2022: case 0x2023: case 0x2043: case 0x25CF: case 0x25E6:
	case 0x2219:
		*s = "*"; return 1;
	}
	return 0;
}

static void
cls_init(void)
{
	int32_t cp;
	const char *s;
	int c;

	if (cls_ready)
		return;
	for (cp = 0x80; cp < 0x10000; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		mark_form(cp);
		c = utf8proc_category(cp);
		if (c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
		    c == UTF8PROC_CATEGORY_ZP)
			cls[cp] |= C_SPACE;
		if (is_zero_width(cp))
			cls[cp] |= C_ZW;
		if (c == UTF8PROC_CATEGORY_CC)
			cls[cp] |= C_CTRL;
		if (ascii_punct(cp, &s))
			cls[cp] |= C_PUNCT;
	}
	cls_ready = 1;
}

static unsigned
cls_of(int32_t cp)
{
	const utf8proc_property_t *p;

	if (cp < 0x10000)
		return cls[cp];
	p = utf8proc_get_property(cp);
	return (p->combining_class != 0 || p->comp_exclusion ? C_NFC : 0) |
	    (p->decomp_seqindex != UINT16_MAX ? C_NFKC | C_NFC : 0);
}

/*
 * ASCII bytes that need a look: 0 for the letters, digits and
 * punctuation that make up most of a line, so that the scan below spends
 * one load and one branch on them.
 */
static uint8_t plain[256];

static void
plain_init(void)
{
	int c;

	for (c = 0; c < 256; c++)
		plain[c] = c < 0x20 || c >= 0x7F || c == ' ' || c == '&';
}

#ifdef __SSE2__
/*
 * Skip sixteen bytes at a time while they are printable ASCII other than
 * '&' (spaces included; two in a row are noted).  Most of a line of news
 * is such bytes, and this is where the time of a clean line goes.
 */
static const unsigned char *
skip_plain(const unsigned char *p, const unsigned char *end, unsigned *need)
{
	const __m128i ctl = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F);
	const __m128i amp = _mm_set1_epi8('&'), sp = _mm_set1_epi8(' ');
	__m128i v, w, odd;

	while (end - p >= 17) {
		v = _mm_loadu_si128((const __m128i *)p);
		w = _mm_loadu_si128((const __m128i *)(p + 1));
		/* Signed: bytes 80 to FF are negative, so not above 1F. */
		odd = _mm_or_si128(_mm_cmpeq_epi8(v, del), _mm_cmpeq_epi8(v, amp));
		if ((_mm_movemask_epi8(_mm_cmpgt_epi8(v, ctl)) &
		    ~_mm_movemask_epi8(odd)) != 0xFFFF)
			break;
		if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(v, sp),
		    _mm_cmpeq_epi8(w, sp))))
			*need |= NZK_COLLAPSE;
		p += 16;
	}
	return p;
}
#else
static const unsigned char *
skip_plain(const unsigned char *p, const unsigned char *end, unsigned *need)
{
	(void)end;
	(void)need;
	return p;
}
#endif

/* One character or byte that is not plain ASCII; returns what follows. */
static const unsigned char *
look_at(const unsigned char *p, const unsigned char *end, unsigned form,
    unsigned *need)
{
	unsigned c = *p;
	int32_t cp;

	if (c == ' ') {
		if (p + 1 < end && p[1] == ' ')
			*need |= NZK_COLLAPSE;
		return p + 1;
	}
	if (c == '&') {
		*need |= NZK_ENTITIES;
		return p + 1;
	}
	if (c < 0x80) {
		if (c != '\t')
			*need |= NZK_CONTROLS;
		return p + 1;
	}
	if (!cls_ready)
		cls_init();
	p += utf8_decode((const char *)p, (const char *)end, &cp);
	if (cp < 0) {
		*need |= NZK_INVALID;
		return p;
	}
	c = cls_of(cp);
	*need |= NZK_MOJIBAKE | (c & form ? NZK_FORM : 0) |
	    (c & C_SPACE ? NZK_SPACES : 0) | (c & C_ZW ? NZK_ZEROWIDTH : 0) |
	    (c & C_CTRL ? NZK_CONTROLS : 0) | (c & C_PUNCT ? NZK_PUNCT : 0);
	return p;
}

/* One scan: which steps have work to do on this line. */
static unsigned
needs(const struct nz_opts *o, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	const unsigned char *lim;
	unsigned need = 0, form;

	if (!plain[0])
		plain_init();
	form = o->form == NZ_NFKC ? C_NFKC : o->form == NZ_NFC ? C_NFC : 0;
	if (o->trim && len > 0 && (s[0] == ' ' || s[0] == '\t' ||
	    s[len - 1] == ' ' || s[len - 1] == '\t'))
		need |= NZK_TRIM;
	while (p < end) {
		p = skip_plain(p, end, &need);
		/* Byte by byte up to the next run that the skip can take. */
		lim = end - p > 16 ? p + 16 : end;
		while (p < lim) {
			if (!plain[*p])
				p++;
			else
				p = look_at(p, end, form, &need);
		}
	}
	if (!o->entities)
		need &= ~NZK_ENTITIES;
	if (o->invalid == NZ_KEEP)
		need &= ~NZK_INVALID;
	if (!o->mojibake)
		need &= ~NZK_MOJIBAKE;
	if (!o->punct)
		need &= ~NZK_PUNCT;
	if (!o->spaces)
		need &= ~NZK_SPACES;
	if (!o->zerowidth)
		need &= ~NZK_ZEROWIDTH;
	if (!o->controls)
		need &= ~NZK_CONTROLS;
	if (!o->collapse)
		need &= ~NZK_COLLAPSE;
	if (!o->trim)
		need &= ~NZK_TRIM;
	return need;
}

static void
step_invalid(const struct nz_opts *o, const char *s, size_t len,
    struct buf *out)
{
	const char *p = s, *end = s + len;
	size_t k;
	int32_t cp;

	while (p < end) {
		k = utf8_valid_prefix(p, (size_t)(end - p));
		buf_add(out, p, k);
		p += k;
		if (p >= end)
			break;
		k = utf8_decode(p, end, &cp);
		if (o->invalid == NZ_REPLACE)
			buf_add(out, "\xEF\xBF\xBD", 3);
		p += k;
	}
}

/* NFC or NFKC of each valid stretch; invalid bytes pass through. */
static void
step_form(const struct nz_opts *o, const char *s, size_t len,
    struct buf *out)
{
	const char *p = s, *end = s + len;
	utf8proc_uint8_t *res;
	utf8proc_ssize_t n;
	int flags = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	size_t k;

	if (o->form == NZ_NFKC)
		flags |= UTF8PROC_COMPAT;
	while (p < end) {
		k = utf8_valid_prefix(p, (size_t)(end - p));
		if (k > 0) {
			n = utf8proc_map((const utf8proc_uint8_t *)p,
			    (utf8proc_ssize_t)k, &res, flags);
			if (n < 0)
				buf_add(out, p, k);
			else {
				buf_add(out, res, (size_t)n);
				free(res);
			}
			p += k;
		}
		if (p < end)
			buf_addc(out, *p++);
	}
}

/* Character by character: punctuation, spaces, zero-width, controls. */
static void
step_chars(unsigned need, const char *s, size_t len, struct buf *out)
{
	const char *p = s, *end = s + len, *rep;
	int32_t cp;
	size_t k;
	unsigned c;

	while (p < end) {
		k = utf8_decode(p, end, &cp);
		if (cp < 0) {
			buf_addc(out, *p++);
			continue;
		}
		if (cp < 0x80)
			c = (cp < 0x20 && cp != '\t') || cp == 0x7F ? C_CTRL : 0;
		else
			c = cls_of(cp);
		if ((need & NZK_CONTROLS) && (c & C_CTRL))
			;
		else if ((need & NZK_ZEROWIDTH) && (c & C_ZW))
			;
		else if ((need & NZK_SPACES) && (c & C_SPACE))
			buf_addc(out, ' ');
		else if ((need & NZK_PUNCT) && (c & C_PUNCT) &&
		    ascii_punct(cp, &rep))
			buf_adds(out, rep);
		else
			buf_add(out, p, k);
		p += k;
	}
}

static void
step_spaces(unsigned need, const char *s, size_t len, struct buf *out)
{
	size_t i, b = 0, e = len;

	if (need & NZK_TRIM) {
		while (b < e && (s[b] == ' ' || s[b] == '\t'))
			b++;
		while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
	}
	for (i = b; i < e; i++) {
		if ((need & NZK_COLLAPSE) && s[i] == ' ' && i > b &&
		    s[i - 1] == ' ')
			continue;
		buf_addc(out, s[i]);
	}
}

static int
same(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

/* Run one step from the current text into the other buffer. */
#define STEP(call) do {							\
	struct buf *dst = &bufs[cur == &bufs[0] ? 1 : 0];		\
	buf_reset(dst);							\
	call;								\
	if (!same(dst->p, dst->len, t, n))				\
		changed = 1;						\
	cur = dst; t = dst->len ? dst->p : ""; n = dst->len;		\
} while (0)

int
nz_line(const struct nz_opts *o, const char *s, size_t len,
    const char **res, size_t *reslen, struct nz_change *ch)
{
	struct nz_change dummy;
	struct buf *cur = NULL;
	const char *t = s;
	size_t n = len;
	unsigned need, kinds = 0;
	int changed;

	if (ch == NULL)
		ch = &dummy;
	memset(ch, 0, sizeof(*ch));
	need = needs(o, s, len);
	if (need == 0)
		return 0;
	if (need & NZK_ENTITIES) {
		changed = 0;
		STEP(nz_entities(t, n, dst));
		kinds |= changed ? NZK_ENTITIES : 0;
		need = needs(o, t, n);
	}
	if (need & NZK_INVALID) {
		changed = 0;
		STEP(step_invalid(o, t, n, dst));
		kinds |= changed ? NZK_INVALID : 0;
	}
	if (need & NZK_MOJIBAKE) {
		struct buf *dst = &bufs[cur == &bufs[0] ? 1 : 0];

		buf_reset(dst);
		if (mj_fix(t, n, dst, &ch->mj)) {
			kinds |= (ch->mj.seqs ? NZK_MOJIBAKE : 0) |
			    (ch->mj.c1 ? NZK_C1 : 0);
			cur = dst;
			t = dst->len ? dst->p : "";
			n = dst->len;
			need = needs(o, t, n) | (need & NZK_FORM);
		}
	}
	if (need & NZK_FORM) {
		changed = 0;
		STEP(step_form(o, t, n, dst));
		kinds |= changed ? NZK_FORM : 0;
		if (changed && o->form == NZ_NFKC)
			need = needs(o, t, n);
	}
	if (need & (NZK_PUNCT | NZK_SPACES | NZK_ZEROWIDTH | NZK_CONTROLS)) {
		changed = 0;
		STEP(step_chars(need, t, n, dst));
		kinds |= changed ? need & (NZK_PUNCT | NZK_SPACES |
		    NZK_ZEROWIDTH | NZK_CONTROLS) : 0;
		need = needs(o, t, n) & (NZK_COLLAPSE | NZK_TRIM);
	}
	if (need & (NZK_COLLAPSE | NZK_TRIM)) {
		changed = 0;
		STEP(step_spaces(need, t, n, dst));
		kinds |= changed ? need & (NZK_COLLAPSE | NZK_TRIM) : 0;
	}
	ch->kinds = kinds;
	if (kinds == 0 || same(t, n, s, len))
		return 0;
	*res = n > 0 ? t : "";
	*reslen = n;
	return 1;
}

/*
 * HTML entities: the Latin-1 block by position, then the names news
 * pages use for punctuation and symbols (HTML 4's list, less Greek and
 * math rarely seen in prose).
 */
static const char *const latin1_names[96] = {
	"nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
	"uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
	"deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
	"cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34",
	"iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring",
	"AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave",
	"Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
	"Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute",
	"Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute",
	"acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
	"eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth",
	"ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
	"oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn",
	"yuml"
};

static const struct {
	const char	*name;
	int32_t		 cp;
} other_names[] = {
	{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
	{ "apos", '\'' }, { "OElig", 0x152 }, { "oelig", 0x153 },
	{ "Scaron", 0x160 }, { "scaron", 0x161 }, { "Yuml", 0x178 },
	{ "fnof", 0x192 }, { "circ", 0x2C6 }, { "tilde", 0x2DC },
	{ "ensp", 0x2002 }, { "emsp", 0x2003 }, { "thinsp", 0x2009 },
	{ "zwnj", 0x200C }, { "zwj", 0x200D }, { "lrm", 0x200E },
	{ "rlm", 0x200F }, { "ndash", 0x2013 }, { "mdash", 0x2014 },
	{ "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "sbquo", 0x201A },
	{ "ldquo", 0x201C }, { "rdquo", 0x201D }, { "bdquo", 0x201E },
	{ "dagger", 0x2020 }, { "Dagger", 0x2021 }, { "bull", 0x2022 },
	{ "hellip", 0x2026 }, { "permil", 0x2030 }, { "prime", 0x2032 },
	{ "Prime", 0x2033 }, { "lsaquo", 0x2039 }, { "rsaquo", 0x203A },
	{ "oline", 0x203E }, { "frasl", 0x2044 }, { "euro", 0x20AC },
	{ "trade", 0x2122 }, { "larr", 0x2190 }, { "uarr", 0x2191 },
	{ "rarr", 0x2192 }, { "darr", 0x2193 }, { "harr", 0x2194 },
	{ "minus", 0x2212 }, { "lowast", 0x2217 }, { "radic", 0x221A },
	{ "infin", 0x221E }, { "asymp", 0x2248 }, { "ne", 0x2260 },
	{ "le", 0x2264 }, { "ge", 0x2265 }, { "loz", 0x25CA },
	{ "spades", 0x2660 }, { "clubs", 0x2663 }, { "hearts", 0x2665 },
	{ "diams", 0x2666 }, { "alpha", 0x3B1 }, { "beta", 0x3B2 },
	{ "gamma", 0x3B3 }, { "delta", 0x3B4 }, { "mu", 0x3BC },
	{ "pi", 0x3C0 }, { "sigma", 0x3C3 }, { "Omega", 0x3A9 },
	{ "hyphen", 0x2010 }, { "nbhy", 0x2011 }, { "half", 0xBD },
};

static int32_t
entity_named(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < 96; i++)
		if (strlen(latin1_names[i]) == n &&
		    memcmp(latin1_names[i], s, n) == 0)
			return (int32_t)(0xA0 + i);
	for (i = 0; i < sizeof(other_names) / sizeof(other_names[0]); i++)
		if (strlen(other_names[i].name) == n &&
		    memcmp(other_names[i].name, s, n) == 0)
			return other_names[i].cp;
	return -1;
}

/* HTML's rule: &#128; to &#159; mean Windows-1252, bad numbers U+FFFD. */
static int32_t
entity_number(const char *s, size_t n)
{
	static const int32_t w[32] = {
		0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178
	};
	int32_t v = 0;
	size_t i = 1;
	int hex = 0, d;

	if (n > 1 && (s[1] == 'x' || s[1] == 'X')) {
		hex = 1;
		i = 2;
	}
	if (i >= n || n - i > 8)
		return -1;
	for (; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (hex && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f')
			d = (s[i] | 0x20) - 'a' + 10;
		else
			return -1;
		v = v * (hex ? 16 : 10) + d;
		if (v > 0x10FFFF)
			return 0xFFFD;
	}
	if (v >= 0x80 && v < 0xA0)
		return w[v - 0x80];
	if (v == 0 || (v >= 0xD800 && v <= 0xDFFF))
		return 0xFFFD;
	return v;
}

size_t
nz_entities(const char *s, size_t len, struct buf *out)
{
	const char *p = s, *end = s + len, *amp, *semi;
	char enc[4];
	int32_t cp;
	size_t n = 0;

	while (p < end && (amp = memchr(p, '&', (size_t)(end - p))) != NULL) {
		buf_add(out, p, (size_t)(amp - p));
		p = amp + 1;
		semi = memchr(p, ';', (size_t)(end - p) < 34 ?
		    (size_t)(end - p) : 34);
		cp = -1;
		if (semi != NULL && semi > p)
			cp = *p == '#' ? entity_number(p, (size_t)(semi - p)) :
			    entity_named(p, (size_t)(semi - p));
		if (cp < 0) {
			buf_addc(out, '&');
			continue;
		}
		buf_add(out, enc, utf8_encode(cp, enc));
		p = semi + 1;
		n++;
	}
	buf_add(out, p, (size_t)(end - p));
	return n;
}
