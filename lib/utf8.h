/*
 * utf8: decoding against an end pointer, and character classes through
 * utf8proc.
 *
 * Rules: input is never trusted to be valid.  utf8_decode() reads one
 * character from [s, end); an invalid or truncated sequence, an overlong
 * form or a surrogate counts as ONE opaque byte, reported as UTF8_INVALID,
 * so that callers can pass it through unchanged.  No function here reads
 * past end or needs a terminating NUL.
 */
#ifndef NU_UTF8_H
#define NU_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_INVALID	(-1)
#define UTF8_REPLACEMENT 0xFFFD

/*
 * Decode one character at s (s < end).  Stores the code point, or
 * UTF8_INVALID, in *cp and returns the number of bytes used (1..4;
 * 1 for an invalid byte).
 */
size_t	utf8_decode(const char *s, const char *end, int32_t *cp);
/* Encode cp into out (at least 4 bytes); returns the length. */
size_t	utf8_encode(int32_t cp, char *out);
/* Whether all of [s, s+len) is valid UTF-8. */
int	utf8_valid(const char *s, size_t len);
/* Length in bytes of the longest valid prefix of [s, s+len). */
size_t	utf8_valid_prefix(const char *s, size_t len);

/* Character classes (Unicode general categories via utf8proc). */
int	utf8_isalpha(int32_t);	/* letters L* */
int	utf8_isdigit(int32_t);	/* Nd */
int	utf8_isupper(int32_t);	/* Lu, Lt */
int	utf8_islower(int32_t);	/* Ll */
int	utf8_isspace(int32_t);	/* Zs, Zl, Zp, and ASCII \t\n\v\f\r */
int	utf8_ispunct(int32_t);	/* P* */
int32_t	utf8_tolower(int32_t);

/*
 * Append the case-folded form of [s, s+len) to out (a struct buf).
 * Invalid bytes are copied as they are.
 */
struct buf;
void	utf8_casefold(struct buf *out, const char *s, size_t len);

/* Number of characters (an invalid byte counts as one). */
size_t	utf8_count(const char *s, size_t len);

#endif
