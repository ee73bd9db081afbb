#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "utf8.h"

/*
 * A strict decoder: the shortest form only, no surrogates, nothing past
 * U+10FFFF (RFC 3629).  Anything else is one invalid byte, so that a
 * broken sequence never swallows the valid bytes after it.
 */
size_t
utf8_decode(const char *s, const char *end, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t avail = (size_t)(end - s), n, i;
	int32_t c, min;

	c = u[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2; c &= 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3; c &= 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4; c &= 0x07; min = 0x10000;
	} else {
		*cp = UTF8_INVALID;
		return 1;
	}
	if (avail < n) {
		*cp = UTF8_INVALID;
		return 1;
	}
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			*cp = UTF8_INVALID;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = UTF8_INVALID;
		return 1;
	}
	*cp = c;
	return n;
}

size_t
utf8_encode(int32_t cp, char *out)
{
	unsigned char *u = (unsigned char *)out;

	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xC0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xE0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	u[0] = (unsigned char)(0xF0 | (cp >> 18));
	u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	u[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
utf8_valid_prefix(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	int32_t cp;
	size_t n;

	while (p < end) {
		/* Skip ASCII runs quickly: most news text is mostly ASCII. */
		if ((unsigned char)*p < 0x80) {
			p++;
			continue;
		}
		n = utf8_decode(p, end, &cp);
		if (cp == UTF8_INVALID)
			break;
		p += n;
	}
	return (size_t)(p - s);
}

int
utf8_valid(const char *s, size_t len)
{
	return utf8_valid_prefix(s, len) == len;
}

static utf8proc_propval_t
category(int32_t cp)
{
	if (cp < 0 || cp > 0x10FFFF)
		return UTF8PROC_CATEGORY_CN;
	return utf8proc_category(cp);
}

int
utf8_isalpha(int32_t cp)
{
	utf8proc_propval_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	c = category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int
utf8_isdigit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return category(cp) == UTF8PROC_CATEGORY_ND;
}

int
utf8_isupper(int32_t cp)
{
	utf8proc_propval_t c;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	c = category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int
utf8_islower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return category(cp) == UTF8PROC_CATEGORY_LL;
}

int
utf8_isspace(int32_t cp)
{
	utf8proc_propval_t c;

	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	c = category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
	    c == UTF8PROC_CATEGORY_ZP || cp == 0x85;
}

int
utf8_ispunct(int32_t cp)
{
	utf8proc_propval_t c = category(cp);

	return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

int32_t
utf8_tolower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	return cp > 0x10FFFF ? cp : utf8proc_tolower(cp);
}

void
utf8_casefold(struct buf *out, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	utf8proc_int32_t dst[8];
	utf8proc_ssize_t n, i;
	int32_t cp;
	size_t k;
	char enc[4];
	int last = 0;

	buf_grow(out, len);
	while (p < end) {
		if ((unsigned char)*p < 0x80) {
			char c = *p++;

			buf_addc(out, c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		k = utf8_decode(p, end, &cp);
		if (cp == UTF8_INVALID) {
			buf_add(out, p, k);
			p += k;
			continue;
		}
		p += k;
		n = utf8proc_decompose_char(cp, dst, 8, UTF8PROC_CASEFOLD,
		    &last);
		if (n < 0 || n > 8) {
			buf_add(out, enc, utf8_encode(cp, enc));
			continue;
		}
		for (i = 0; i < n; i++)
			buf_add(out, enc, utf8_encode(dst[i], enc));
	}
}

size_t
utf8_count(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t n = 0;
	int32_t cp;

	while (p < end) {
		p += (unsigned char)*p < 0x80 ? 1 : utf8_decode(p, end, &cp);
		n++;
	}
	return n;
}
