/*
 * mojibake: see mojibake.h.
 *
 * A line is decoded into code points.  For each code page we map every
 * character back to the byte it came from and look, left to right, for
 * a character that maps to a UTF-8 lead byte followed by characters
 * that map to continuation bytes and together decode to one valid
 * character (a candidate).  Two damages are undone on the way: a space
 * where byte A0 was (no-break spaces are often turned into spaces), and
 * U+FFFD or '?' where a byte was lost (the repair is then U+FFFD, as
 * the character cannot be known).
 *
 * The plausibility rule.  A candidate is
 *   strong  when what it decodes to is rare as an accident: a 3- or
 *           4-byte sequence giving punctuation, a symbol, an emoji or a
 *           Vietnamese letter ("â€™", "ðŸ˜€", "áº¡"), or one holding a C1
 *           control ("â\u0080\u0099");
 *   medium  for the two-character forms of Latin-1 letters in code
 *           pages where they start with a capital that rarely comes
 *           before a symbol ("Ã©", "Â£");
 *   weak    otherwise: other capitals before a symbol ("Ä±", "×‘"),
 *           letters of other scripts from 3 bytes, lost-space forms.
 * Strong ones are always repaired.  Medium ones when the line has
 * another candidate or no genuine non-ASCII text.  Weak ones only with
 * corroboration: a neighbouring candidate of the same script (a mojibake
 * word), two or more of them inside words, a letter next to it and a
 * script that is plausible alone, or other repairs in the same line.
 * Every repair must also keep letter case plausible (no lower-case
 * letter between capitals, no capital after a lower-case letter), which
 * is what keeps upper-case Portuguese and Finnish intact.  The code page
 * with the most accepted repairs wins the line; layers repeat.
 */
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "mojibake.h"
#include "utf8.h"
#include "xalloc.h"

enum { E_1252, E_MAC, E_1250, E_1251, E_1257, E_437, E_KOI8, E_88592,
	NENC };

/*
 * isolated: a weak candidate may stand alone inside a word; medium:
 * bytes C2 and C3 are capitals (Â Ã) that rarely precede symbols.  The
 * Central European pages' C3 is Ă, an everyday Romanian letter, and the
 * Cyrillic and box-drawing pages' are ordinary letters or line art:
 * there only runs and evidence count.  latin1: a C1 control in the text
 * stands for its own byte (the page's text may be mixed with Latin-1);
 * not where bytes 80 to 9F are letters.
 */
static const struct {
	const char	*iconv;
	const char	*name;
	int		 isolated;
	int		 medium;
	int		 latin1;
} encs[NENC] = {
	{ "CP1252",	"windows-1252",	1, 1, 1 },
	{ "MACINTOSH",	"macroman",	1, 1, 0 },
	{ "CP1250",	"windows-1250",	1, 0, 1 },
	{ "CP1251",	"windows-1251",	0, 0, 1 },
	{ "CP1257",	"windows-1257",	1, 0, 1 },
	{ "CP437",	"cp437",	0, 0, 0 },
	{ "KOI8-R",	"koi8-r",	0, 0, 0 },
	{ "ISO-8859-2",	"iso-8859-2",	1, 0, 1 },
};

/* Byte of a BMP character in each page (0: none; ASCII is itself). */
static uint8_t	tobyte[NENC][0x10000];
static uint8_t	leadmask[0x10000];	/* bit e: maps to C2..F4 */
static uint8_t	contmask[0x10000];	/* bit e: maps to 80..BF */
static uint8_t	lead2mask[0x10000];	/* bit e: maps to C2 or C3 */
static int32_t	w1252[32];		/* 80..9F in Windows-1252, 0 if none */
static int	ready;

enum { K_NONE, K_STRONG, K_MEDIUM, K_WEAK, K_WEAKQ, K_SHY };
#define F_SPACE		0x01	/* a space stood for byte A0 */
#define F_LOSSY		0x02	/* U+FFFD stood for a lost byte */
#define F_LOSSYQ	0x04	/* '?' stood for a lost byte */
#define F_C1		0x08	/* a C1 control was a continuation */
#define F_KEEPSP	0x10	/* the space after "à" was coalesced: keep it */
#define F_LETTERS	0x20	/* lead and continuations: letters of one script */

struct cand {
	size_t	at;		/* first character */
	size_t	n;		/* characters replaced */
	int32_t	cp;		/* what they decode to */
	int	nb;		/* UTF-8 length */
	int	kind;
	unsigned flags;
	int	acc;
	size_t	run;		/* length of its chain (mark_runs) */
};

struct line {
	int32_t		*cp;	/* negative: invalid byte -(b + 1) */
	size_t		 n, cap;
	struct cand	*c;
	size_t		 nc, ccap;
	int32_t		*tmp;
	size_t		 tcap;
};

static struct line L;

static int32_t
byte_to_cp(iconv_t cd, unsigned char b)
{
	char in[1], out[4], *ip = in, *op = out;
	size_t il = 1, ol = sizeof(out);

	in[0] = (char)b;
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || ol != 0)
		return -1;
	return (int32_t)((unsigned char)out[0] | (unsigned char)out[1] << 8 |
	    (unsigned char)out[2] << 16 | (unsigned)(unsigned char)out[3] << 24);
}

static void
build_page(int e)
{
	iconv_t cd;
	int32_t cp;
	int b;

	cd = iconv_open("UTF-32LE", encs[e].iconv);
	if (cd == (iconv_t)-1)
		return;		/* that page is simply not tried */
	for (b = 0x80; b <= 0xFF; b++) {
		cp = byte_to_cp(cd, (unsigned char)b);
		if (cp < 0 || cp > 0xFFFF)
			cp = b;		/* "sloppy": undefined is Latin-1 */
		if (tobyte[e][cp] == 0)
			tobyte[e][cp] = (uint8_t)b;
		if (e == E_1252 && b < 0xA0)
			w1252[b - 0x80] = cp == b ? 0 : cp;
	}
	iconv_close(cd);
	/* Latin-1 mixed in: a C1 control stands for its own byte. */
	for (b = 0x80; b < 0xA0 && encs[e].latin1; b++)
		if (tobyte[e][b] == 0)
			tobyte[e][b] = (uint8_t)b;
}

static void
mj_init(void)
{
	int e;
	uint32_t cp;
	uint8_t b;

	if (ready)
		return;
	for (e = 0; e < NENC; e++)
		build_page(e);
	/* iconv puts MacRoman's apple at U+E01E; the usual home is U+F8FF. */
	tobyte[E_MAC][0xF8FF] = 0xF0;
	for (cp = 0x80; cp < 0x10000; cp++)
		for (e = 0; e < NENC; e++) {
			b = tobyte[e][cp];
			if (b >= 0xC2 && b <= 0xF4)
				leadmask[cp] |= 1u << e;
			if (b == 0xC2 || b == 0xC3)
				lead2mask[cp] |= 1u << e;
			if (b >= 0x80 && b <= 0xBF)
				contmask[cp] |= 1u << e;
		}
	ready = 1;
}

static unsigned
mask_of(const uint8_t *t, int32_t cp)
{
	return cp >= 0x80 && cp < 0x10000 ? t[cp] : 0;
}

/*
 * The fast path: any character that could start a sequence followed by
 * one that could continue it (in some page), a C1 control, U+FFFD, or a
 * two-byte lead before a space or '?'.  Plain ASCII is skipped a word at
 * a time.
 */
int
mj_suspect(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	unsigned plead = 0;
	int32_t cp, nx;
	uint64_t w;
	size_t k;

	mj_init();
	while (p < end) {
		if ((unsigned char)*p < 0x80) {
			plead = 0;
			while (end - p >= 8) {
				memcpy(&w, p, 8);
				if (w & 0x8080808080808080ULL)
					break;
				p += 8;
			}
			while (p < end && (unsigned char)*p < 0x80)
				p++;
			continue;
		}
		k = utf8_decode(p, end, &cp);
		p += k;
		if (cp < 0) {
			plead = 0;
			continue;
		}
		if ((cp >= 0x80 && cp < 0xA0) || cp == 0xFFFD)
			return 1;
		if (plead & mask_of(contmask, cp))
			return 1;
		plead = mask_of(leadmask, cp);
		if (plead == 0 || p >= end || (*p != ' ' && *p != '?'))
			continue;
		if (mask_of(lead2mask, cp))
			return 1;
		if (end - p > 1) {
			utf8_decode(p + 1, end, &nx);
			if (plead & mask_of(contmask, nx))
				return 1;
		}
	}
	return 0;
}

/* Line to code points; invalid bytes are kept as negative values. */
static void
line_load(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	int32_t cp;
	size_t k;

	if (L.cap < len + 1) {
		L.cap = len + 1;
		L.cp = xreallocarray(L.cp, L.cap, sizeof(*L.cp));
	}
	L.n = 0;
	while (p < end) {
		k = utf8_decode(p, end, &cp);
		if (cp < 0)
			cp = -(int32_t)(unsigned char)*p - 1;
		L.cp[L.n++] = cp;
		p += k;
	}
}

static int32_t
cp_at(size_t i)
{
	return i < L.n ? L.cp[i] : -1;
}

static int
cat_of(int32_t cp)
{
	return cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category(cp);
}

static int
is_mark(int32_t cp)
{
	int c = cat_of(cp);

	return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

static uint8_t
byte_in(int e, int32_t cp)
{
	if (cp >= 0 && cp < 0x80)
		return (uint8_t)cp;
	if (cp < 0 || cp > 0xFFFF)
		return 0;
	return tobyte[e][cp];
}

/* Decoded characters no accident should produce. */
static int
plausible(int32_t cp, unsigned flags)
{
	int c = cat_of(cp);

	if (c == UTF8PROC_CATEGORY_CN || c == UTF8PROC_CATEGORY_CO ||
	    c == UTF8PROC_CATEGORY_CS)
		return 0;
	if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF))
		return 0;
	/* Only "Â\u0081" and the like may give a control: it was one. */
	if (c == UTF8PROC_CATEGORY_CC && !(flags & F_C1))
		return 0;
	return 1;
}

static int
lead_len(unsigned b)
{
	return b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b <= 0xF4 ? 4 : 0;
}

/* "Ã s " is "às ", "Ã quele" is "àquele"; otherwise the space stays. */
static int
agrave_joins(size_t i)
{
	static const char *const words[] = { "quele", "quela", "quilo",
	    "queles", "quelas" };
	size_t k, j;

	if (cp_at(i) == 's' && cp_at(i + 1) == ' ')
		return 1;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
		for (j = 0; words[k][j] != '\0'; j++)
			if (i + j >= L.n || L.cp[i + j] != words[k][j])
				break;
		if (words[k][j] == '\0')
			return 1;
	}
	return 0;
}

static int
block_of(int32_t cp)
{
	if (cp >= 0x0300 && cp <= 0x036F)
		return -1;	/* combining: joins any script */
	if (cp >= 0x0100 && cp <= 0x024F)
		return 1;
	if (cp >= 0x0400 && cp <= 0x052F)
		return 4;
	if (cp >= 0x2E80 && cp <= 0x9FFF)
		return 0x2E;	/* Han and kana */
	if (cp >= 0xAC00 && cp <= 0xD7AF)
		return 0xAC;
	return (int)(cp >> 7) + 0x100;
}

/* Whether characters i..i+nb-1 are letters of one script. */
static int
same_letters(size_t i, int nb)
{
	int k, b = block_of(L.cp[i]);

	for (k = 0; k < nb; k++)
		if (!utf8_isalpha(L.cp[i + k]) || block_of(L.cp[i + k]) != b)
			return 0;
	return 1;
}

/*
 * CESU-8: a surrogate pair written as two 3-byte sequences, each of
 * them then mis-decoded.  hi is the first; look for the second at i.
 */
static int
cesu_pair(int e, size_t i, int32_t hi, int32_t *cp)
{
	uint8_t b[3];
	size_t k;
	int32_t lo;

	if (i + 3 > L.n)
		return 0;
	for (k = 0; k < 3; k++)
		b[k] = L.cp[i + k] == ' ' && k > 0 ? 0xA0 : byte_in(e, L.cp[i + k]);
	if (b[0] != 0xED || b[1] < 0xB0 || b[1] > 0xBF || (b[2] & 0xC0) != 0x80)
		return 0;
	lo = 0xD000 | (b[1] & 0x3F) << 6 | (b[2] & 0x3F);
	*cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
	return 1;
}

static int
lossy_prefix_ok(const uint8_t *b, int nb, unsigned lossymask)
{
	int k, real = 0;

	for (k = 1; k < nb; k++)
		if (!(lossymask & 1u << k))
			real++;
	if (nb >= 3 && real == 0)
		return 0;
	if (lossymask & 2)
		return 1;
	switch (b[0]) {
	case 0xE0: return b[1] >= 0xA0;
	case 0xED: return b[1] < 0xA0;
	case 0xF0: return b[1] >= 0x90;
	case 0xF4: return b[1] < 0x90;
	}
	return 1;
}

/*
 * "â€" with nothing after it that continues it: the right double quote
 * E2 80 9D, whose last byte Windows-1252 leaves undefined, so that
 * decoders drop it.  No other E2 80 sequence loses its last byte.
 */
static int
lost_rdquo(int e, size_t i, struct cand *c)
{
	int32_t x = cp_at(i + 2);

	if (e != E_1252 || L.cp[i] != 0xE2 || cp_at(i + 1) != 0x20AC)
		return 0;
	if (mask_of(contmask, x))
		return 0;
	if (x == 0xFFFD || x == '?')
		return 0;	/* the lossy forms give U+FFFD, as ftfy does */
	c->n = 2;
	c->nb = 3;
	c->cp = 0x201D;
	return 1;
}

/* The candidate starting at character i in page e, if any. */
static int
find_cand(int e, size_t i, struct cand *c)
{
	uint8_t b[4];
	int32_t cp, x;
	unsigned lossymask = 0;
	int nb, k;

	b[0] = byte_in(e, L.cp[i]);
	if ((nb = lead_len(b[0])) == 0 || L.cp[i] < 0x80)
		return 0;
	memset(c, 0, sizeof(*c));
	c->at = i;
	if (lost_rdquo(e, i, c))
		return 1;
	for (k = 1; k < nb; k++) {
		if (i + k >= L.n)
			return 0;
		x = L.cp[i + k];
		if (x == ' ') {
			b[k] = 0xA0;
			c->flags |= F_SPACE;
		} else if (x == 0xFFFD || x == '?') {
			b[k] = 0x80;
			lossymask |= 1u << k;
			c->flags |= x == '?' ? F_LOSSYQ : F_LOSSY;
		} else {
			b[k] = byte_in(e, x);
			if (b[k] < 0x80 || b[k] > 0xBF || x < 0x80)
				return 0;
			if (x < 0xA0)
				c->flags |= F_C1;
		}
	}
	c->n = (size_t)nb;
	c->nb = nb;
	if (same_letters(i, nb))
		c->flags |= F_LETTERS;
	if (lossymask != 0) {
		if (!lossy_prefix_ok(b, nb, lossymask) || (c->flags & F_SPACE))
			return 0;
		c->cp = 0xFFFD;
		return 1;
	}
	if (utf8_decode((const char *)b, (const char *)b + nb, &cp) !=
	    (size_t)nb || cp < 0) {
		if (b[0] != 0xED || b[1] < 0xA0 || b[1] > 0xAF)
			return 0;
		cp = 0xD000 | (b[1] & 0x3F) << 6 | (b[2] & 0x3F);
		if (!cesu_pair(e, i + 3, cp, &cp))
			return 0;
		c->n = 6;
		c->nb = 4;
	}
	if (!plausible(cp, c->flags))
		return 0;
	c->cp = cp;
	/* A lost A0 after "Ã" was often a space that got coalesced. */
	if (nb == 2 && b[0] == 0xC3 && (c->flags & F_SPACE) &&
	    (i + 2 >= L.n || (L.cp[i + 2] != ' ' && !agrave_joins(i + 2)))) {
		c->n = 1;
		c->flags |= F_KEEPSP;
	}
	return 1;
}

/*
 * "Ã" directly before a lower-case letter: í (C3 AD) whose soft hyphen
 * was dropped as invisible.  Weakest of all; needs much evidence.
 */
static int
find_shy(int e, size_t i, struct cand *c)
{
	if (byte_in(e, L.cp[i]) != 0xC3 || L.cp[i] < 0x80 || i + 1 >= L.n ||
	    L.cp[i + 1] < 'a' || L.cp[i + 1] > 'z')
		return 0;
	memset(c, 0, sizeof(*c));
	c->at = i;
	c->n = 1;
	c->nb = 2;
	c->cp = 0xED;
	c->kind = K_SHY;
	return 1;
}

static int32_t
prev_of(const struct cand *c)
{
	return c->at > 0 ? L.cp[c->at - 1] : -1;
}

static int32_t
next_of(const struct cand *c)
{
	return c->at + c->n < L.n ? L.cp[c->at + c->n] : -1;
}

/* Symbols and punctuation blocks, and Vietnamese letters: strong. */
static int
symbolic(int32_t cp)
{
	return (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFB00 && cp <= 0xFB4F) || (cp >= 0xFE00 && cp <= 0xFFFF) ||
	    (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x0300 && cp <= 0x036F);
}

/* A genuine word often ends in these after a capital: "SÓ…", "É’s". */
static int
closing_mark(int32_t cp)
{
	switch (cp) {
	case 0x2019: case 0x201D: case 0x2026: case 0x00BB: case 0x2122:
	case 0x00AE: case 0x00A9: case 0x00BF: case 0x00A1: case 0x00A0:
	case 0x203A: case 0x2039:
		return 1;
	}
	return 0;
}

/* After a final Ã these are more likely genuine: "IRMÃ”", "Ã’s". */
static int
closing_quote(int32_t cp)
{
	return cp == 0x2019 || cp == 0x201D || cp == 0x2026 || cp == 0x00BB;
}

static int
classify(int e, const struct cand *c)
{
	uint8_t b0 = byte_in(e, L.cp[c->at]);
	int32_t p = prev_of(c), cont = L.cp[c->at + 1];

	if (c->kind == K_SHY)
		return K_SHY;
	if (c->flags & F_LOSSYQ)
		return K_WEAKQ;
	if (c->flags & F_LOSSY)
		return c->nb >= 3 || b0 <= 0xC3 ? K_STRONG : K_WEAK;
	if (c->n == 6 || (c->n == 2 && c->nb == 3))
		return K_STRONG;
	if (c->flags & F_SPACE) {
		if (c->nb != 2 || !encs[e].medium || e == E_MAC)
			return K_WEAK;
		/* "namedÂ " "1Â 000": a lost no-break space. */
		if (b0 == 0xC2 && (utf8_islower(p) || (p >= 0 &&
		    !utf8_isalpha(p) && p != ' ')))
			return K_MEDIUM;
		/* "voilÃ le", "Ã la", "Ã s": the word à. */
		if (b0 == 0xC3 && (utf8_islower(p) || (!utf8_isalpha(p) &&
		    (utf8_islower(cp_at(c->at + 2)) ||
		    cp_at(c->at + 2) == '\''))))
			return K_MEDIUM;
		return K_WEAK;
	}
	if (c->nb == 4)
		return K_STRONG;
	if (c->nb == 3)
		return symbolic(c->cp) || ((c->flags & F_C1) &&
		    !utf8_isalpha(c->cp)) ? K_STRONG : K_WEAK;
	if (c->flags & F_C1)
		return K_STRONG;
	/*
	 * Where C2 is a Cyrillic letter or line art, "В°" after a digit or
	 * in Latin text is still a symbol's two bytes.
	 */
	if (!encs[e].medium && b0 == 0xC2 && !utf8_isalpha(c->cp) &&
	    !utf8_isalpha(cont) && !closing_quote(cont) && p < 0x80)
		return K_MEDIUM;
	if (e == E_MAC && b0 == 0xC2 && !utf8_isalpha(c->cp) &&
	    ((p >= '0' && p <= '9') || (next_of(c) >= '0' && next_of(c) <= '9')))
		return K_MEDIUM;
	if (!encs[e].medium || (b0 != 0xC2 && b0 != 0xC3) || closing_quote(cont))
		return K_WEAK;
	/* MacRoman's √ and ¬ are math: only inside a word. */
	if (e == E_MAC && (b0 != 0xC3 || !utf8_isalpha(p)))
		return K_WEAK;
	return K_MEDIUM;
}

/* The characters around candidate k, as they will read once repaired. */
static int32_t
prev_dec(size_t k)
{
	if (k > 0 && L.c[k - 1].at + L.c[k - 1].n == L.c[k].at)
		return L.c[k - 1].cp;
	return prev_of(&L.c[k]);
}

static int32_t
next_dec(size_t k)
{
	if (k + 1 < L.nc && L.c[k].at + L.c[k].n == L.c[k + 1].at)
		return L.c[k + 1].cp;
	return next_of(&L.c[k]);
}

/*
 * Letter case must stay plausible.  Characters that are themselves
 * mojibake (a first layer of two) are exempt.
 */
static int
case_ok(size_t k)
{
	int32_t d = L.c[k].cp, p = prev_dec(k), q = next_dec(k);

	if ((mask_of(leadmask, d) & mask_of(contmask, q)) ||
	    (mask_of(leadmask, p) & mask_of(contmask, d)))
		return 1;	/* a first layer of two: "Ãƒ" "Â©" gives "Ã©" */
	if (utf8_islower(d) && utf8_isupper(p) && !utf8_islower(q) &&
	    (q >= 0 || L.c[k].at + L.c[k].n >= L.n))
		return 0;
	if (utf8_isupper(d) && utf8_islower(p))
		return 0;
	return 1;
}

/* Scripts that show up alone inside a word of mojibake. */
static int
alone_ok(int e, int32_t cp, int marks)
{
	if (marks && cp >= 0x0300 && cp <= 0x036F)
		return 1;
	if (!utf8_isalpha(cp))
		return 0;
	if (e == E_MAC)
		return cp >= 0x0100 && cp <= 0x017F;
	return (cp >= 0x0100 && cp <= 0x024F) || (cp >= 0x0370 && cp <= 0x04FF);
}

/* Candidates k and k+1 touch, and no space stood in for either. */
static int
touching(size_t k)
{
	return k + 1 < L.nc && L.c[k].at + L.c[k].n == L.c[k + 1].at &&
	    !(L.c[k].flags & F_SPACE) && !(L.c[k + 1].flags & F_SPACE);
}

/* Letters of one script, or a combining mark after a letter. */
static int
same_script(const struct cand *a, const struct cand *b)
{
	if (!utf8_isalpha(a->cp))
		return 0;
	return is_mark(b->cp) ||
	    (utf8_isalpha(b->cp) && block_of(a->cp) == block_of(b->cp));
}

/*
 * Chains of touching candidates that read as one word of one script: a
 * mojibake word.  Each candidate learns its chain's length.
 */
static void
mark_runs(void)
{
	size_t k = 0, j, i;

	while (k < L.nc) {
		for (j = k; touching(j) && same_script(&L.c[j], &L.c[j + 1]); j++)
			;
		for (i = k; i <= j; i++)
			L.c[i].run = j - k + 1;
		k = j + 1;
	}
}

/*
 * A mojibake word, or half of a mojibake pair ("Г‚ВЈ" gives "Â£": a
 * layer of two).  A candidate made of letters of one script ("нё" in
 * Russian, read as KOI8-R) is genuine text far more often than not, so
 * it needs a longer word.
 */
static int
in_run(size_t k)
{
	const struct cand *c = &L.c[k];

	if (touching(k) &&
	    (mask_of(leadmask, c->cp) & mask_of(contmask, L.c[k + 1].cp)))
		return 1;
	if (k > 0 && touching(k - 1) &&
	    (mask_of(leadmask, L.c[k - 1].cp) & mask_of(contmask, c->cp)))
		return 1;
	return c->run >= (c->flags & F_LETTERS ? 3u : 2u);
}

/*
 * A lone repair inside a word should give a small letter, a capital
 * that starts one ("Ä°stanbul"), or a Latin-1 capital among capitals
 * ("HÃ”TEL"), never "HŨYA".
 */
static int
alone_case(const struct cand *c)
{
	int32_t p = prev_of(c), q = next_of(c);

	return utf8_islower(c->cp) || is_mark(c->cp) ||
	    (utf8_isupper(c->cp) && !utf8_isalpha(p) && utf8_islower(q)) ||
	    (c->cp >= 0xC0 && c->cp <= 0xFF && utf8_isupper(c->cp) &&
	    utf8_isupper(p) && utf8_isupper(q));
}

/*
 * A Latin letter between ASCII letters: in any code page, since the
 * Cyrillic and Greek pages' own text never touches ASCII letters.
 */
static int
ascii_word(const struct cand *c)
{
	int32_t p = prev_of(c), q = next_of(c);
	int pa = (p | 0x20) >= 'a' && (p | 0x20) <= 'z';
	int qa = (q | 0x20) >= 'a' && (q | 0x20) <= 'z';

	if (c->cp < 0xC0 || c->cp > 0x024F || !utf8_isalpha(c->cp) ||
	    c->cp == 0x017F)
		return 0;
	/* Line art next to letters ("├┤a┼┐a") needs letters on both sides. */
	if (L.cp[c->at] >= 0x2500 && L.cp[c->at] <= 0x259F && !(pa && qa))
		return 0;
	if ((utf8_isalpha(p) && !pa && p >= 0) || (utf8_isalpha(q) && !qa))
		return 0;
	return (pa || qa) && alone_case(c);
}

static int
in_word(const struct cand *c)
{
	return utf8_isalpha(prev_of(c)) || utf8_isalpha(next_of(c));
}

static void
find_all(int e)
{
	size_t i = 0;
	struct cand c;

	L.nc = 0;
	while (i < L.n) {
		if (!find_cand(e, i, &c) && !find_shy(e, i, &c)) {
			i++;
			continue;
		}
		c.kind = classify(e, &c);
		if (L.nc == L.ccap) {
			L.ccap = L.ccap ? 2 * L.ccap : 16;
			L.c = xreallocarray(L.c, L.ccap, sizeof(*L.c));
		}
		L.c[L.nc++] = c;
		i += c.n;
	}
}

/*
 * Non-ASCII characters outside every candidate: genuine text.  Spaces
 * and combining marks say nothing about the page's encoding.
 */
static size_t
count_genuine(void)
{
	size_t i, k = 0, n = 0;

	for (i = 0; i < L.n; i++) {
		while (k < L.nc && L.c[k].at + L.c[k].n <= i)
			k++;
		if (k < L.nc && L.c[k].at <= i)
			continue;
		if (L.cp[i] >= 0x80 && !is_mark(L.cp[i]) &&
		    cat_of(L.cp[i]) != UTF8PROC_CATEGORY_ZS)
			n++;
	}
	return n;
}

/* First round: what stands on its own. */
static size_t
decide_alone(int e)
{
	size_t k, nstrong = 0, nmed = 0, nweak = 0, acc = 0, genuine;
	struct cand *c;

	for (k = 0; k < L.nc; k++) {
		c = &L.c[k];
		nstrong += c->kind == K_STRONG;
		nmed += c->kind == K_MEDIUM;
		if (c->kind == K_WEAK && encs[e].isolated && !(c->flags & F_SPACE) &&
		    !closing_mark(L.cp[c->at + 1]) && alone_ok(e, c->cp, 1) &&
		    alone_case(c) && case_ok(k))
			nweak++;
	}
	genuine = count_genuine();
	mark_runs();
	for (k = 0; k < L.nc; k++) {
		c = &L.c[k];
		switch (c->kind) {
		case K_STRONG:
			c->acc = 1;
			break;
		case K_MEDIUM:
			c->acc = case_ok(k) && (nstrong + nmed >= 2 || genuine == 0);
			break;
		case K_WEAK:
			if (c->flags & F_SPACE)
				break;
			if (in_run(k))
				c->acc = 1;
			else if (!case_ok(k))
				break;
			else if (closing_mark(L.cp[c->at + 1]) &&
			    (!utf8_isalpha(next_of(c)) ||
			    L.cp[c->at + 1] == 0x2019))
				break;
			else if (encs[e].isolated && ((nweak >= 2 &&
			    alone_ok(e, c->cp, 1) && alone_case(c)) || (in_word(c) &&
			    alone_ok(e, c->cp, 0) && alone_case(c))))
				c->acc = 1;
			else if (c->nb == 2 && ascii_word(c))
				c->acc = 1;
			break;
		}
		acc += c->acc;
	}
	return acc;
}

/* Second round: what the first round's repairs corroborate. */
static size_t
decide_evidence(size_t acc)
{
	size_t k, need;
	struct cand *c;

	for (k = 0; k < L.nc; k++) {
		c = &L.c[k];
		if (c->acc || acc == 0)
			continue;
		need = c->kind == K_SHY || (c->flags & F_SPACE) ? 2 : 1;
		if (acc >= need && (c->kind == K_WEAKQ || case_ok(k)))
			c->acc = 2;
		/* Much evidence outweighs case: "HÃ\u00a0" in Vietnamese. */
		if (acc >= 2 && c->kind == K_MEDIUM)
			c->acc = 2;
	}
	for (k = 0; k < L.nc; k++)
		if (L.c[k].acc == 2)
			acc++;
	return acc;
}

static size_t
try_page(int e)
{
	find_all(e);
	if (L.nc == 0)
		return 0;
	return decide_evidence(decide_alone(e));
}

/* Replace the accepted candidates of the current list. */
static void
apply(struct mj_report *rep)
{
	size_t i = 0, k, o = 0;

	if (L.tcap < L.n + 1) {
		L.tcap = L.n + 1;
		L.tmp = xreallocarray(L.tmp, L.tcap, sizeof(*L.tmp));
	}
	for (k = 0; k < L.nc; k++) {
		if (!L.c[k].acc)
			continue;
		while (i < L.c[k].at)
			L.tmp[o++] = L.cp[i++];
		L.tmp[o++] = L.c[k].cp;
		i += L.c[k].n;
		rep->seqs++;
		rep->lossy += L.c[k].cp == 0xFFFD;
	}
	while (i < L.n)
		L.tmp[o++] = L.cp[i++];
	memcpy(L.cp, L.tmp, o * sizeof(*L.cp));
	L.n = o;
}

static int
undo_layer(struct mj_report *rep)
{
	size_t best = 0, got;
	int e, beste = -1;

	for (e = 0; e < NENC; e++) {
		got = try_page(e);
		if (got > best) {
			best = got;
			beste = e;
		}
	}
	if (beste < 0)
		return 0;
	if (beste != NENC - 1)
		try_page(beste);
	apply(rep);
	rep->enc[rep->layers++] = encs[beste].name;
	return 1;
}

static size_t
fix_c1(void)
{
	size_t i, n = 0;

	for (i = 0; i < L.n; i++)
		if (L.cp[i] >= 0x80 && L.cp[i] < 0xA0 && w1252[L.cp[i] - 0x80]) {
			L.cp[i] = w1252[L.cp[i] - 0x80];
			n++;
		}
	return n;
}

static void
line_store(struct buf *out)
{
	char tmp[4];
	size_t i;

	buf_grow(out, L.n * 4);
	for (i = 0; i < L.n; i++) {
		if (L.cp[i] < 0)
			buf_addc(out, -L.cp[i] - 1);
		else if (L.cp[i] < 0x80)
			buf_addc(out, L.cp[i]);
		else
			buf_add(out, tmp, utf8_encode(L.cp[i], tmp));
	}
}

int
mj_fix(const char *s, size_t len, struct buf *out, struct mj_report *rep)
{
	struct mj_report dummy;

	if (rep == NULL)
		rep = &dummy;
	memset(rep, 0, sizeof(*rep));
	if (!mj_suspect(s, len))
		return 0;
	line_load(s, len);
	while (rep->layers < MJ_MAX_LAYERS && undo_layer(rep))
		;
	rep->c1 = fix_c1();
	if (rep->layers == 0 && rep->c1 == 0)
		return 0;
	line_store(out);
	if (out->len >= len && memcmp(out->p + out->len - len, s, len) == 0 &&
	    rep->seqs == 0 && rep->c1 == 0)
		return 0;
	return 1;
}
