/*
 * Unit tests of the date recogniser (lib/dates*.c, lib/datewords.c):
 * calendar arithmetic through the values it produces, the reference
 * parser, the word tables, and the invariants of every scan (hits in
 * order, not overlapping, inside the paragraph).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "datewords.h"
#include "tap.h"

static struct dates d;

/* Scan s against ref (NULL: none); return the value of hit n or "". */
static const char *
value(const char *s, const char *ref, size_t n)
{
	struct dates_ref r = DATES_REF_NONE;

	if (ref != NULL && dates_parse_ref(ref, strlen(ref), &r) != 0)
		return "bad ref";
	dates_scan(&d, s, strlen(s), ref ? &r : NULL);
	return n < d.nhit ? d.hit[n].value : "";
}

static void
check(const char *s, const char *ref, const char *want)
{
	const char *got = value(s, ref, 0);

	is_str(got, strlen(got), want, s);
}

/* Every hit lies inside the text, in order, without overlap. */
static int
well_formed(const char *s, size_t len)
{
	size_t i;

	dates_scan(&d, s, len, NULL);
	for (i = 0; i < d.nhit; i++) {
		if (d.hit[i].start >= d.hit[i].end || d.hit[i].end > len)
			return 0;
		if (i > 0 && d.hit[i].start < d.hit[i - 1].end)
			return 0;
		if (strlen(d.hit[i].value) == 0)
			return 0;
	}
	return 1;
}

static void
test_ref(void)
{
	struct dates_ref r;
	char b[32];

	ok(dates_parse_ref("2023-06-19", 10, &r) == 0 && r.y == 2023 &&
	    r.m == 6 && r.d == 19 && r.hh == -1, "ref: a date");
	ok(dates_parse_ref("2023-06-19T16:01:30Z", 20, &r) == 0 &&
	    r.hh == 16 && r.mi == 1, "ref: a date and time");
	ok(dates_parse_ref("2023-02-29", 10, &r) != 0, "ref: no Feb 29, 2023");
	ok(dates_parse_ref("2024-02-29", 10, &r) == 0, "ref: Feb 29, 2024");
	ok(dates_parse_ref("2023-6-19", 9, &r) != 0, "ref: short field");
	ok(dates_parse_ref("2023-06-190", 11, &r) != 0, "ref: trailing digit");
	dates_parse_ref("2023-06-19 08:05", 16, &r);
	dates_ref_format(&r, b, sizeof(b));
	is_str(b, strlen(b), "2023-06-19T08:05", "ref: formatted back");
}

static void
test_words(void)
{
	const struct dw_lang *en = datewords_lang("en");
	const struct dw_entry *e;

	ok(en != NULL && datewords_lang("xx") == NULL, "words: languages");
	e = datewords_find(en, "SEPT", 4);
	ok(e != NULL && e->cls == DW_MONTH && e->value == 9,
	    "words: case-blind lookup of an abbreviation");
	ok(datewords_find(en, "septembers", 10) == NULL, "words: no prefix hit");
	ok(datewords_find(en, "", 0) == NULL, "words: empty word");
	ok(strcmp(datewords_langs()[0], "en") == 0, "words: list of codes");
}

static void
test_calendar(void)
{
	/* ISO weeks at year ends, leap days, decades, quarters. */
	check("last week", "2021-01-06", "2020-W53");
	check("this week", "2024-12-30", "2025-W01");
	check("yesterday", "2024-03-01", "2024-02-29");
	check("tomorrow", "2023-12-31", "2024-01-01");
	check("last month", "2023-01-15", "2022-12");
	check("last quarter", "2023-02-01", "2022-Q4");
	check("two years ago", "2023-06-19", "2021");
	check("three weeks ago", "2023-06-19", "2023-W22");
	check("the past decade", "2023-06-19", "");
	check("last decade", "2023-06-19", "201");
	check("last Sunday", "2023-06-18", "2023-06-11");
	check("next Sunday", "2023-06-18", "2023-06-25");
	check("this Friday", "2023-06-19", "2023-06-23");
	check("last March", "2023-06-19", "2023-03");
	check("next March", "2023-06-19", "2024-03");
	check("last summer", "2023-06-19", "2022-SU");
	check("last summer", "2023-10-02", "2023-SU");
	check("this weekend", "2023-06-21", "2023-W25-WE");
	check("It was on Feb. 29", "2024-03-10", "2024-02-29");
	check("It ended December 30.", "2024-01-05", "2023-12-30");
	check("It will open January 3.", "2023-12-20", "2024-01-03");
}

static void
test_forms(void)
{
	check("the 1800s", NULL, "18");
	check("the '90s", NULL, "199");
	check("2000s", NULL, "200");
	check("fiscal 1998", NULL, "FY1998");
	check("mid-June", "2023-06-19", "2023-06");
	check("the end of the year", "2023-06-19", "2023");
	check("the near future", NULL, "FUTURE_REF");
	check("in the past", NULL, "PAST_REF");
	check("in recent years", NULL, "PAST_REF");
	check("the third-quarter results", "2023-06-19", "2023-Q3");
	check("at 11:59 p.m.", "2023-06-19", "2023-06-19T23:59");
	check("at 12 a.m.", "2023-06-19", "2023-06-19T00:00");
	check("at 9 o'clock", "2023-06-19", "2023-06-19T09:00");
	check("left at 3.30pm", "2023-06-19", "2023-06-19T15:30");
	check("at 15.30 GMT", "2023-06-19", "2023-06-19T15:30");
	check("rose 3.45 points", "2023-06-19", "");
	check("Tuesday", NULL, "XXXX-WXX-2");
	check("4 p.m.", NULL, "XXXX-XX-XXT16:00");
	check("the third quarter", NULL, "XXXX-Q3");
	check("2023-06-18T16:01", NULL, "2023-06-18T16:01");
	check("Sun., June 18, 2023", NULL, "2023-06-18");
	check("18th of June 2023", NULL, "2023-06-18");
	check("It began in '98.", NULL, "1998");
	check("rock 'n' roll '98", NULL, "");
	check("1998-99", NULL, "1998");
	ok(strcmp(d.hit[0].end_value, "1999") == 0, "year range end");
	check("It ran June 30-31, 2023.", "2023-06-19", "2023");
	ok(d.nhit == 1 && d.hit[0].end_value[0] == '\0',
	    "a day range past the month's end leaves no range behind");
	check("30-31 June 2023", NULL, "2023-06");
	ok(d.nhit == 1 && d.hit[0].end_value[0] == '\0',
	    "nor does it, day first");
	check("Easter 2024", NULL, "2024-03-31");
	check("Easter 2025", NULL, "2025-04-20");
	check("Thanksgiving 2023", NULL, "2023-11-23");
	check("Memorial Day 2024", NULL, "2024-05-27");
	check("on Christmas Eve", "2023-12-01", "2023-12-24");
	check("New Year's Eve", NULL, "XXXX-12-31");
	check("a new year's resolution", NULL, "");
	check("by year-end", "2023-06-19", "2023");
	check("in March last year", "2023-06-19", "2022-03");
	check("The next day, he left.", "2023-06-19", "2023-06-20");
	value("It opened on March 3, 2021, and closed the following week.",
	    "2023-06-19", 0);
	is_str(d.hit[1].value, strlen(d.hit[1].value), "2021-W10",
	    "the following week, after a date: from that date");
	value("Talks began in the spring.", "2013-03-22", 0);
	is_str(d.hit[0].value, strlen(d.hit[0].value), "2012-SP",
	    "a past season not over yet is last year's");
	check("The law expires at midnight", "2013-03-22", "2013-03-22T24:00");
	check("the day before, it rained", "2023-06-19", "2023-06-18");
	check("A year later, it worked.", "2023-06-19", "2024");
	check("He said that it failed.", "2023-06-19", "");
	check("Feb. 30, 2023", NULL, "2023");
	check("31/31/2023", NULL, "");
	check("He may go.", NULL, "");
	check("MAY 5", NULL, "XXXX-05-05");
	check("PRESIDENT MAY ATTEND", NULL, "");
	check("3:16 in the gospel", NULL, "");
	check("at 25:00", NULL, "");
}

static void
test_types(void)
{
	d.all_types = 1;
	check("for five years", NULL, "P5Y");
	check("a 35-minute talk", NULL, "PT35M");
	check("seven-and-a-half hours", NULL, "PT7.5H");
	check("for years", NULL, "PXY");
	check("every other week", NULL, "P2W");
	check("daily", NULL, "P1D");
	d.all_types = 0;
	check("for five years", NULL, "");
	check("every Monday", NULL, "");
}

/* The year of a date given without one, from tense and nearness. */
static void
test_years(void)
{
	dates_new_doc(&d);
	check("Costs have fallen since July.", "2013-01-25", "2012-07");
	check("It told analysts in February that it would grow.",
	    "1991-04-15", "1991-02");
	check("Ballots can be counted if they arrive by Nov. 17.",
	    "2000-11-09", "2000-11-17");
	check("The dividend is payable Dec. 1.", "1989-11-01", "1989-12-01");
	check("The deal closed Dec. 20.", "1998-02-06", "1997-12-20");
	check("The law takes effect Jan. 1.", "2012-06-10", "2013-01-01");
	check("It was the last report before the Nov. 6 election.",
	    "2012-10-26", "2012-11-06");
	check("The cabinet is to meet Sunday.", "1998-01-21", "1998-01-25");
	check("It will take a charge against fourth-quarter earnings.",
	    "1990-02-22", "1989-Q4");
	check("It would take a charge in the second quarter related to it.",
	    "1998-03-02", "1998-Q2");
	check("Net income for the quarter fell.", "1989-11-01", "1989-Q3");
	check("Profit for the year rose.", "1998-02-06", "1997");
	/* a story's day is forgotten with the document */
	check("The ferry sank Wednesday night.", "1996-07-18", "1996-07-17TNI");
	check("It left at 8 p.m.", "1996-07-18", "1996-07-17T20:00");
	dates_new_doc(&d);
	check("It left at 8 p.m.", "1996-07-18", "1996-07-18T20:00");
}

static void
test_invariants(void)
{
	static const char *const cases[] = {
		"", "2", "June", "June 31", "1998-", "-1998", "'", "'90",
		"4 p.", "4 p.m", "a.m.", "from Monday to", "the end of",
		"last", "the", "seven-and-a", "5-1/", "Q", "FY", "2023-06-18T",
		"12:", "12:3", "\xff\xfe June 18, 2023 \xe2\x80\x93 19",
		"June 18\xe2\x80\x93" "19, 2023",
	};
	char big[3000];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ok(well_formed(cases[i], strlen(cases[i])),
		    "invariants: \"%s\"", cases[i]);
	for (i = 0; i < sizeof(big); i++)
		big[i] = "June 18, 2023 at 4 p.m. last week "[i % 34];
	ok(well_formed(big, sizeof(big)), "invariants: a long run");
	ok(well_formed("June\0 18", 8), "invariants: NUL inside");
	check("June 18\xe2\x80\x93" "19, 2023", NULL, "2023-06-18");
	ok(strcmp(d.hit[0].end_value, "2023-06-19") == 0,
	    "an en dash makes a range");
}

/* A paragraph over the 1 MB piece size keeps its offsets right. */
static void
test_huge(void)
{
	static const char date[] = "June 18, 2023";
	size_t n = 3u << 20, at = (1u << 20) + 2, i;	/* after a space */
	char *s = malloc(n);

	if (s == NULL)
		return;
	for (i = 0; i < n; i++)
		s[i] = "Talk. "[i % 6];
	memcpy(s + at, "June 18, 2023. ", 15);
	memcpy(s + n - sizeof(date) + 1, date, sizeof(date) - 1);
	dates_scan(&d, s, n, NULL);
	ok(d.nhit == 2 && d.hit[0].start == at &&
	    d.hit[1].end == n, "huge: offsets across pieces (%zu hits)",
	    d.nhit);
	ok(well_formed(s, n), "huge: invariants");
	free(s);
}

int
main(void)
{
	dates_init(&d, datewords_lang("en"));
	test_ref();
	test_words();
	test_calendar();
	test_forms();
	test_types();
	test_years();
	test_invariants();
	test_huge();
	dates_free(&d);
	return done_testing();
}
