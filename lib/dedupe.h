/*
 * dedupe: the decisions of dedupe-paragraphs(1), one paragraph at a time.
 *
 * A paragraph is normalised (fingerprint.h) and looked up among the
 * fingerprints of the paragraphs kept before it (exact), then, with
 * near mode on, measured against the word n-grams of all paragraphs
 * before it (near.h).  A kept paragraph adds its fingerprint and its
 * n-grams, a near duplicate its n-grams (an exact one has none of its
 * own to add), so every verdict depends only on the paragraphs before
 * it, never on earlier verdicts: what lets ddmr.h split the work.
 * Paragraphs with fewer than min_words words are always kept and never
 * recorded.  With scope_doc the sets are emptied at each document.
 *
 * Origins: with origins set, every kept paragraph gets a number (from 1)
 * and the sets remember which paragraph brought each fingerprint in, so
 * a verdict can say which paragraph it repeats (dd_where()).  Entries
 * loaded from a state file have origin 0; the first paragraph of this run
 * that repeats one becomes the stand-in for it ("from the state file").
 * With texts set the text of each kept paragraph is kept too, for the
 * duplicate groups of dd_report().  Both cost memory that grows with the
 * input, so they are off unless --explain or --report asks for them.
 */
#ifndef NU_DEDUPE_H
#define NU_DEDUPE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "fpset.h"
#include "near.h"

struct out;

enum dd_kind { DD_KEEP, DD_EXACT, DD_NEAR };

struct dd_opts {
	int		 loose;		/* FP_LOOSE normal form */
	double		 near;		/* coverage threshold, 0: exact only */
	int		 ngram;		/* words per n-gram */
	size_t		 min_words;
	int		 scope_doc;
	int		 origins;
	int		 texts;
	uint16_t	 today;		/* days since 1970-01-01 */
};

struct dd_verdict {
	enum dd_kind	 kind;
	double		 sim;		/* 1 for exact, coverage for near */
	uint32_t	 origin;	/* paragraph repeated, 0: unknown */
	size_t		 words;
};

/* A recorded paragraph: where it was, and its duplicate group. */
struct dd_para {
	uint32_t	 doc;		/* index in docs, DD_STATE: state file */
	uint32_t	 line;
	size_t		 text;		/* offset in texts */
	size_t		 textlen;
	uint32_t	 count;		/* occurrences, this one included */
	uint32_t	 nnear;		/* of which near duplicates */
	double		 minsim;
};
#define DD_STATE	UINT32_MAX

struct dedupe {
	struct dd_opts	 o;
	struct fpset	 exact;
	struct near	 near;
	struct buf	 norm;		/* normal form of the paragraph */
	struct buf	 lnorm;		/* its loose form, when norm is strict */
	struct dd_para	*paras;		/* paragraph n is paras[n - 1] */
	size_t		 nparas;
	size_t		 paracap;
	char		**docs;		/* names, each NUL-terminated */
	size_t		*doclens;
	size_t		 ndocs;
	size_t		 doccap;
	struct buf	 texts;
	/* Counts for --stats. */
	uint64_t	 read;
	uint64_t	 kept;
	uint64_t	 dropped_exact;
	uint64_t	 dropped_near;
};

void		dd_init(struct dedupe *, const struct dd_opts *);
void		dd_doc(struct dedupe *, const char *name, size_t len);
void		dd_para(struct dedupe *, const char *, size_t, size_t lineno,
		    struct dd_verdict *);
/*
 * The exact fingerprint of a paragraph, as dd_para() computes it (for
 * --emit-fingerprints), and its word count when min_words is set (else 0).
 */
uint64_t	dd_fingerprint(struct dedupe *, const char *, size_t,
		    size_t *words);
/* The loose normal form of the last fingerprinted paragraph (borrowed). */
const char	*dd_loose_form(const struct dedupe *, size_t *len);
/*
 * Where paragraph n was: its document's name (borrowed) and line;
 * NULL when it came from the state file.
 */
const char	*dd_where(const struct dedupe *, uint32_t n, size_t *namelen,
		    size_t *line);
/*
 * The duplicate groups as TSV, in order of first occurrence: count,
 * doc, line, kind (exact, or near if any member was near), similarity
 * (the lowest in the group), text.  statename names the state file for
 * groups whose first occurrence was in an earlier run.
 */
void		dd_report(const struct dedupe *, struct out *,
		    const char *statename);
void		dd_free(struct dedupe *);

#endif
