/*
 * dates_cal: calendar arithmetic and TimeML value formatting for dates.c.
 *
 * Days are counted from 1970-01-01 in the proleptic Gregorian calendar
 * (the algorithm of Howard Hinnant's "chrono-compatible low-level date
 * algorithms"), which makes "three days ago" and ISO weeks plain
 * integer arithmetic.
 */
#include <stdio.h>
#include <string.h>

#include "dates_int.h"

long
cal_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weekday, Monday 1 .. Sunday 7.  1970-01-01 was a Thursday. */
int
cal_wday(long z)
{
	long w = (z + 3) % 7;

	if (w < 0)
		w += 7;
	return (int)w + 1;
}

int
cal_mdays(int y, int m)
{
	static const int n[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return n[m - 1];
}

/* ISO 8601 week of day z: the week's year in *wy, the week number back. */
int
cal_isoweek(long z, int *wy)
{
	long thu = z - cal_wday(z) + 4;	/* Thursday of the same week */
	int y, m, d;

	cal_civil(thu, &y, &m, &d);
	*wy = y;
	return (int)((thu - cal_days(y, 1, 1)) / 7 + 1);
}

static const char *const cal_parts[] = { "", "MO", "AF", "EV", "NI", "DT" };
static const char *const cal_seasons[] = { "", "SP", "SU", "FA", "WI" };

static void
cal_year(char *b, size_t n, int y)
{
	if (y == TV_UNKNOWN)
		snprintf(b, n, "XXXX");
	else
		snprintf(b, n, "%04d", y);
}

/* The time of day of tv, if any: "T16:01", "T16:01:30", "TNI". */
static void
cal_time(const struct tv *tv, char *b, size_t n)
{
	if (tv->part != 0 && tv->hh < 0)
		snprintf(b, n, "T%s", cal_parts[tv->part]);
	else if (tv->hh >= 0 && tv->ss >= 0)
		snprintf(b, n, "T%02d:%02d:%02d", tv->hh, tv->mi, tv->ss);
	else if (tv->hh >= 0)
		snprintf(b, n, "T%02d:%02d", tv->hh, tv->mi);
}

/* The TimeML value of tv, written into b (DATES_VALUELEN bytes). */
void
tv_format(const struct tv *tv, char *b)
{
	char y[16];
	size_t n = DATES_VALUELEN, l;

	if (tv->lit[0] != '\0') {
		memcpy(b, tv->lit, n);
		return;
	}
	cal_year(y, sizeof(y), tv->y);
	switch (tv->gran) {
	case G_CENTURY:
		if (tv->y == TV_UNKNOWN)
			snprintf(b, n, "XX");
		else
			snprintf(b, n, "%02d", tv->y / 100);
		break;
	case G_DECADE:
		if (tv->y == TV_UNKNOWN)
			snprintf(b, n, "XXX");
		else
			snprintf(b, n, "%03d", tv->y / 10);
		break;
	case G_YEAR:
		snprintf(b, n, "%s%s", tv->fiscal ? "FY" : "", y);
		break;
	case G_HALF:
	case G_QUARTER:
		if (tv->q == TV_UNKNOWN)
			snprintf(b, n, "%s-%cX", y, tv->gran == G_HALF ? 'H' : 'Q');
		else
			snprintf(b, n, "%s-%c%d", y,
			    tv->gran == G_HALF ? 'H' : 'Q', tv->q);
		break;
	case G_SEASON:
		snprintf(b, n, "%s-%s", y, cal_seasons[tv->q]);
		break;
	case G_MONTH:
		if (tv->m == TV_UNKNOWN)
			snprintf(b, n, "%s-XX", y);
		else
			snprintf(b, n, "%s-%02d", y, tv->m);
		break;
	case G_WEEK:
	case G_WEEKEND:
		if (tv->wk == TV_UNKNOWN)
			snprintf(b, n, "%s-WXX", y);
		else
			snprintf(b, n, "%s-W%02d", y, tv->wk);
		if (tv->gran == G_WEEKEND) {
			l = strlen(b);
			snprintf(b + l, n - l, "-WE");
		}
		break;
	case G_WDAY:	/* an unresolved weekday */
		snprintf(b, n, "XXXX-WXX-%d", tv->wday);
		break;
	default:	/* G_DAY */
		if (tv->y == TV_UNKNOWN && tv->m == TV_UNKNOWN)
			snprintf(b, n, "XXXX-XX-XX");
		else if (tv->m == TV_UNKNOWN)
			snprintf(b, n, "%s-XX-XX", y);
		else
			snprintf(b, n, "%s-%02d-%02d", y, tv->m, tv->d);
		break;
	}
	l = strlen(b);
	cal_time(tv, b + l, n - l);
}
