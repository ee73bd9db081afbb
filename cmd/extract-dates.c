/*
 * extract-dates: print every date and time expression with its TimeML
 * value, relative ones resolved against a reference date.  The grammar
 * lives in lib/dates*.c and lib/datewords.c, the per-document work in
 * lib/dates_doc.c; this file holds options and the loop.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dates.h"
#include "dates_doc.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "stats.h"

enum {
	OPT_JSON = OPT_PROG, OPT_REF, OPT_REF_FIELD, OPT_ORDER, OPT_LANG,
	OPT_EXPLAIN
};

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "all-types",		no_argument,		NULL, 'a' },
	{ "count",		no_argument,		NULL, 'c' },
	{ "exit-status",	no_argument,		NULL, 'e' },
	{ "header",		no_argument,		NULL, 'H' },
	{ "json",		no_argument,		NULL, OPT_JSON },
	{ "ref",		required_argument,	NULL, OPT_REF },
	{ "ref-field",		required_argument,	NULL, OPT_REF_FIELD },
	{ "order",		required_argument,	NULL, OPT_ORDER },
	{ "lang",		required_argument,	NULL, OPT_LANG },
	{ "explain",		no_argument,		NULL, OPT_EXPLAIN },
	{ NULL,			0,			NULL, 0 }
};

static void
usage(int status)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fprintf(fp,
"usage: extract-dates [-aceHhJp] [--json] [--ref DATE] [--ref-field NAME]\n"
"           [--order mdy | dmy | ymd] [--lang CODE] [--explain] [--stats]\n"
"           [file ...]\n"
"Print date and time expressions with their TimeML values.\n"
"  -a, --all-types        also report durations and sets\n"
"  -c, --count            print the number of expressions per document\n"
"  -e, --exit-status      exit 1 when nothing was found\n"
"  -H, --header           print a header row (TSV)\n"
"      --json             one JSON object per expression\n"
"      --ref DATE         resolve relative dates against YYYY-MM-DD[THH:MM]\n"
"      --ref-field NAME   with -J, take the reference from field NAME\n"
"                         (default: date, then published)\n"
"      --order ORDER      read numeric dates as mdy (default), dmy or ymd\n"
"      --lang CODE        language of the text (default: en)\n"
"      --explain          say on stderr where each reference came from\n"
NU_COMMON_USAGE);
	exit(status);
}

struct config {
	struct nu_opts	 nu;
	int		 all_types, count, exit_status, header, json, explain;
	const char	*ref, *ref_field, *lang;
	enum dates_order order;
};

static void
parse_prog_opt(struct config *c, int ch, const char *arg)
{
	switch (ch) {
	case 'a': c->all_types = 1; break;
	case 'c': c->count = 1; break;
	case 'e': c->exit_status = 1; break;
	case 'H': c->header = 1; break;
	case OPT_JSON: c->json = 1; break;
	case OPT_REF: c->ref = arg; break;
	case OPT_REF_FIELD: c->ref_field = arg; break;
	case OPT_LANG: c->lang = arg; break;
	case OPT_EXPLAIN: c->explain = 1; break;
	case OPT_ORDER:
		if (strcmp(arg, "mdy") == 0)
			c->order = DATES_MDY;
		else if (strcmp(arg, "dmy") == 0)
			c->order = DATES_DMY;
		else if (strcmp(arg, "ymd") == 0)
			c->order = DATES_YMD;
		else
			errx(2, "invalid order: %s: want mdy, dmy or ymd", arg);
		break;
	default:
		usage(2);
	}
}

static void
setup(struct dates_doc *dd, const struct config *c)
{
	dd->d.all_types = c->all_types;
	dd->d.order = c->order;
	dd->count = c->count;
	dd->json = c->json;
	dd->explain = c->explain;
	dd->ref_field = c->ref_field;
	if (c->ref != NULL &&
	    dates_parse_ref(c->ref, strlen(c->ref), &dd->fixed) != 0)
		errx(2, "invalid reference date: %s: want YYYY-MM-DD[THH:MM]",
		    c->ref);
}

int
main(int argc, char **argv)
{
	struct config c = { NU_OPTS_INIT, 0, 0, 0, 0, 0, 0, NULL, NULL, "en",
	    DATES_MDY };
	const struct dw_lang *lang;
	struct rd r;
	struct rd_line l;
	struct out o;
	struct dates_doc dd;
	enum rd_event ev;
	char extra[64];
	int ch, status;

	nu_init(argc, argv);
	while ((ch = getopt_long(argc, argv, NU_COMMON_SHORTOPTS "aceH",
	    longopts, NULL)) != -1) {
		if (!nu_common_opt(&c.nu, ch, optarg, usage))
			parse_prog_opt(&c, ch, optarg);
	}
	if ((lang = datewords_lang(c.lang)) == NULL)
		errx(2, "unknown language: %s", c.lang);
	out_init(&o, STDOUT_FILENO, "stdout");
	dates_doc_init(&dd, &o, lang);
	setup(&dd, &c);
	if (c.header)
		dates_doc_header(&dd);
	rd_open(&r, &c.nu, argv + optind, argc - optind);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev == RD_DOC)
			dates_doc_begin(&dd, r.doc, r.doclen, r.obj);
		else if (ev == RD_LINE && !l.blank)
			dates_doc_line(&dd, l.lineno, l.text, l.len);
	}
	dates_doc_end(&dd);
	if (c.nu.stats) {
		snprintf(extra, sizeof(extra), "found=%llu",
		    (unsigned long long)dd.found);
		stats_print(&r, dd.records, o.bytes, extra);
	}
	status = r.status;
	if (status == 0 && c.exit_status && dd.found == 0)
		status = 1;
	rd_close(&r);
	dates_doc_free(&dd);
	return out_finish(&o, status);
}
