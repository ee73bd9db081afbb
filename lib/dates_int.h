/*
 * dates_int: what the parts of the date recogniser share (dates.c,
 * dates_cal.c); not for programs.
 *
 * A struct tv is a TimeML value under construction: the fields that the
 * text (or the reference) fixed, TV_UNKNOWN for the others, and a
 * granularity that says which of them the value shows.
 */
#ifndef NU_DATES_INT_H
#define NU_DATES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "dates.h"

#define TV_UNKNOWN	(-9999)

enum gran {
	G_DAY, G_WDAY, G_WEEK, G_WEEKEND, G_MONTH, G_QUARTER, G_HALF,
	G_SEASON, G_YEAR, G_DECADE, G_CENTURY
};

struct tv {
	enum gran	 gran;
	int		 y, m, d;
	int		 wk;		/* ISO week (G_WEEK, G_WEEKEND) */
	int		 q;		/* quarter, half or season number */
	int		 wday;		/* G_WDAY: 1..7 */
	int		 hh, mi, ss;	/* -1: no time of day */
	int		 part;		/* enum dw_part, 0: none */
	int		 fiscal;
	char		 lit[DATES_VALUELEN];	/* PRESENT_REF, P5Y: as is */
};

enum { TK_WORD = 1, TK_NUM, TK_PUNCT };

/* One token of the paragraph being scanned. */
struct dates_tok {
	uint32_t		 start, end;	/* bytes: pieces are < 4 GB */
	const struct dw_entry	*w;		/* table row of a word */
	int32_t			 num;		/* number: value, -1 if huge */
	uint8_t			 kind;
	uint8_t			 ndig;		/* number: digits */
	uint8_t			 ord;		/* number: 18th */
	uint8_t			 plural;	/* number: 1990s */
	uint8_t			 cap;		/* word: capitalised */
	uint8_t			 space;		/* space before it */
	uint8_t			 sent;		/* starts a sentence */
	char			 c;		/* punctuation */
};

/* The paragraph being matched. */
struct px {
	struct dates		*d;
	const char		*s;
	struct dates_tok	*t;
	size_t			 n;
	const struct dates_ref	*ref;		/* NULL: none */
};

/* A match: tokens [first, last], its value, a range's end value. */
struct cand {
	size_t		 first, last;
	enum dates_type	 type;
	int		 relative;
	int		 full;
	int		 range;
	int		 bare;		/* a time of day, put on the ref day */
	int		 ana;		/* dated from the story: "the next day" */
	int		 ana_unit;	/* then: enum dw_unit and how many */
	int		 ana_off;
	struct tv	 v, v2;
};

int	gram_trigger(const struct px *, size_t i);
size_t	gram_match(struct px *, size_t i, struct cand *);
/* Re-date an anaphoric match from anchor, an earlier date of the text. */
void	gram_anaphora(struct cand *, const struct tv *anchor);

long	cal_days(int y, int m, int d);
void	cal_civil(long z, int *y, int *m, int *d);
int	cal_wday(long z);
int	cal_mdays(int y, int m);
int	cal_isoweek(long z, int *wy);
void	tv_format(const struct tv *, char *b);

#endif
