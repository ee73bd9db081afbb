/*
 * mojibake: repair UTF-8 text that was decoded with a single-byte code
 * page and encoded again, in the manner of the Python library ftfy.
 *
 * The model: each character of a damaged line stands for one byte of
 * the original UTF-8 (its position in Windows-1252, Latin-1, MacRoman,
 * Windows-1250/1251/1257, ISO-8859-2, CP437 or KOI8-R).  A run of such
 * characters whose bytes form a valid UTF-8 sequence is a candidate;
 * a candidate is replaced only when the evidence is clear (see
 * mojibake.c for the rule), so real Latin-1 names, math, emoji and other
 * scripts are left alone.  Up to MJ_MAX_LAYERS layers are undone, then
 * C1 control characters that stand for Windows-1252 punctuation are
 * mapped.
 *
 * Byte-for-byte: text without anything suspicious costs one scan and is
 * never touched.  Invalid UTF-8 passes through unchanged.  The tables
 * are built on first use from iconv(3) and are read-only afterwards.
 */
#ifndef NU_MOJIBAKE_H
#define NU_MOJIBAKE_H

#include <stddef.h>

struct buf;

#define MJ_MAX_LAYERS	4

/* What a repair did, for --explain and --stats. */
struct mj_report {
	int		 layers;	/* code page layers undone */
	const char	*enc[MJ_MAX_LAYERS];	/* their code pages */
	size_t		 seqs;		/* sequences repaired */
	size_t		 lossy;		/* sequences with a lost byte (U+FFFD) */
	size_t		 c1;		/* C1 controls mapped to Windows-1252 */
};

/* Whether [s, s+len) holds anything mojibake-like (the fast path). */
int	mj_suspect(const char *s, size_t len);
/*
 * Repair [s, s+len).  Returns 1 and appends the repaired text to out
 * when something changed, else 0 (out untouched).  rep may be NULL.
 */
int	mj_fix(const char *s, size_t len, struct buf *out,
	    struct mj_report *rep);

#endif
