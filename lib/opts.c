#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <err.h>

#include "opts.h"
#include "stats.h"

/*
 * usage() and --version write through stdio, not struct out: check that
 * stream at exit, so that "prog --help >/dev/full" fails with exit 2 and
 * a message like every other write.  A closed pipe stays quiet.  Programs
 * write their output through out.c, whose buffer is already flushed and
 * closed by then, so this finds nothing to do for them.
 */
static void
close_stdout(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return;
	if (errno == EPIPE)
		_exit(0);
	warn("stdout");
	_exit(2);
}

void
nu_init(int argc, char **argv)
{
	(void)argc;
	if (argv[0] != NULL) {
		const char *slash = strrchr(argv[0], '/');

		setprogname(slash ? slash + 1 : argv[0]);
	}
	/*
	 * A reader that closes the pipe early is normal (| head).  With
	 * SIGPIPE ignored the write fails with EPIPE and out.c ends the
	 * program quietly with status 0, which keeps pipelines under
	 * "set -o pipefail" green; the default action would give 141.
	 */
	signal(SIGPIPE, SIG_IGN);
	atexit(close_stdout);
	stats_start();
}

long long
nu_number(const char *arg, long long min, long long max, const char *what)
{
	const char *errstr;
	long long n;

	n = strtonum(arg, min, max, &errstr);
	if (errstr != NULL)
		errx(2, "invalid %s: %s: %s", what, arg, errstr);
	return n;
}

static void
parse_shard(struct nu_opts *o, const char *arg, void (*usage)(int))
{
	char *slash, *copy;

	if ((slash = strchr(arg, '/')) == NULL) {
		warnx("invalid shard: %s: want I/N", arg);
		usage(2);
	}
	if ((copy = strdup(arg)) == NULL)
		err(2, NULL);
	copy[slash - arg] = '\0';
	o->nshards = (unsigned)nu_number(copy + (slash - arg) + 1, 1,
	    UINT_MAX, "shard count");
	o->shard = (unsigned)nu_number(copy, 0, o->nshards - 1, "shard");
	free(copy);
}

int
nu_common_opt(struct nu_opts *o, int ch, const char *arg,
    void (*usage)(int))
{
	switch (ch) {
	case 'h':
		usage(0);
		break;
	case OPT_VERSION:
		printf("%s (newsutils) %s\n", getprogname(), NU_VERSION);
		if (fflush(stdout) != 0 || ferror(stdout))
			err(2, "stdout");
		exit(0);
	case 'J':
		o->jsonl = 1;
		break;
	case 'p':
		o->paragraph = 1;
		break;
	case OPT_TEXT_FIELD:
		o->text_field = arg;
		break;
	case OPT_ID_FIELD:
		o->id_field = arg;
		break;
	case OPT_STATS:
		o->stats = 1;
		break;
	case OPT_SHARD:
		parse_shard(o, arg, usage);
		break;
	default:
		return 0;
	}
	return 1;
}
