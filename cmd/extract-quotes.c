/*
 * extract-quotes: print every direct quotation with its speaker and cue.
 * Quotations run over paragraphs, so each document is buffered whole (in
 * lib/quotes.c) and worked on when the next one starts.
 */
#include <err.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "opts.h"
#include "out.h"
#include "quotes.h"
#include "reader.h"
#include "stats.h"

enum { OPT_JSON = OPT_PROG, OPT_MIN_WORDS, OPT_FULL_ONLY };

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "count",		no_argument,		NULL, 'c' },
	{ "exit-status",	no_argument,		NULL, 'e' },
	{ "header",		no_argument,		NULL, 'H' },
	{ "json",		no_argument,		NULL, OPT_JSON },
	{ "min-words",		required_argument,	NULL, OPT_MIN_WORDS },
	{ "full-only",		no_argument,		NULL, OPT_FULL_ONLY },
	{ NULL,			0,			NULL, 0 }
};

static void
usage(int status)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fprintf(fp,
"usage: extract-quotes [-ceHhJp] [--json] [--min-words N] [--full-only]\n"
"           [--stats] [file ...]\n"
"Print direct quotations with their speaker and reporting verb.\n"
"  -c, --count            print the number of quotations per document\n"
"  -e, --exit-status      exit 1 when nothing was found\n"
"  -H, --header           print a header row (TSV)\n"
"      --json             one JSON object per quotation\n"
"      --min-words N      skip quotations of fewer than N words\n"
"      --full-only        skip partial quotations (scare quotes, phrases)\n"
NU_COMMON_USAGE);
	exit(status);
}

struct config {
	struct nu_opts	 nu;
	int		 count, exit_status, header, json, full_only;
	long long	 min_words;
};

struct run {
	const struct config *c;
	struct out	*o;
	struct qt_doc	*qd;
	struct buf	 doc;		/* the document's name */
	int		 in_doc;
	uint64_t	 found;
	uint64_t	 records;
	uint64_t	 partial;
};

static void
emit(struct run *u, const struct qt_quote *q)
{
	struct rec r = { u->o, u->c->json, 0 };
	const char *type = q->full ? "full" : "partial";

	rec_begin(&r);
	rec_str(&r, "doc", u->doc.p ? u->doc.p : "", u->doc.len);
	rec_int(&r, "line", (long long)q->line);
	if (r.json) {
		rec_int(&r, "end_line", (long long)q->end_line);
		rec_int(&r, "start", (long long)q->start);
		rec_int(&r, "end", (long long)q->end);
		rec_str(&r, "quote", q->text, q->len);
		rec_str(&r, "text", q->text, q->len);
	}
	rec_str(&r, "speaker", q->speaker, q->speaker_len);
	if (r.json) {
		rec_str(&r, "speaker_text", q->speaker_text,
		    q->speaker_text_len);
		rec_str(&r, "role", q->role, q->role_len);
	}
	rec_str(&r, "cue", q->cue, q->cue_len);
	rec_cstr(&r, "type", type);
	if (r.json)
		rec_bool(&r, "balanced", q->balanced);
	else
		rec_str(&r, "quote", q->text, q->len);
	rec_end(&r);
	u->records++;
}

/* Work on the buffered document and write its records. */
static void
end_doc(struct run *u)
{
	struct qt_quote q;
	struct rec r = { u->o, u->c->json, 0 };
	size_t i, n;
	uint64_t kept = 0;

	if (!u->in_doc)
		return;
	n = qt_run(u->qd);
	for (i = 0; i < n; i++) {
		qt_get(u->qd, i, &q);
		if ((u->c->full_only && !q.full) ||
		    (long long)q.words < u->c->min_words)
			continue;
		if (!q.full)
			u->partial++;
		kept++;
		if (!u->c->count)
			emit(u, &q);
	}
	u->found += kept;
	if (u->c->count) {
		rec_begin(&r);
		rec_str(&r, "doc", u->doc.p ? u->doc.p : "", u->doc.len);
		rec_int(&r, "count", (long long)kept);
		rec_end(&r);
		u->records++;
	}
	qt_reset(u->qd);
	u->in_doc = 0;
}

static void
parse_prog_opt(struct config *c, int ch, const char *arg)
{
	switch (ch) {
	case 'c': c->count = 1; break;
	case 'e': c->exit_status = 1; break;
	case 'H': c->header = 1; break;
	case OPT_JSON: c->json = 1; break;
	case OPT_FULL_ONLY: c->full_only = 1; break;
	case OPT_MIN_WORDS:
		c->min_words = nu_number(arg, 0, 1000000, "word count");
		break;
	default:
		usage(2);
	}
}

static void
header(const struct config *c, struct out *o)
{
	static const char *const rec[] = { "doc", "line", "speaker", "cue",
	    "type", "quote", NULL };
	static const char *const cnt[] = { "doc", "count", NULL };

	if (c->header && !c->json)
		rec_header(o, c->count ? cnt : rec);
}

int
main(int argc, char **argv)
{
	struct config c = { NU_OPTS_INIT, 0, 0, 0, 0, 0, 0 };
	struct run u;
	struct rd r;
	struct rd_line l;
	struct out o;
	enum rd_event ev;
	char extra[80];
	int ch, status;

	nu_init(argc, argv);
	while ((ch = getopt_long(argc, argv, NU_COMMON_SHORTOPTS "ceH",
	    longopts, NULL)) != -1) {
		if (!nu_common_opt(&c.nu, ch, optarg, usage))
			parse_prog_opt(&c, ch, optarg);
	}
	out_init(&o, STDOUT_FILENO, "stdout");
	memset(&u, 0, sizeof(u));
	u.c = &c;
	u.o = &o;
	u.qd = qt_new();
	header(&c, &o);
	rd_open(&r, &c.nu, argv + optind, argc - optind);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev == RD_DOC) {
			end_doc(&u);
			buf_reset(&u.doc);
			buf_add(&u.doc, l.text, l.len);
			u.in_doc = 1;
		} else if (ev == RD_LINE && !l.blank)
			qt_add_line(u.qd, l.text, l.len, l.lineno);
	}
	end_doc(&u);
	if (c.nu.stats) {
		snprintf(extra, sizeof(extra), "found=%llu partial=%llu",
		    (unsigned long long)u.found, (unsigned long long)u.partial);
		stats_print(&r, u.records, o.bytes, extra);
	}
	status = r.status;
	if (status == 0 && c.exit_status && u.found == 0)
		status = 1;
	rd_close(&r);
	qt_free(u.qd);
	buf_free(&u.doc);
	return out_finish(&o, status);
}
