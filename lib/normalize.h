/*
 * normalize: the character clean-up of normalize-text, one line at a
 * time (a line is never joined or split).
 *
 * The steps, in this order, each of them on or off in struct nz_opts:
 *   entities   HTML entities decoded (&amp; &#8217; &eacute; &nbsp;)
 *   invalid    invalid UTF-8 kept, replaced with U+FFFD, or dropped
 *   mojibake   repaired (mojibake.h), C1 controls mapped
 *   form       NFC or NFKC (utf8proc)
 *   punct      curly quotes, dashes, ellipsis, bullets to ASCII
 *   spaces     no-break, thin and other Unicode spaces to a space
 *   zerowidth  zero-width spaces, word joiners, BOMs, soft hyphens go
 *   controls   control characters go (tab kept)
 *   collapse   runs of spaces become one
 *   trim       spaces and tabs at both ends go
 * Good text is never rewritten: one scan decides which steps have work
 * to do, and a line that needs none is reported unchanged, so it can be
 * written back byte for byte.
 *
 * Not thread-safe: scratch buffers and lazily built tables are static.
 */
#ifndef NU_NORMALIZE_H
#define NU_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "mojibake.h"

struct buf;

enum nz_form { NZ_NONE, NZ_NFC, NZ_NFKC };
enum nz_invalid { NZ_KEEP, NZ_REPLACE, NZ_DROP };

struct nz_opts {
	int	form;		/* enum nz_form */
	int	invalid;	/* enum nz_invalid */
	int	mojibake;
	int	entities;
	int	punct;
	int	spaces;
	int	zerowidth;
	int	controls;
	int	collapse;
	int	trim;
};
/* The defaults of normalize-text. */
#define NZ_OPTS_INIT { NZ_NFC, NZ_REPLACE, 1, 0, 0, 1, 1, 1, 1, 1 }

/* Kinds of change, as bits of nz_change.kinds. */
enum {
	NZK_ENTITIES	= 1 << 0,
	NZK_INVALID	= 1 << 1,
	NZK_MOJIBAKE	= 1 << 2,
	NZK_C1		= 1 << 3,
	NZK_FORM	= 1 << 4,
	NZK_PUNCT	= 1 << 5,
	NZK_SPACES	= 1 << 6,
	NZK_ZEROWIDTH	= 1 << 7,
	NZK_CONTROLS	= 1 << 8,
	NZK_COLLAPSE	= 1 << 9,
	NZK_TRIM	= 1 << 10,
	NZK_NKINDS	= 11
};

struct nz_change {
	unsigned		kinds;
	struct mj_report	mj;
};

/* Names of the kinds, by bit number ("entities", "invalid", ...). */
extern const char *const nz_kind_names[NZK_NKINDS];

/*
 * Clean [s, s+len).  Returns 1 and sets *res, *reslen to the new text
 * (borrowed: valid until the next call) when anything changed; else 0.
 * ch (may be NULL) says what changed.
 */
int	nz_line(const struct nz_opts *, const char *s, size_t len,
	    const char **res, size_t *reslen, struct nz_change *ch);

/*
 * Decode HTML entities of [s, s+len) into out; returns the number
 * decoded.  Unknown names and malformed references stay as they are.
 */
size_t	nz_entities(const char *s, size_t len, struct buf *out);

#endif
