/*
 * datewords: the words of date and time expressions, one table per
 * language, so that the grammar in dates.c never spells a word itself.
 *
 * A language is a table of (word, class, value, flags) rows, written in
 * lower case ASCII.  datewords_lang() builds, once per language, a hash
 * index over its rows; lookups then cost one hash and one compare, which
 * keeps the scanner near memory speed.  The returned language is static
 * and shared: it is never freed and never written after it is built.
 *
 * English is the first table; a new language adds a table in datewords.c
 * and a row in the list of languages there.  The grammar reads only the
 * classes and values below, so a table that fills them in is enough for
 * languages whose date expressions share English word order.
 */
#ifndef NU_DATEWORDS_H
#define NU_DATEWORDS_H

#include <stddef.h>
#include <stdint.h>

enum dw_class {
	DW_NONE = 0,
	DW_MONTH,	/* value 1..12 */
	DW_WDAY,	/* value 1..7, Monday first (ISO 8601) */
	DW_NUM,		/* cardinal number word, value */
	DW_ORD,		/* ordinal number word, value */
	DW_UNIT,	/* enum dw_unit */
	DW_PART,	/* part of day: enum dw_part */
	DW_SEASON,	/* enum dw_season */
	DW_REL,		/* enum dw_rel: last, next, this ... */
	DW_DEIXIS,	/* enum dw_deixis: today, now ... */
	DW_MOD,		/* enum dw_mod: early, late ... */
	DW_AGO,		/* "ago" */
	DW_ZONE,	/* time zone abbreviation */
	DW_PREP,	/* preposition: context for bare years and months */
	DW_DET,		/* the, a, an */
	DW_FUTURE,	/* a word that puts a clause in the future */
	DW_PAST,	/* a word that puts a clause in the past */
	DW_BLOCK,	/* a noun after which a number is not a year */
	DW_NOON,	/* value: hour (noon 12, midnight 0) */
	DW_FISCAL,	/* "fiscal" */
	DW_HALF,	/* "half" */
	DW_SET,		/* every, each: value 0; daily ...: enum dw_unit */
	DW_FEW,		/* several, few, many, some: an unknown count */
	DW_AMPM,	/* am (0), pm (12) */
	DW_OCLOCK,	/* "o'clock" (as one word "oclock") */
	DW_OF,		/* "of" */
	DW_TO,		/* "to", "through", "until", "and": range joiners */
	DW_APPROX,	/* about, nearly, some: before a quantity */
	DW_QTY,		/* people, million: after a quantity, not a year */
	DW_HOLIDAY,	/* value: MMDD, or a DW_H_ code for movable feasts */
	DW_PRESS,	/* Times, Telegraph: "Sunday Times" names a paper */
	DW_DEFER	/* postponed, extended: "postponed until" looks ahead */
};

/* Holidays whose date moves; the second word, if any, is in the row. */
enum dw_holiday {
	DW_H_EASTER = 1, DW_H_THANKSGIVING, DW_H_MEMORIAL, DW_H_LABOR,
	DW_H_GOODFRIDAY
};

enum dw_unit {
	DW_U_NONE, DW_U_MINUTE, DW_U_HOUR, DW_U_DAY, DW_U_WEEK,
	DW_U_WEEKEND, DW_U_MONTH, DW_U_QUARTER, DW_U_YEAR, DW_U_DECADE,
	DW_U_CENTURY, DW_U_FORTNIGHT, DW_U_SECOND
};

enum dw_part { DW_P_MO = 1, DW_P_AF, DW_P_EV, DW_P_NI, DW_P_DAY };

enum dw_season { DW_S_SP = 1, DW_S_SU, DW_S_FA, DW_S_WI };

enum dw_rel {
	DW_R_THIS = 1,	/* this, current */
	DW_R_LAST,	/* last */
	DW_R_PAST,	/* past: "the past year" is a duration */
	DW_R_PREV,	/* previous, prior */
	DW_R_NEXT,	/* next */
	DW_R_COMING,	/* coming, following, upcoming */
	DW_R_RECENT,	/* recent */
	DW_R_THAT	/* that, same: "that day", "the same day" */
};

enum dw_deixis {
	DW_D_TODAY = 1, DW_D_YESTERDAY, DW_D_TOMORROW, DW_D_TONIGHT,
	DW_D_NOW, DW_D_RECENTLY, DW_D_NOWADAYS, DW_D_FUTURE, DW_D_PRESENT,
	DW_D_THESE	/* "these days" */
};

enum dw_mod {
	DW_M_EARLY = 1,	/* early, earlier, beginning, start */
	DW_M_LATE,	/* late, later, end */
	DW_M_MID	/* mid, middle */
};

/* Row flags. */
#define DW_F_ABBR	0x01	/* abbreviation: needs a date around it */
#define DW_F_AMBIG	0x02	/* also a common word (May, March, fall) */
#define DW_F_PLURAL	0x04	/* plural unit: years */
#define DW_F_COMP	0x08	/* comparative form: earlier, later */
#define DW_F_NOUN	0x10	/* beginning, start, end, middle: need "of" */
#define DW_F_DAY	0x20	/* holiday: only with "Day" after it */
#define DW_F_POSS	0x40	/* holiday: with "'s Day": Valentine's Day */

struct dw_entry {
	const char	*word;
	uint8_t		 cls;
	uint8_t		 flags;
	int16_t		 value;
};

struct dw_lang;

/* The language named code ("en"), or NULL when there is no such table. */
const struct dw_lang	*datewords_lang(const char *code);
/* The codes of the languages there are, NULL-terminated. */
const char *const	*datewords_langs(void);
/*
 * Look up the word [s, s+len), compared without regard to ASCII case.
 * Returns the row, or NULL.  Words longer than 15 bytes are never in a
 * table.
 */
const struct dw_entry	*datewords_find(const struct dw_lang *, const char *s,
			    size_t len);
/* The same, when 8 bytes are readable at s whatever len: no copy. */
const struct dw_entry	*datewords_find_wide(const struct dw_lang *,
			    const char *s, size_t len);

#endif
