/*
 * tap.h: the smallest TAP producer, for the C unit tests of lib/.
 *
 *	ok(cond, "what", ...);
 *	is_str(got, gotlen, "want", "what");	(want is a C string)
 *	return done_testing();
 *
 * Prints "ok N - what" or "not ok N - what", then the plan "1..N";
 * done_testing() returns 1 when anything failed, for main's status.
 */
#ifndef NU_TAP_H
#define NU_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

static int
ok(int cond, const char *fmt, ...)
{
	va_list ap;

	tap_n++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	return cond;
}

static int
is_str(const char *got, size_t gotlen, const char *want, const char *what)
{
	int same = got != NULL && gotlen == strlen(want) &&
	    memcmp(got, want, gotlen) == 0;

	if (!ok(same, "%s", what))
		printf("#   got:  \"%.*s\"\n#   want: \"%s\"\n",
		    got ? (int)gotlen : 6, got ? got : "(null)", want);
	return same;
}

static int
done_testing(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed > 0;
}

#endif
