/*
 * dates_cal: calendar arithmetic and TimeML value formatting for dates.c.
 *
 * Days are counted from 1970-01-01 in the proleptic Gregorian calendar
 * (the algorithm of Howard Hinnant's "chrono-compatible low-level date
 * algorithms"), which makes "three days ago" and ISO weeks plain
 * integer arithmetic.
 */
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

/*
 * Values are written by hand rather than with snprintf: a dense text
 * has a value every few dozen bytes, and this is the scanner's hot path.
 * A value never exceeds DATES_VALUELEN - 1 bytes: at most 19 characters
 * plus a number the calendar keeps to a few digits.
 */
struct cal_w {
	char	*p;
	char	*end;
};

static void
put_c(struct cal_w *w, char c)
{
	if (w->p < w->end)
		*w->p++ = c;
}

static void
put_s(struct cal_w *w, const char *s)
{
	while (*s != '\0')
		put_c(w, *s++);
}

/* v in decimal, zero-padded to width digits; a minus sign if negative. */
static void
put_n(struct cal_w *w, long v, int width)
{
	char d[24];
	int n = 0;

	if (v < 0) {
		put_c(w, '-');
		v = -v;
	}
	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0 && n < 20);
	while (width-- > n)
		put_c(w, '0');
	while (n > 0)
		put_c(w, d[--n]);
}

static void
put_year(struct cal_w *w, int y)
{
	if (y == TV_UNKNOWN)
		put_s(w, "XXXX");
	else
		put_n(w, y, 4);
}

/* "-07", or "-XX" when unknown. */
static void
put_field(struct cal_w *w, const char *pre, int v)
{
	put_s(w, pre);
	if (v == TV_UNKNOWN)
		put_s(w, "XX");
	else
		put_n(w, v, 2);
}

/* The time of day of tv, if any: "T16:01", "T16:01:30", "TNI". */
static void
cal_time(const struct tv *tv, struct cal_w *w)
{
	if (tv->part != 0 && tv->hh < 0) {
		put_c(w, 'T');
		put_s(w, cal_parts[tv->part]);
	} else if (tv->hh >= 0) {
		put_field(w, "T", tv->hh);
		put_field(w, ":", tv->mi);
		if (tv->ss >= 0)
			put_field(w, ":", tv->ss);
	}
}

/* The calendar part of tv's value, by its granularity. */
static void
cal_date(const struct tv *tv, struct cal_w *w)
{
	switch (tv->gran) {
	case G_CENTURY:
	case G_DECADE:
		if (tv->y == TV_UNKNOWN)
			put_s(w, tv->gran == G_CENTURY ? "XX" : "XXX");
		else if (tv->gran == G_CENTURY)
			put_n(w, tv->y / 100, 2);
		else
			put_n(w, tv->y / 10, 3);
		break;
	case G_YEAR:
		if (tv->fiscal)
			put_s(w, "FY");
		put_year(w, tv->y);
		break;
	case G_HALF:
	case G_QUARTER:
		put_year(w, tv->y);
		put_s(w, tv->gran == G_HALF ? "-H" : "-Q");
		if (tv->q == TV_UNKNOWN)
			put_c(w, 'X');
		else
			put_n(w, tv->q, 1);
		break;
	case G_SEASON:
		put_year(w, tv->y);
		put_c(w, '-');
		put_s(w, cal_seasons[tv->q]);
		break;
	case G_MONTH:
		put_year(w, tv->y);
		put_field(w, "-", tv->m);
		break;
	case G_WEEK:
	case G_WEEKEND:
		put_year(w, tv->y);
		put_field(w, "-W", tv->wk);
		if (tv->gran == G_WEEKEND)
			put_s(w, "-WE");
		break;
	case G_WDAY:	/* an unresolved weekday */
		put_s(w, "XXXX-WXX-");
		put_n(w, tv->wday, 1);
		break;
	default:	/* G_DAY */
		put_year(w, tv->y);
		put_field(w, "-", tv->m);
		put_field(w, "-", tv->m == TV_UNKNOWN ? TV_UNKNOWN : tv->d);
		break;
	}
}

/* The TimeML value of tv, written into b (DATES_VALUELEN bytes). */
void
tv_format(const struct tv *tv, char *b)
{
	struct cal_w w = { b, b + DATES_VALUELEN - 1 };

	if (tv->lit[0] != '\0') {
		memcpy(b, tv->lit, DATES_VALUELEN);
		return;
	}
	cal_date(tv, &w);
	cal_time(tv, &w);
	*w.p = '\0';
}
