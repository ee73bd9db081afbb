/*
 * datewords: per-language word tables for dates.c, and their hash index.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "datewords.h"
#include "xalloc.h"

#define DW_HASHBITS	10
#define DW_HASHSIZE	(1u << DW_HASHBITS)
#define DW_MAXWORD	15
#define DW_BLOOMBITS	8192

/*
 * A word of at most 15 letters as two 64-bit words, lower-cased: its
 * first eight bytes (zero past its end) and, when longer than eight, its
 * last eight.  With the length it identifies the word, so comparing and
 * hashing take a few instructions instead of a loop over the bytes.
 */
struct dw_key {
	uint64_t	lo, hi;
};

struct dw_lang {
	const char		*code;
	const struct dw_entry	*rows;
	/* Open addressing: index+1 into rows, 0 for an empty slot. */
	uint16_t		 slot[DW_HASHSIZE];
	/*
	 * A filter before the hash: bit (last letter) of ends[len][first
	 * letter] is set when some row has that length and those letters.
	 * Most words of running text fail it, so lookups stay cheap.
	 */
	uint32_t		 ends[DW_MAXWORD + 1][26];
	/* A second filter on the hash itself: one bit per row's hash. */
	uint64_t		 bloom[DW_BLOOMBITS / 64];
	/* Each row's word as a key (see dw_key), compared whole. */
	struct dw_key		*keys;
	int			 built;
};

/*
 * English.  Abbreviations are listed without their period; the grammar
 * takes an optional period after any word.  "May", "March" and "fall"
 * are also verbs, "Sun" and "Sat" other things: they are flagged so that
 * the grammar asks for a date around them.
 */
static const struct dw_entry dw_en[] = {
	{ "january", DW_MONTH, 0, 1 }, { "jan", DW_MONTH, DW_F_ABBR, 1 },
	{ "february", DW_MONTH, 0, 2 }, { "feb", DW_MONTH, DW_F_ABBR, 2 },
	{ "march", DW_MONTH, DW_F_AMBIG, 3 },
	{ "mar", DW_MONTH, DW_F_ABBR, 3 },
	{ "april", DW_MONTH, DW_F_AMBIG, 4 },
	{ "apr", DW_MONTH, DW_F_ABBR, 4 },
	{ "may", DW_MONTH, DW_F_AMBIG, 5 },
	{ "june", DW_MONTH, DW_F_AMBIG, 6 },
	{ "jun", DW_MONTH, DW_F_ABBR, 6 },
	{ "july", DW_MONTH, 0, 7 }, { "jul", DW_MONTH, DW_F_ABBR, 7 },
	{ "august", DW_MONTH, DW_F_AMBIG, 8 },
	{ "aug", DW_MONTH, DW_F_ABBR, 8 },
	{ "september", DW_MONTH, 0, 9 }, { "sep", DW_MONTH, DW_F_ABBR, 9 },
	{ "sept", DW_MONTH, DW_F_ABBR, 9 },
	{ "october", DW_MONTH, 0, 10 }, { "oct", DW_MONTH, DW_F_ABBR, 10 },
	{ "november", DW_MONTH, 0, 11 }, { "nov", DW_MONTH, DW_F_ABBR, 11 },
	{ "december", DW_MONTH, 0, 12 }, { "dec", DW_MONTH, DW_F_ABBR, 12 },

	{ "monday", DW_WDAY, 0, 1 }, { "mon", DW_WDAY, DW_F_ABBR, 1 },
	{ "tuesday", DW_WDAY, 0, 2 }, { "tue", DW_WDAY, DW_F_ABBR, 2 },
	{ "tues", DW_WDAY, DW_F_ABBR, 2 },
	{ "wednesday", DW_WDAY, 0, 3 }, { "wed", DW_WDAY, DW_F_ABBR, 3 },
	{ "thursday", DW_WDAY, 0, 4 }, { "thu", DW_WDAY, DW_F_ABBR, 4 },
	{ "thur", DW_WDAY, DW_F_ABBR, 4 }, { "thurs", DW_WDAY, DW_F_ABBR, 4 },
	{ "friday", DW_WDAY, 0, 5 }, { "fri", DW_WDAY, DW_F_ABBR, 5 },
	{ "saturday", DW_WDAY, 0, 6 }, { "sat", DW_WDAY, DW_F_ABBR, 6 },
	{ "sunday", DW_WDAY, 0, 7 }, { "sun", DW_WDAY, DW_F_ABBR, 7 },

	{ "one", DW_NUM, 0, 1 }, { "two", DW_NUM, 0, 2 },
	{ "three", DW_NUM, 0, 3 }, { "four", DW_NUM, 0, 4 },
	{ "five", DW_NUM, 0, 5 }, { "six", DW_NUM, 0, 6 },
	{ "seven", DW_NUM, 0, 7 }, { "eight", DW_NUM, 0, 8 },
	{ "nine", DW_NUM, 0, 9 }, { "ten", DW_NUM, 0, 10 },
	{ "eleven", DW_NUM, 0, 11 }, { "twelve", DW_NUM, 0, 12 },
	{ "thirteen", DW_NUM, 0, 13 }, { "fourteen", DW_NUM, 0, 14 },
	{ "fifteen", DW_NUM, 0, 15 }, { "sixteen", DW_NUM, 0, 16 },
	{ "seventeen", DW_NUM, 0, 17 }, { "eighteen", DW_NUM, 0, 18 },
	{ "nineteen", DW_NUM, 0, 19 }, { "twenty", DW_NUM, 0, 20 },
	{ "thirty", DW_NUM, 0, 30 }, { "forty", DW_NUM, 0, 40 },
	{ "fifty", DW_NUM, 0, 50 }, { "sixty", DW_NUM, 0, 60 },
	{ "hundred", DW_NUM, 0, 100 }, { "a", DW_DET, 0, 1 },
	{ "an", DW_DET, 0, 1 }, { "the", DW_DET, 0, 0 },
	{ "couple", DW_FEW, 0, 2 }, { "several", DW_FEW, 0, 0 },
	{ "few", DW_FEW, 0, 0 }, { "many", DW_FEW, 0, 0 },
	{ "some", DW_FEW, 0, 0 }, { "recent", DW_REL, 0, DW_R_RECENT },

	{ "first", DW_ORD, 0, 1 }, { "second", DW_ORD, 0, 2 },
	{ "third", DW_ORD, 0, 3 }, { "fourth", DW_ORD, 0, 4 },
	{ "fifth", DW_ORD, 0, 5 }, { "sixth", DW_ORD, 0, 6 },
	{ "seventh", DW_ORD, 0, 7 }, { "eighth", DW_ORD, 0, 8 },
	{ "ninth", DW_ORD, 0, 9 }, { "tenth", DW_ORD, 0, 10 },
	{ "eleventh", DW_ORD, 0, 11 }, { "twelfth", DW_ORD, 0, 12 },
	{ "thirteenth", DW_ORD, 0, 13 }, { "fifteenth", DW_ORD, 0, 15 },
	{ "twentieth", DW_ORD, 0, 20 }, { "thirtieth", DW_ORD, 0, 30 },

	{ "minute", DW_UNIT, 0, DW_U_MINUTE },
	{ "minutes", DW_UNIT, DW_F_PLURAL, DW_U_MINUTE },
	{ "hour", DW_UNIT, 0, DW_U_HOUR },
	{ "hours", DW_UNIT, DW_F_PLURAL, DW_U_HOUR },
	{ "day", DW_UNIT, 0, DW_U_DAY },
	{ "days", DW_UNIT, DW_F_PLURAL, DW_U_DAY },
	{ "week", DW_UNIT, 0, DW_U_WEEK },
	{ "weeks", DW_UNIT, DW_F_PLURAL, DW_U_WEEK },
	{ "weekend", DW_UNIT, 0, DW_U_WEEKEND },
	{ "fortnight", DW_UNIT, 0, DW_U_FORTNIGHT },
	{ "month", DW_UNIT, 0, DW_U_MONTH },
	{ "months", DW_UNIT, DW_F_PLURAL, DW_U_MONTH },
	{ "quarter", DW_UNIT, 0, DW_U_QUARTER },
	{ "quarters", DW_UNIT, DW_F_PLURAL, DW_U_QUARTER },
	{ "year", DW_UNIT, 0, DW_U_YEAR },
	{ "years", DW_UNIT, DW_F_PLURAL, DW_U_YEAR },
	{ "decade", DW_UNIT, 0, DW_U_DECADE },
	{ "decades", DW_UNIT, DW_F_PLURAL, DW_U_DECADE },
	{ "century", DW_UNIT, 0, DW_U_CENTURY },
	{ "centuries", DW_UNIT, DW_F_PLURAL, DW_U_CENTURY },
	{ "seconds", DW_UNIT, DW_F_PLURAL, DW_U_SECOND },

	{ "morning", DW_PART, 0, DW_P_MO },
	{ "afternoon", DW_PART, 0, DW_P_AF },
	{ "evening", DW_PART, 0, DW_P_EV },
	{ "night", DW_PART, 0, DW_P_NI },
	{ "overnight", DW_PART, 0, DW_P_NI },

	{ "spring", DW_SEASON, 0, DW_S_SP },
	{ "summer", DW_SEASON, 0, DW_S_SU },
	{ "autumn", DW_SEASON, 0, DW_S_FA },
	{ "fall", DW_SEASON, DW_F_AMBIG, DW_S_FA },
	{ "winter", DW_SEASON, 0, DW_S_WI },

	{ "this", DW_REL, 0, DW_R_THIS }, { "current", DW_REL, 0, DW_R_THIS },
	{ "last", DW_REL, 0, DW_R_LAST },
	{ "previous", DW_REL, 0, DW_R_PREV },
	{ "past", DW_REL, 0, DW_R_PAST }, { "prior", DW_REL, 0, DW_R_PREV },
	{ "next", DW_REL, 0, DW_R_NEXT }, { "coming", DW_REL, 0, DW_R_COMING },
	{ "following", DW_REL, 0, DW_R_COMING },
	{ "upcoming", DW_REL, 0, DW_R_COMING },
	{ "that", DW_REL, 0, DW_R_THAT }, { "same", DW_REL, 0, DW_R_THAT },

	{ "today", DW_DEIXIS, 0, DW_D_TODAY },
	{ "yesterday", DW_DEIXIS, 0, DW_D_YESTERDAY },
	{ "tomorrow", DW_DEIXIS, 0, DW_D_TOMORROW },
	{ "tonight", DW_DEIXIS, 0, DW_D_TONIGHT },
	{ "now", DW_DEIXIS, 0, DW_D_NOW },
	{ "currently", DW_DEIXIS, 0, DW_D_NOW },
	{ "presently", DW_DEIXIS, 0, DW_D_NOW },
	{ "nowadays", DW_DEIXIS, 0, DW_D_NOWADAYS },
	{ "recently", DW_DEIXIS, 0, DW_D_RECENTLY },
	{ "future", DW_DEIXIS, 0, DW_D_FUTURE },
	{ "present", DW_DEIXIS, 0, DW_D_PRESENT },
	{ "these", DW_DEIXIS, 0, DW_D_THESE },
	/* "the near future": listed so that "the" before them is tried. */
	{ "near", DW_NONE, 0, 0 }, { "distant", DW_NONE, 0, 0 },
	{ "foreseeable", DW_NONE, 0, 0 },

	{ "early", DW_MOD, 0, DW_M_EARLY },
	{ "earlier", DW_MOD, DW_F_COMP, DW_M_EARLY },
	{ "beginning", DW_MOD, DW_F_NOUN, DW_M_EARLY },
	{ "start", DW_MOD, DW_F_NOUN, DW_M_EARLY },
	{ "late", DW_MOD, 0, DW_M_LATE },
	{ "later", DW_MOD, DW_F_COMP, DW_M_LATE },
	{ "end", DW_MOD, DW_F_NOUN, DW_M_LATE },
	{ "mid", DW_MOD, 0, DW_M_MID },
	{ "middle", DW_MOD, DW_F_NOUN, DW_M_MID },

	{ "ago", DW_AGO, 0, 0 },
	{ "noon", DW_NOON, 0, 12 }, { "midday", DW_NOON, 0, 12 },
	/* TimeML writes the midnight that ends a day as T24:00. */
	{ "midnight", DW_NOON, 0, 24 },
	{ "fiscal", DW_FISCAL, 0, 0 }, { "half", DW_HALF, 0, 0 },
	{ "every", DW_SET, 0, 0 }, { "each", DW_SET, 0, 0 },
	{ "daily", DW_SET, 0, DW_U_DAY }, { "weekly", DW_SET, 0, DW_U_WEEK },
	{ "monthly", DW_SET, 0, DW_U_MONTH },
	{ "quarterly", DW_SET, 0, DW_U_QUARTER },
	{ "annually", DW_SET, 0, DW_U_YEAR }, { "yearly", DW_SET, 0, DW_U_YEAR },
	{ "am", DW_AMPM, 0, 0 }, { "pm", DW_AMPM, 0, 12 },
	{ "oclock", DW_OCLOCK, 0, 0 },
	{ "of", DW_OF, 0, 0 },
	{ "to", DW_TO, 0, 0 }, { "through", DW_TO, 0, 0 },
	{ "until", DW_TO, 0, 0 }, { "till", DW_TO, 0, 0 },
	{ "and", DW_TO, 0, 1 }, { "thru", DW_TO, 0, 0 },

	/* Offsets in minutes east of UTC. */
	{ "utc", DW_ZONE, 0, 0 }, { "gmt", DW_ZONE, 0, 0 },
	{ "z", DW_ZONE, DW_F_ABBR, 0 },
	{ "est", DW_ZONE, 0, -300 }, { "edt", DW_ZONE, 0, -240 },
	{ "et", DW_ZONE, 0, -300 }, { "cst", DW_ZONE, 0, -360 },
	{ "cdt", DW_ZONE, 0, -300 }, { "ct", DW_ZONE, 0, -360 },
	{ "mst", DW_ZONE, 0, -420 }, { "mdt", DW_ZONE, 0, -360 },
	{ "pst", DW_ZONE, 0, -480 }, { "pdt", DW_ZONE, 0, -420 },
	{ "pt", DW_ZONE, 0, -480 }, { "bst", DW_ZONE, 0, 60 },
	{ "cet", DW_ZONE, 0, 60 }, { "cest", DW_ZONE, 0, 120 },
	{ "eet", DW_ZONE, 0, 120 }, { "ist", DW_ZONE, 0, 330 },
	{ "jst", DW_ZONE, 0, 540 }, { "kst", DW_ZONE, 0, 540 },
	{ "hkt", DW_ZONE, 0, 480 }, { "sgt", DW_ZONE, 0, 480 },
	{ "aest", DW_ZONE, 0, 600 }, { "aedt", DW_ZONE, 0, 660 },
	{ "msk", DW_ZONE, 0, 180 }, { "wib", DW_ZONE, 0, 420 },
	{ "pht", DW_ZONE, 0, 480 },

	{ "in", DW_PREP, 0, 0 }, { "on", DW_PREP, 0, 0 },
	{ "at", DW_PREP, 0, 0 }, { "since", DW_PREP, 0, 0 },
	{ "by", DW_PREP, 0, 0 }, { "during", DW_PREP, 0, 0 },
	{ "from", DW_PREP, 0, 0 }, { "before", DW_PREP, 0, 0 },
	{ "after", DW_PREP, 0, 0 }, { "for", DW_PREP, 0, 0 },
	{ "between", DW_PREP, 0, 0 }, { "around", DW_APPROX, 0, 0 },
	{ "as", DW_PREP, 0, 0 }, { "into", DW_PREP, 0, 0 },
	{ "throughout", DW_PREP, 0, 0 }, { "circa", DW_PREP, 0, 0 },
	{ "about", DW_APPROX, 0, 0 }, { "within", DW_PREP, 0, 0 },
	{ "than", DW_APPROX, 0, 0 }, { "over", DW_APPROX, 0, 0 },
	{ "nearly", DW_APPROX, 0, 0 }, { "almost", DW_APPROX, 0, 0 },
	{ "only", DW_APPROX, 0, 0 }, { "roughly", DW_APPROX, 0, 0 },
	{ "approximately", DW_APPROX, 0, 0 }, { "just", DW_APPROX, 0, 0 },
	{ "least", DW_APPROX, 0, 0 }, { "estimated", DW_APPROX, 0, 0 },
	{ "under", DW_APPROX, 0, 0 }, { "total", DW_APPROX, 0, 0 },
	{ "people", DW_QTY, 0, 0 }, { "men", DW_QTY, 0, 0 },
	{ "women", DW_QTY, 0, 0 }, { "children", DW_QTY, 0, 0 },
	{ "staff", DW_QTY, 0, 0 }, { "police", DW_QTY, 0, 0 },
	{ "personnel", DW_QTY, 0, 0 }, { "million", DW_QTY, 0, 0 },
	{ "billion", DW_QTY, 0, 0 }, { "thousand", DW_QTY, 0, 0 },
	{ "percent", DW_QTY, 0, 0 }, { "per", DW_QTY, 0, 0 },
	{ "feet", DW_QTY, 0, 0 }, { "foot", DW_QTY, 0, 0 },
	{ "yen", DW_QTY, 0, 0 }, { "yuan", DW_QTY, 0, 0 },
	{ "euro", DW_QTY, 0, 0 }, { "head", DW_QTY, 0, 0 },
	{ "km", DW_QTY, 0, 0 }, { "kg", DW_QTY, 0, 0 },
	{ "mph", DW_QTY, 0, 0 }, { "strong", DW_QTY, 0, 0 },
	{ "other", DW_QTY, 0, 0 }, { "more", DW_QTY, 0, 0 },

	{ "will", DW_FUTURE, 0, 0 }, { "shall", DW_FUTURE, 0, 0 },
	{ "would", DW_FUTURE, 0, 0 },
	/* Value 2: a modal that tells of the past when negated. */
	{ "could", DW_FUTURE, 0, 2 }, { "can", DW_FUTURE, 0, 2 },
	{ "might", DW_FUTURE, 0, 2 }, { "should", DW_FUTURE, 0, 2 },
	/* Present tenses that schedule: "the law expires Dec. 31". */
	{ "expires", DW_FUTURE, 0, 0 }, { "begins", DW_FUTURE, 0, 0 },
	{ "starts", DW_FUTURE, 0, 0 }, { "opens", DW_FUTURE, 0, 0 },
	{ "closes", DW_FUTURE, 0, 0 }, { "resumes", DW_FUTURE, 0, 0 },
	{ "ends", DW_FUTURE, 0, 0 }, { "takes", DW_FUTURE, 0, 0 },
	{ "meets", DW_FUTURE, 0, 0 }, { "reopens", DW_FUTURE, 0, 0 },
	{ "launches", DW_FUTURE, 0, 0 }, { "runs", DW_FUTURE, 0, 0 },
	{ "scheduled", DW_FUTURE, 0, 0 }, { "expected", DW_FUTURE, 0, 0 },
	{ "plans", DW_FUTURE, 0, 0 }, { "planned", DW_FUTURE, 0, 0 },
	{ "plan", DW_FUTURE, 0, 0 }, { "due", DW_FUTURE, 0, 0 },
	{ "set", DW_FUTURE, 0, 0 }, { "going", DW_FUTURE, 0, 0 },
	{ "ll", DW_FUTURE, 0, 0 }, { "wo", DW_FUTURE, 0, 0 },
	{ "expects", DW_FUTURE, 0, 0 }, { "intends", DW_FUTURE, 0, 0 },
	{ "slated", DW_FUTURE, 0, 0 }, { "tomorrows", DW_FUTURE, 0, 0 },
	/* Value 1: a reporting verb, past but saying little of the event. */
	{ "said", DW_PAST, 0, 1 }, { "was", DW_PAST, 0, 0 },
	{ "were", DW_PAST, 0, 0 }, { "had", DW_PAST, 0, 0 },
	{ "did", DW_PAST, 0, 0 }, { "told", DW_PAST, 0, 1 },
	{ "announced", DW_PAST, 0, 1 }, { "met", DW_PAST, 0, 0 },
	{ "held", DW_PAST, 0, 0 }, { "spoke", DW_PAST, 0, 0 },
	{ "made", DW_PAST, 0, 0 }, { "took", DW_PAST, 0, 0 },
	/* Irregular past tenses; regular ones end in -ed. */
	{ "hit", DW_PAST, 0, 0 }, { "began", DW_PAST, 0, 0 },
	{ "came", DW_PAST, 0, 0 }, { "went", DW_PAST, 0, 0 },
	{ "saw", DW_PAST, 0, 0 }, { "gave", DW_PAST, 0, 0 },
	{ "left", DW_PAST, 0, 0 }, { "won", DW_PAST, 0, 0 },
	{ "lost", DW_PAST, 0, 0 }, { "fell", DW_PAST, 0, 0 },
	{ "rose", DW_PAST, 0, 0 }, { "sold", DW_PAST, 0, 0 },
	{ "bought", DW_PAST, 0, 0 }, { "paid", DW_PAST, 0, 0 },
	{ "ran", DW_PAST, 0, 0 }, { "led", DW_PAST, 0, 0 },
	{ "kept", DW_PAST, 0, 0 }, { "sent", DW_PAST, 0, 0 },
	{ "brought", DW_PAST, 0, 0 }, { "found", DW_PAST, 0, 0 },
	{ "got", DW_PAST, 0, 0 }, { "struck", DW_PAST, 0, 0 },
	{ "shot", DW_PAST, 0, 0 }, { "fled", DW_PAST, 0, 0 },
	{ "grew", DW_PAST, 0, 0 }, { "knew", DW_PAST, 0, 0 },
	{ "thought", DW_PAST, 0, 0 }, { "felt", DW_PAST, 0, 0 },
	{ "stood", DW_PAST, 0, 0 }, { "wrote", DW_PAST, 0, 0 },
	{ "broke", DW_PAST, 0, 0 }, { "chose", DW_PAST, 0, 0 },
	{ "drove", DW_PAST, 0, 0 }, { "flew", DW_PAST, 0, 0 },
	{ "hung", DW_PAST, 0, 0 }, { "hid", DW_PAST, 0, 0 },
	{ "meant", DW_PAST, 0, 0 }, { "quit", DW_PAST, 0, 0 },
	{ "rode", DW_PAST, 0, 0 }, { "rang", DW_PAST, 0, 0 },
	{ "sank", DW_PAST, 0, 0 }, { "slept", DW_PAST, 0, 0 },
	{ "spent", DW_PAST, 0, 0 }, { "stole", DW_PAST, 0, 0 },
	{ "stuck", DW_PAST, 0, 0 }, { "swore", DW_PAST, 0, 0 },
	{ "swept", DW_PAST, 0, 0 }, { "taught", DW_PAST, 0, 0 },
	{ "tore", DW_PAST, 0, 0 }, { "threw", DW_PAST, 0, 0 },
	{ "understood", DW_PAST, 0, 0 }, { "woke", DW_PAST, 0, 0 },
	{ "wore", DW_PAST, 0, 0 }, { "withdrew", DW_PAST, 0, 0 },
	{ "became", DW_PAST, 0, 0 }, { "arose", DW_PAST, 0, 0 },
	{ "beat", DW_PAST, 0, 0 }, { "blew", DW_PAST, 0, 0 },
	{ "built", DW_PAST, 0, 0 }, { "caught", DW_PAST, 0, 0 },
	{ "crept", DW_PAST, 0, 0 }, { "dealt", DW_PAST, 0, 0 },
	{ "dug", DW_PAST, 0, 0 }, { "drew", DW_PAST, 0, 0 },
	{ "drank", DW_PAST, 0, 0 }, { "ate", DW_PAST, 0, 0 },
	{ "fought", DW_PAST, 0, 0 }, { "froze", DW_PAST, 0, 0 },
	{ "lent", DW_PAST, 0, 0 }, { "sought", DW_PAST, 0, 0 },
	{ "overtook", DW_PAST, 0, 0 }, { "rebuilt", DW_PAST, 0, 0 },
	{ "sped", DW_PAST, 0, 0 }, { "slid", DW_PAST, 0, 0 },
	{ "shook", DW_PAST, 0, 0 }, { "forbade", DW_PAST, 0, 0 },
	{ "forgave", DW_PAST, 0, 0 },

	{ "section", DW_BLOCK, 0, 0 }, { "article", DW_BLOCK, 0, 0 },
	{ "rule", DW_BLOCK, 0, 0 }, { "room", DW_BLOCK, 0, 0 },
	{ "page", DW_BLOCK, 0, 0 }, { "pages", DW_BLOCK, 0, 0 },
	{ "flight", DW_BLOCK, 0, 0 }, { "route", DW_BLOCK, 0, 0 },
	{ "chapter", DW_BLOCK, 0, 0 }, { "model", DW_BLOCK, 0, 0 },
	{ "version", DW_BLOCK, 0, 0 }, { "no", DW_BLOCK, 0, 0 },
	{ "number", DW_BLOCK, 0, 0 }, { "nos", DW_BLOCK, 0, 0 },
	{ "highway", DW_BLOCK, 0, 0 }, { "interstate", DW_BLOCK, 0, 0 },
	{ "suite", DW_BLOCK, 0, 0 }, { "resolution", DW_BLOCK, 0, 0 },
	{ "paragraph", DW_BLOCK, 0, 0 }, { "item", DW_BLOCK, 0, 0 },
	{ "exhibit", DW_BLOCK, 0, 0 }, { "volume", DW_BLOCK, 0, 0 },
	{ "vol", DW_BLOCK, 0, 0 }, { "box", DW_BLOCK, 0, 0 },
	{ "lot", DW_BLOCK, 0, 0 }, { "unit", DW_BLOCK, 0, 0 },
	{ "windows", DW_BLOCK, 0, 0 }, { "office", DW_BLOCK, 0, 0 },
	{ "bill", DW_BLOCK, 0, 0 }, { "form", DW_BLOCK, 0, 0 },
	{ "code", DW_BLOCK, 0, 0 }, { "street", DW_BLOCK, 0, 0 },
	{ "avenue", DW_BLOCK, 0, 0 }, { "road", DW_BLOCK, 0, 0 },
	{ "gate", DW_BLOCK, 0, 0 }, { "platform", DW_BLOCK, 0, 0 },
	{ "bus", DW_BLOCK, 0, 0 }, { "channel", DW_BLOCK, 0, 0 },
	{ "apt", DW_BLOCK, 0, 0 }, { "ext", DW_BLOCK, 0, 0 },
	{ "tel", DW_BLOCK, 0, 0 }, { "phone", DW_BLOCK, 0, 0 },
	{ "level", DW_BLOCK, 0, 0 }, { "grade", DW_BLOCK, 0, 0 },
	{ "score", DW_BLOCK, 0, 0 }, { "scored", DW_BLOCK, 0, 0 },
	{ "points", DW_BLOCK, 0, 0 }, { "vs", DW_BLOCK, 0, 0 },
	{ "top", DW_BLOCK, 0, 0 }, { "size", DW_BLOCK, 0, 0 },
	{ "build", DW_BLOCK, 0, 0 }, { "release", DW_BLOCK, 0, 0 },
	{ "v", DW_BLOCK, 0, 0 }, { "ver", DW_BLOCK, 0, 0 },
	{ "patch", DW_BLOCK, 0, 0 }, { "firmware", DW_BLOCK, 0, 0 },

	/* Holidays, capitalised in text: MMDD or enum dw_holiday. */
	{ "christmas", DW_HOLIDAY, 0, 1225 },
	{ "new", DW_HOLIDAY, DW_F_DAY | DW_F_POSS, 101 },
	{ "halloween", DW_HOLIDAY, 0, 1031 },
	{ "independence", DW_HOLIDAY, DW_F_DAY, 704 },
	{ "veterans", DW_HOLIDAY, DW_F_DAY, 1111 },
	{ "boxing", DW_HOLIDAY, DW_F_DAY, 1226 },
	{ "valentine", DW_HOLIDAY, DW_F_DAY | DW_F_POSS, 214 },
	{ "easter", DW_HOLIDAY, 0, DW_H_EASTER },
	{ "thanksgiving", DW_HOLIDAY, 0, DW_H_THANKSGIVING },
	{ "memorial", DW_HOLIDAY, DW_F_DAY, DW_H_MEMORIAL },
	{ "labor", DW_HOLIDAY, DW_F_DAY, DW_H_LABOR },
	{ "labour", DW_HOLIDAY, DW_F_DAY, DW_H_LABOR },

	/* Before "to" or "until" a date, these point past the telling. */
	{ "postponed", DW_DEFER, 0, 0 }, { "delayed", DW_DEFER, 0, 0 },
	{ "extended", DW_DEFER, 0, 0 }, { "pushed", DW_DEFER, 0, 0 },
	{ "moved", DW_DEFER, 0, 0 }, { "rescheduled", DW_DEFER, 0, 0 },
	{ "deferred", DW_DEFER, 0, 0 }, { "adjourned", DW_DEFER, 0, 0 },
	{ "suspended", DW_DEFER, 0, 0 }, { "deadline", DW_DEFER, 0, 0 },

	/* After a capitalised weekday or "Today", the name of a paper. */
	{ "times", DW_PRESS, 0, 0 }, { "telegraph", DW_PRESS, 0, 0 },
	{ "express", DW_PRESS, 0, 0 }, { "mirror", DW_PRESS, 0, 0 },
	{ "herald", DW_PRESS, 0, 0 }, { "post", DW_PRESS, 0, 0 },
	{ "tribune", DW_PRESS, 0, 0 }, { "star", DW_PRESS, 0, 0 },
	{ "independent", DW_PRESS, 0, 0 }, { "show", DW_PRESS, 0, 0 },

	/* Abbreviations whose period does not end a sentence. */
	{ "mr", DW_NONE, DW_F_ABBR, 0 }, { "mrs", DW_NONE, DW_F_ABBR, 0 },
	{ "ms", DW_NONE, DW_F_ABBR, 0 }, { "dr", DW_NONE, DW_F_ABBR, 0 },
	{ "st", DW_NONE, DW_F_ABBR, 0 }, { "jr", DW_NONE, DW_F_ABBR, 0 },
	{ "sr", DW_NONE, DW_F_ABBR, 0 }, { "corp", DW_NONE, DW_F_ABBR, 0 },
	{ "inc", DW_NONE, DW_F_ABBR, 0 }, { "co", DW_NONE, DW_F_ABBR, 0 },
	{ "ltd", DW_NONE, DW_F_ABBR, 0 }, { "gov", DW_NONE, DW_F_ABBR, 0 },
	{ "sen", DW_NONE, DW_F_ABBR, 0 }, { "rep", DW_NONE, DW_F_ABBR, 0 },
	{ "gen", DW_NONE, DW_F_ABBR, 0 }, { "col", DW_NONE, DW_F_ABBR, 0 },
	{ "lt", DW_NONE, DW_F_ABBR, 0 }, { "capt", DW_NONE, DW_F_ABBR, 0 },
	{ "prof", DW_NONE, DW_F_ABBR, 0 }, { "sgt", DW_NONE, DW_F_ABBR, 0 },
	{ "vs", DW_NONE, DW_F_ABBR, 0 }, { "etc", DW_NONE, DW_F_ABBR, 0 },
	{ NULL, 0, 0, 0 }
};

static struct dw_lang dw_langs[] = {
	{ "en", dw_en, { 0 }, { { 0 } }, { 0 }, NULL, 0 },
};

static const char *const dw_codes[] = { "en", NULL };

/* 0x20 in each byte of the first n (n <= 8): folds ASCII letters. */
static uint64_t
dw_mask(size_t n)
{
	return n >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * n)) - 1;
}

/* The key of [s, s+len), 1 <= len <= 15, 8 bytes readable at s. */
static void
dw_key_wide(const char *s, size_t len, struct dw_key *k)
{
	uint64_t x;

	memcpy(&x, s, 8);
	k->lo = (x | 0x2020202020202020ull) & dw_mask(len);
	k->hi = 0;
	if (len > 8) {
		memcpy(&x, s + len - 8, 8);
		k->hi = x | 0x2020202020202020ull;
	}
}

/* The same for any [s, s+len): through a padded copy. */
static void
dw_key_copy(const char *s, size_t len, struct dw_key *k)
{
	char b[16] = { 0 };

	memcpy(b, s, len);
	dw_key_wide(b, len, k);
}

static uint32_t
dw_hash(const struct dw_key *k, size_t len)
{
	uint64_t h = k->lo * 0x9e3779b97f4a7c15ull ^
	    k->hi * 0xc2b2ae3d27d4eb4full ^ len;

	return (uint32_t)(h >> 29);
}

static size_t
dw_slot(uint32_t h)
{
	return h & (DW_HASHSIZE - 1);
}

static void
dw_build(struct dw_lang *l)
{
	struct dw_key key;
	size_t i, k, n;
	uint32_t h;

	for (n = 0; l->rows[n].word != NULL; n++)
		continue;
	l->keys = xreallocarray(NULL, n, sizeof(*l->keys));
	for (i = 0; i < n; i++) {
		const char *w = l->rows[i].word;
		size_t len = strlen(w);

		l->ends[len][w[0] - 'a'] |= 1u << (w[len - 1] - 'a');
		dw_key_copy(w, len, &key);
		l->keys[i] = key;
		h = dw_hash(&key, len);
		l->bloom[(h / 7) % DW_BLOOMBITS / 64] |=
		    (uint64_t)1 << ((h / 7) % DW_BLOOMBITS % 64);
		for (k = dw_slot(h); l->slot[k] != 0;
		    k = (k + 1) & (DW_HASHSIZE - 1))
			continue;
		l->slot[k] = (uint16_t)(i + 1);
	}
	l->built = 1;
}

const struct dw_lang *
datewords_lang(const char *code)
{
	size_t i;

	for (i = 0; i < sizeof(dw_langs) / sizeof(dw_langs[0]); i++) {
		if (strcmp(dw_langs[i].code, code) != 0)
			continue;
		if (!dw_langs[i].built)
			dw_build(&dw_langs[i]);
		return &dw_langs[i];
	}
	return NULL;
}

const char *const *
datewords_langs(void)
{
	return dw_codes;
}

/* The filter on length, first and last letter: most words stop here. */
static int
dw_maybe(const struct dw_lang *l, const char *s, size_t len)
{
	unsigned a, z;

	if (len == 0 || len > DW_MAXWORD)
		return 0;
	a = (unsigned)(s[0] | 0x20) - 'a';
	z = (unsigned)(s[len - 1] | 0x20) - 'a';
	return a < 26 && z < 26 && (l->ends[len][a] & (1u << z));
}

static const struct dw_entry *
dw_find_key(const struct dw_lang *l, const struct dw_key *key, size_t len)
{
	uint32_t h = dw_hash(key, len), b = (h / 7) % DW_BLOOMBITS;
	size_t k;
	uint16_t r;

	if (!(l->bloom[b / 64] & ((uint64_t)1 << (b % 64))))
		return NULL;
	for (k = dw_slot(h); (r = l->slot[k]) != 0;
	    k = (k + 1) & (DW_HASHSIZE - 1))
		if (l->keys[r - 1].lo == key->lo &&
		    l->keys[r - 1].hi == key->hi &&
		    l->rows[r - 1].word[len] == '\0')
			return &l->rows[r - 1];
	return NULL;
}

const struct dw_entry *
datewords_find(const struct dw_lang *l, const char *s, size_t len)
{
	struct dw_key key;

	if (!dw_maybe(l, s, len))
		return NULL;
	dw_key_copy(s, len, &key);
	return dw_find_key(l, &key, len);
}

const struct dw_entry *
datewords_find_wide(const struct dw_lang *l, const char *s, size_t len)
{
	struct dw_key key;

	if (!dw_maybe(l, s, len))
		return NULL;
	dw_key_wide(s, len, &key);
	return dw_find_key(l, &key, len);
}
