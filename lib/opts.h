/*
 * opts: the options every program shares, so that each cmd/ file adds
 * only its own.
 *
 * Use: put NU_COMMON_SHORTOPTS in the program's short option string and
 * NU_COMMON_LONGOPTS in its struct option table, then in the getopt_long
 * loop hand every option to nu_common_opt() first; it returns 1 when it
 * took the option.  -h/--help calls usage(0) and --version prints the
 * version; both exit.  Long-only options of programs start at OPT_PROG.
 *
 * nu_init() must be the first call of every main: it sets the program
 * name for err(3), the C locale for number formatting, and makes a closed
 * pipe an EPIPE write error (which out.c turns into a quiet exit).
 */
#ifndef NU_OPTS_H
#define NU_OPTS_H

#include <getopt.h>

#define NU_VERSION "0.1.0"

struct nu_opts {
	int		 jsonl;		/* -J: JSON Lines in (and out, for filters) */
	int		 paragraph;	/* -p: blank-line separated blocks */
	int		 stats;		/* --stats: summary line on stderr */
	const char	*text_field;	/* --text-field, default "text" */
	const char	*id_field;	/* --id-field, NULL: "id", then "url" */
	unsigned	 shard;		/* --shard I/N: this one, 0-based */
	unsigned	 nshards;	/* 0: no sharding */
};
#define NU_OPTS_INIT { 0, 0, 0, "text", NULL, 0, 0 }

enum {
	OPT_VERSION = 0x1000,
	OPT_TEXT_FIELD,
	OPT_ID_FIELD,
	OPT_STATS,
	OPT_SHARD,
	OPT_PROG = 0x1100	/* first value free for a program's own */
};

#define NU_COMMON_SHORTOPTS "hJp"
#define NU_COMMON_LONGOPTS \
	{ "help",		no_argument,		NULL, 'h' }, \
	{ "version",		no_argument,		NULL, OPT_VERSION }, \
	{ "jsonl",		no_argument,		NULL, 'J' }, \
	{ "paragraph-mode",	no_argument,		NULL, 'p' }, \
	{ "text-field",		required_argument,	NULL, OPT_TEXT_FIELD }, \
	{ "id-field",		required_argument,	NULL, OPT_ID_FIELD }, \
	{ "stats",		no_argument,		NULL, OPT_STATS }, \
	{ "shard",		required_argument,	NULL, OPT_SHARD }

/* The lines of usage text that describe the common options. */
#define NU_COMMON_USAGE \
"  -J, --jsonl            input is JSON Lines (one object per line)\n" \
"      --text-field NAME  JSON field holding the text (default: text)\n" \
"      --id-field NAME    JSON field naming the document (default: id, url)\n" \
"  -p, --paragraph-mode   paragraphs are blocks separated by blank lines\n" \
"      --shard I/N        process only documents whose name hashes to shard I\n" \
"      --stats            print a summary line on stderr at the end\n" \
"  -h, --help             print this help and exit\n" \
"      --version          print the version and exit\n"

void	nu_init(int argc, char **argv);
/*
 * Take a common option.  Returns 1 if ch was one; on a bad argument it
 * reports it and calls usage(2).
 */
int	nu_common_opt(struct nu_opts *, int ch, const char *arg,
	    void (*usage)(int));
/*
 * Parse a number in [min, max] with strtonum(3); on error report
 * "invalid WHAT: ARG: reason" and exit 2.
 */
long long nu_number(const char *arg, long long min, long long max,
	    const char *what);

#endif
