/*
 * fingerprint: the one normalisation that decides when two paragraphs of
 * dedupe-paragraphs(1) are "the same", and the fingerprints made of it.
 *
 * fp_normalize() appends to out the normal form of [s, s+len):
 *
 *  1. Every character is decomposed (Unicode compatibility decomposition,
 *     so a ligature or a full-width letter becomes its plain letters) and
 *     case-folded (full Unicode folding: "Straße" and "STRASSE" agree).
 *     Default-ignorable characters (soft hyphen, zero-width space, BOM)
 *     vanish.
 *  2. Curly, low and angle quotes, primes and the backtick become ' or ";
 *     hyphens, en and em dashes, the minus sign and the horizontal bar
 *     become "-".
 *  3. Every space (Unicode Z*, tab, NBSP) and control character is a
 *     separator; runs of separators become one space, none at the ends.
 *  4. With FP_LOOSE also: accents are dropped (é = e); "." and the
 *     apostrophe vanish, so "U.S." = "US" and "China’s" = "Chinas"; every
 *     other punctuation character (P*) is a separator, so "Beijing,China"
 *     = "Beijing, China" and "—Reuters" = "Reuters".  Between two digits
 *     "." stays and "," vanishes: 3.5 is not 35, and 4,000 = 4000.
 *     Symbols ($ + ©) and digits stay.
 *
 * Invalid UTF-8 bytes are copied as they are (each is its own opaque
 * character), so no input is ever lost or merged with another by
 * accident.  ASCII text takes a table-driven path with no decoding.
 *
 * Fingerprints are XXH3-64 values of the normal form with the fixed seed
 * FP_SEED: stable across runs and machines, so state files can hold them.
 */
#ifndef NU_FINGERPRINT_H
#define NU_FINGERPRINT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define FP_LOOSE	0x1		/* punctuation and accents ignored */
#define FP_SEED		0x6e65777364757031ULL	/* "newsdup1" */

void	 fp_normalize(struct buf *out, const char *s, size_t len, int flags);
/* The fingerprint of an already normalised string. */
uint64_t fp_hash(const char *norm, size_t len);
/*
 * Words of a normal form: space-separated tokens holding at least one
 * letter, digit or non-ASCII byte (so "-" alone is not a word).
 */
size_t	 fp_words(const char *norm, size_t len);

#endif
