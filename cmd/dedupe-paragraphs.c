/*
 * dedupe-paragraphs: drop the paragraphs already seen, exactly or
 * nearly, in this stream or in earlier runs (--state).  The decisions
 * live in lib/dedupe.c, the state file in lib/state.c and the
 * map/reduce steps in lib/ddmr.c; this file holds options and loops.
 */
#include <err.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ddmr.h"
#include "dedupe.h"
#include "filter.h"
#include "fingerprint.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "state.h"
#include "stats.h"

enum mode { M_FILTER, M_EXPLAIN, M_REPORT, M_EMIT, M_REDUCE,
	M_REDUCE_NEAR, M_APPLY };

enum {
	OPT_NEAR = OPT_PROG, OPT_STRICT, OPT_LOOSE, OPT_MIN_WORDS, OPT_SCOPE,
	OPT_STATE, OPT_STATE_RO, OPT_MAX_AGE, OPT_TODAY, OPT_REPORT,
	OPT_EXPLAIN, OPT_EMIT, OPT_REDUCE, OPT_REDUCE_NEAR, OPT_APPLY,
	OPT_NGRAM
};

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "invert",		no_argument,		NULL, 'v' },
	{ "near",		required_argument,	NULL, OPT_NEAR },
	{ "ngram",		required_argument,	NULL, OPT_NGRAM },
	{ "strict",		no_argument,		NULL, OPT_STRICT },
	{ "loose",		no_argument,		NULL, OPT_LOOSE },
	{ "min-words",		required_argument,	NULL, OPT_MIN_WORDS },
	{ "scope",		required_argument,	NULL, OPT_SCOPE },
	{ "state",		required_argument,	NULL, OPT_STATE },
	{ "state-readonly",	no_argument,		NULL, OPT_STATE_RO },
	{ "max-age",		required_argument,	NULL, OPT_MAX_AGE },
	{ "window",		required_argument,	NULL, OPT_MAX_AGE },
	{ "today",		required_argument,	NULL, OPT_TODAY },
	{ "report",		no_argument,		NULL, OPT_REPORT },
	{ "explain",		no_argument,		NULL, OPT_EXPLAIN },
	{ "emit-fingerprints",	no_argument,		NULL, OPT_EMIT },
	{ "reduce",		no_argument,		NULL, OPT_REDUCE },
	{ "reduce-near",	no_argument,		NULL, OPT_REDUCE_NEAR },
	{ "apply",		required_argument,	NULL, OPT_APPLY },
	{ NULL,			0,			NULL, 0 }
};

struct config {
	struct nu_opts	 nu;
	struct dd_opts	 dd;
	enum mode	 mode;
	int		 invert;
	const char	*state;
	int		 readonly;
	unsigned	 max_age;
	const char	*droplist;
};

static void
usage(int status)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fprintf(fp,
"usage: dedupe-paragraphs [-hJpv] [--near T] [--ngram N] [--strict | --loose]\n"
"           [--min-words N] [--scope doc | all] [--state FILE]\n"
"           [--state-readonly] [--max-age DAYS] [--today DATE]\n"
"           [--report | --explain] [--stats] [file ...]\n"
"       dedupe-paragraphs --emit-fingerprints | --reduce | --reduce-near |\n"
"           --apply DROPLIST [options] [file ...]\n"
"Drop paragraphs seen before, exactly or nearly.\n"
"  -v, --invert           print only the dropped paragraphs\n"
"      --near T           also drop near duplicates: paragraphs with at least\n"
"                         T of their words in n-grams seen before\n"
"                         (0 < T <= 1; 0.7 is a good start)\n"
"      --ngram N          words per n-gram for --near (default 5)\n"
"      --strict           keep punctuation and accents in the comparison\n"
"      --loose            ignore punctuation and accents (default)\n"
"      --min-words N      never drop paragraphs of fewer than N words\n"
"      --scope doc|all    dedupe within each document, or across (default)\n"
"      --state FILE       load and save fingerprints across runs\n"
"      --state-readonly   check against the state without adding to it\n"
"      --max-age DAYS     forget state entries older than DAYS (--window)\n"
"      --today DATE       the day (YYYY-MM-DD) to stamp new entries with\n"
"      --report           print duplicate groups as TSV instead\n"
"      --explain          mark each dropped paragraph with what it repeats\n"
"      --emit-fingerprints  map: print fingerprint, doc, line per paragraph\n"
"      --reduce           reduce: read sorted fingerprints, print the repeats\n"
"      --reduce-near      with --near T, reduce the repeats by doc and line\n"
"                         to the drop list\n"
"      --apply DROPLIST   drop the paragraphs listed (doc TAB line)\n"
NU_COMMON_USAGE);
	exit(status);	/* nu_init's exit handler checks the write */
}

static uint16_t
parse_day(const char *arg)
{
	struct tm tm;
	char *end;

	memset(&tm, 0, sizeof(tm));
	end = strptime(arg, "%Y-%m-%d", &tm);
	if (end == NULL || *end != '\0' || tm.tm_year < 70 ||
	    tm.tm_year > 70 + 178)
		errx(2, "invalid date: %s: want YYYY-MM-DD", arg);
	return (uint16_t)(timegm(&tm) / 86400);
}

static void
set_mode(struct config *c, enum mode m)
{
	if (c->mode != M_FILTER && c->mode != m) {
		warnx("--report, --explain, --emit-fingerprints, --reduce, "
		    "--reduce-near and --apply exclude each other");
		usage(2);
	}
	c->mode = m;
}

static void
parse_prog_opt(struct config *c, int ch, const char *arg)
{
	switch (ch) {
	case 'v':
		c->invert = 1;
		break;
	case OPT_NEAR:
		c->dd.near = strtod(arg, NULL);
		if (!(c->dd.near > 0 && c->dd.near <= 1) ||
		    strspn(arg, "0123456789.") != strlen(arg))
			errx(2, "invalid threshold: %s: want 0 < T <= 1", arg);
		break;
	case OPT_NGRAM:
		c->dd.ngram = nu_number(arg, 1, 32, "n-gram size");
		break;
	case OPT_STRICT:
	case OPT_LOOSE:
		c->dd.loose = ch == OPT_LOOSE;
		break;
	case OPT_MIN_WORDS:
		c->dd.min_words = nu_number(arg, 0, 1000000, "word count");
		break;
	case OPT_SCOPE:
		if (strcmp(arg, "doc") != 0 && strcmp(arg, "all") != 0)
			errx(2, "invalid scope: %s: want doc or all", arg);
		c->dd.scope_doc = strcmp(arg, "doc") == 0;
		break;
	case OPT_STATE:
		c->state = arg;
		break;
	case OPT_STATE_RO:
		c->readonly = 1;
		break;
	case OPT_MAX_AGE:
		c->max_age = nu_number(arg, 1, 60000, "age in days");
		break;
	case OPT_TODAY:
		c->dd.today = parse_day(arg);
		break;
	case OPT_REPORT:
		set_mode(c, M_REPORT);
		break;
	case OPT_EXPLAIN:
		set_mode(c, M_EXPLAIN);
		break;
	case OPT_EMIT:
		set_mode(c, M_EMIT);
		break;
	case OPT_REDUCE:
		set_mode(c, M_REDUCE);
		break;
	case OPT_REDUCE_NEAR:
		set_mode(c, M_REDUCE_NEAR);
		break;
	case OPT_APPLY:
		set_mode(c, M_APPLY);
		c->droplist = arg;
		break;
	default:
		usage(2);
	}
}

static void
check_config(struct config *c)
{
	if ((c->readonly || c->max_age) && c->state == NULL)
		errx(2, "--state-readonly and --max-age need --state");
	if (c->state != NULL && c->dd.scope_doc)
		errx(2, "--state needs --scope all");
	if (c->state != NULL && c->mode >= M_EMIT)
		errx(2, "--state does not go with the map/reduce modes");
	if (c->dd.scope_doc && c->mode >= M_EMIT)
		errx(2, "--scope doc does not go with the map/reduce modes");
	if (c->mode == M_REDUCE_NEAR && c->dd.near == 0)
		errx(2, "--reduce-near needs --near T");
	if (c->mode == M_EXPLAIN && c->invert == 0)
		c->invert = -1;		/* every paragraph, dropped ones marked */
	c->dd.origins = c->mode == M_EXPLAIN || c->mode == M_REPORT;
	c->dd.texts = c->mode == M_REPORT;
	if (c->dd.today == 0)
		c->dd.today = (uint16_t)(time(NULL) / 86400);
}

/*
 * "[exact DOC:LINE] " or "[near 0.83 DOC:LINE] " before the text.  The
 * buffer is kept from one dropped paragraph to the next.
 */
static void
explain(struct fw *w, const struct rd_line *l, const struct dedupe *d,
    const struct dd_verdict *v, const char *state)
{
	static struct buf b = BUF_INIT;
	const char *doc;
	size_t doclen, line;
	char num[64];

	buf_reset(&b);
	buf_adds(&b, v->kind == DD_EXACT ? "[exact " : "[near ");
	if (v->kind == DD_NEAR) {
		snprintf(num, sizeof(num), "%.2f ", v->sim);
		buf_adds(&b, num);
	}
	if ((doc = dd_where(d, v->origin, &doclen, &line)) != NULL) {
		buf_add(&b, doc, doclen);
		snprintf(num, sizeof(num), ":%zu] ", line);
		buf_adds(&b, num);
	} else {
		buf_adds(&b, "state:");
		buf_adds(&b, state ? state : "");
		buf_adds(&b, "] ");
	}
	buf_add(&b, l->text, l->len);
	fw_put(w, l, b.p, b.len);
}

/* One paragraph of a filter run. */
static void
filter_line(struct config *c, struct dedupe *d, struct fw *w,
    const struct rd_line *l)
{
	struct dd_verdict v;

	if (l->blank) {
		if (c->invert <= 0 && c->mode != M_REPORT)
			fw_blank(w, l);
		return;
	}
	dd_para(d, l->text, l->len, l->lineno, &v);
	if (c->mode == M_REPORT)
		return;
	if (v.kind == DD_KEEP) {
		if (c->invert <= 0)
			fw_keep(w, l);
	} else if (c->mode == M_EXPLAIN)
		explain(w, l, d, &v, c->state);
	else if (c->invert > 0)
		fw_keep(w, l);
}

static void
state_load(struct config *c, struct st_file *st, struct dedupe *d)
{
	struct st_params want = { c->dd.loose, c->dd.near > 0 ? c->dd.ngram : 0 };
	char msg[512];

	if (st_open(st, c->state, c->readonly, msg, sizeof(msg)) == -1 ||
	    st_load(st, &want, &d->exact, &d->near.grams, c->dd.today,
	    c->max_age, msg, sizeof(msg)) == -1)
		errx(2, "%s", msg);
}

static int
state_save(struct config *c, struct st_file *st, struct dedupe *d,
    struct out *o)
{
	char msg[512];
	int status = 0;

	/* Never remember what did not reach the output. */
	if (!c->readonly && out_flush(o) == 0 &&
	    st_save(st, &d->exact, &d->near.grams, msg, sizeof(msg)) == -1) {
		warnx("%s", msg);
		status = 2;
	}
	st_close(st);
	return status;
}

static int
run_filter(struct config *c, char **files, int nfiles)
{
	struct st_file st;
	struct dedupe d;
	struct rd_line l;
	struct out o;
	struct rd r;
	struct fw w;
	enum rd_event ev;
	char extra[256];
	int status = 0;

	dd_init(&d, &c->dd);
	if (c->state != NULL)
		state_load(c, &st, &d);
	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &c->nu, files, nfiles);
	fw_init(&w, &o, &r);
	while ((ev = rd_next(&r, &l)) != RD_END && o.err == 0) {
		if (ev == RD_DOC) {
			dd_doc(&d, l.text, l.len);
			if (c->mode != M_REPORT)
				fw_doc(&w, &l);
		} else if (ev == RD_LINE)
			filter_line(c, &d, &w, &l);
		else if (c->mode != M_REPORT)
			fw_error(&w, &l);
	}
	if (c->mode == M_REPORT)
		dd_report(&d, &o, c->state ? c->state : "");
	else
		fw_finish(&w);
	if (c->state != NULL)
		status = state_save(c, &st, &d, &o);
	if (c->nu.stats) {
		snprintf(extra, sizeof(extra), "paragraphs=%" PRIu64
		    " kept=%" PRIu64 " dropped_exact=%" PRIu64
		    " dropped_near=%" PRIu64 " fingerprints=%zu ngrams=%zu"
		    " set_bytes=%zu state_bytes=%" PRIu64, d.read, d.kept,
		    d.dropped_exact, d.dropped_near, d.exact.n,
		    d.near.grams.n, fpset_bytes(&d.exact) +
		    fpset_bytes(&d.near.grams), c->state ? st.bytes : 0);
		stats_print(&r, w.lines_out, o.bytes, extra);
	}
	rd_close(&r);
	dd_free(&d);
	return out_finish(&o, r.status ? r.status : status);
}

int
main(int argc, char **argv)
{
	struct config c;
	int ch;

	nu_init(argc, argv);
	memset(&c, 0, sizeof(c));
	c.nu = (struct nu_opts)NU_OPTS_INIT;
	c.dd.loose = 1;
	c.dd.ngram = NEAR_NGRAM;
	while ((ch = getopt_long(argc, argv, NU_COMMON_SHORTOPTS "v", longopts,
	    NULL)) != -1)
		if (!nu_common_opt(&c.nu, ch, optarg, usage))
			parse_prog_opt(&c, ch, optarg);
	check_config(&c);
	argc -= optind;
	argv += optind;
	switch (c.mode) {
	case M_EMIT:
		return ddmr_emit(&c.nu, &c.dd, argv, argc);
	case M_REDUCE:
		return ddmr_reduce(&c.nu, argv, argc);
	case M_REDUCE_NEAR:
		return ddmr_reduce_near(&c.nu, c.dd.near, c.dd.ngram, argv,
		    argc);
	case M_APPLY:
		return ddmr_apply(&c.nu, c.droplist, c.invert, argv, argc);
	default:
		return run_filter(&c, argv, argc);
	}
}
