/*
 * dates: find date and time expressions in a paragraph and give each its
 * TimeML (TIMEX3) value.
 *
 * The recogniser is a hand-written scanner: a tokenizer cuts the
 * paragraph into words, numbers and punctuation, looks each word up once
 * in the language's table (datewords.h), and a table-driven matcher tries
 * the grammar only at tokens that can start an expression.  Nothing
 * backtracks over the bytes, so the cost is linear in the input.
 *
 * Extents follow the TimeML annotation guidelines: an expression includes
 * its modifiers and determiner ("last week", "early this year", "the third
 * quarter", "two years ago") and never a preposition ("on Sunday" gives
 * "Sunday").  Values are TimeML's: 2023-06-18, 2023-06, 2023, 199 (a
 * decade), 19 (a century), 2023-W25, 2023-Q3, 2023-H1, 2023-SU,
 * 2023-06-19T16:01, 2023-06-18TNI, PRESENT_REF, PAST_REF, FUTURE_REF,
 * P5Y, PT7.5H, XXXX-WXX-1.
 *
 * Relative expressions are resolved against a reference (struct
 * dates_ref, normally the document's creation date).  Without one, they
 * keep TimeML's unresolved forms: the known fields, X for the others.
 *
 * Ownership: struct dates owns its token and hit arrays; dates_scan()
 * reuses them, so a hit is valid until the next dates_scan() or
 * dates_free().  Offsets are bytes within the paragraph given.  A
 * paragraph over 1 MB is scanned in pieces cut between sentences, so the
 * token array stays bounded; the hit array grows with the hits, unless
 * a sink takes them.
 */
#ifndef NU_DATES_H
#define NU_DATES_H

#include <stddef.h>
#include <stdint.h>

#include "datewords.h"

enum dates_type { DATES_DATE, DATES_TIME, DATES_DURATION, DATES_SET };

/* How to read all-numeric dates such as 06/07/2023. */
enum dates_order { DATES_MDY, DATES_DMY, DATES_YMD };

struct dates_ref {
	int	set;		/* 0: no reference */
	int	y, m, d;
	int	hh, mi;		/* -1 when the reference has no time */
};
#define DATES_REF_NONE { 0, 0, 0, 0, -1, -1 }

#define DATES_VALUELEN 32

struct dates_hit {
	size_t		 start;		/* byte offsets, end exclusive */
	size_t		 end;
	enum dates_type	 type;
	int		 relative;	/* the value depends on the reference */
	int		 full;		/* a calendar date with its year */
	char		 value[DATES_VALUELEN];
	char		 end_value[DATES_VALUELEN];	/* "" unless a range */
};

struct dates_tok;

struct dates {
	/* Settings: set by dates_init(), may be changed between scans. */
	const struct dw_lang	*lang;
	enum dates_order	 order;
	int			 all_types;	/* report DURATION and SET */

	/*
	 * Result of the last dates_scan().  When sink is set, the hits are
	 * handed to it as they are found, in order, and not kept: memory
	 * then stays bounded however many hits a huge paragraph holds.
	 */
	struct dates_hit	*hit;
	size_t			 nhit;
	void			(*sink)(void *, const struct dates_hit *);
	void			*sink_arg;

	/* Private. */
	size_t			 caphit;
	struct dates_tok	*tok;
	size_t			 ntok;
	size_t			 captok;
	int			 story;		/* a day of the story is known: */
	int			 story_y, story_m, story_d;
};

/* Set up for language lang (a datewords_lang() result). */
void	dates_init(struct dates *, const struct dw_lang *lang);
void	dates_free(struct dates *);

/*
 * Find the expressions of the paragraph [s, s+len), resolved against ref
 * (NULL or unset: none).  Returns the number of hits, left in d->hit in
 * text order, never overlapping (or, with a sink, given to it).
 */
size_t	dates_scan(struct dates *, const char *s, size_t len,
	    const struct dates_ref *ref);

/*
 * A new document starts: forget the day its story was at, on which a
 * later bare time of day ("at 8:19 p.m.") is put.
 */
void	dates_new_doc(struct dates *);

/*
 * Parse a reference given by the user or a metadata field:
 * YYYY-MM-DD, optionally followed by T or a space and HH:MM[:SS], and
 * anything after that (a zone, fractions).  Returns 0, or -1 if s is not
 * of that form or the date does not exist.
 */
int	dates_parse_ref(const char *s, size_t len, struct dates_ref *);

/*
 * Whether hit h is a full calendar date (with year, month and day) that
 * can serve as a document's reference; if so fill ref from it, with the
 * time of day when h has one.
 */
int	dates_hit_ref(const struct dates_hit *h, struct dates_ref *ref);

/* Write ref as YYYY-MM-DD or YYYY-MM-DDTHH:MM into buf (at least 17). */
void	dates_ref_format(const struct dates_ref *, char *buf, size_t size);

/* The TimeML name of a type: "DATE", "TIME", "DURATION", "SET". */
const char *dates_type_name(enum dates_type);

#endif
